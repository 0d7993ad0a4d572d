/**
 * The levels of a province a report can be asked for (issue 24 §1): all commune-level units together (cấp xã:
 * xã, phường and đặc khu, Law 72/2025/QH15 art. 2), the special zones together (đặc khu), the province-level
 * agencies (the province unit itself: its departments and centres), each with the list of its units.
 */
import type { Executor } from '../../platform/database/connection.js';
import { listCommunes } from './browse-units.js';
import { findUnit } from './find-unit.js';
import type { IsoDate } from './in-force.js';

export const UNIT_LEVELS = ['commune', 'special_zone', 'province_agencies'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface LevelUnit {
  code: string;
  name: string;
  nameEn: string | null;
  type: string;
}

/** The units in force on `asOf` that make up a level of a province, by name; [] for an unknown province. */
export async function unitsAtLevel(
  db: Executor,
  provinceCode: string,
  level: UnitLevel,
  asOf: IsoDate,
): Promise<LevelUnit[]> {
  if (level === 'province_agencies') {
    const province = await findUnit(db, provinceCode, asOf);
    return province?.level === 'province'
      ? [{ code: province.code, name: province.name, nameEn: province.nameEn, type: province.type }]
      : [];
  }
  const communes = await listCommunes(db, provinceCode, asOf);
  return level === 'special_zone' ? communes.filter((c) => c.type === 'dac_khu') : communes;
}

/** The levels a province has (a province with no special zone has no `special_zone` level), with unit counts. */
export async function levelsOf(
  db: Executor,
  provinceCode: string,
  asOf: IsoDate,
): Promise<Array<{ key: UnitLevel; units: number }>> {
  const communes = await listCommunes(db, provinceCode, asOf);
  if (communes.length === 0) return [];
  const zones = communes.filter((c) => c.type === 'dac_khu').length;
  return [
    { key: 'commune', units: communes.length },
    ...(zones > 0 ? [{ key: 'special_zone' as const, units: zones }] : []),
    { key: 'province_agencies', units: 1 },
  ];
}
