import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { type IsoDate, versionInForce } from './in-force.js';
import { units, unitVersions } from './schema.js';

export interface NationalStats {
  asOf: IsoDate;
  provinces: number;
  cities: number;
  provincesProper: number;
  communes: number;
  xa: number;
  phuong: number;
  dac_khu: number;
}

export interface ProvinceStats {
  province: string;
  name: string;
  asOf: IsoDate;
  total: number;
  xa: number;
  phuong: number;
  dac_khu: number;
}

async function countsByType(db: Executor, asOf: IsoDate) {
  return db
    .select({ level: units.level, province: units.provinceCode, type: unitVersions.type, n: count() })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.code, units.code))
    .where(versionInForce(asOf))
    .groupBy(units.level, units.provinceCode, unitVersions.type);
}

/** Units in force on a date (issue 3 §5: 34 provinces = 6 cities + 28; 3,321 = 2,621 xã + 687 phường + 13 đặc khu). */
export async function countUnits(db: Executor, asOf: IsoDate): Promise<NationalStats> {
  const rows = await countsByType(db, asOf);
  const sum = (level: string, type?: string) =>
    rows
      .filter((r) => r.level === level && (type === undefined || r.type === type))
      .reduce((a, r) => a + Number(r.n), 0);
  return {
    asOf,
    provinces: sum('province'),
    cities: sum('province', 'city'),
    provincesProper: sum('province', 'province'),
    communes: sum('commune'),
    xa: sum('commune', 'xa'),
    phuong: sum('commune', 'phuong'),
    dac_khu: sum('commune', 'dac_khu'),
  };
}

/** A province's communes by type on a date; undefined when there is no such province. */
export async function countProvinceUnits(
  db: Executor,
  provinceCode: string,
  asOf: IsoDate,
): Promise<ProvinceStats | undefined> {
  const rows = (await countsByType(db, asOf)).filter((r) => r.province === provinceCode);
  if (!rows.some((r) => r.level === 'province')) return undefined;
  const by = (type: string) =>
    rows.filter((r) => r.level === 'commune' && r.type === type).reduce((a, r) => a + Number(r.n), 0);
  const [nameRow] = await db
    .select({ name: unitVersions.name })
    .from(unitVersions)
    .where(and(eq(unitVersions.code, provinceCode), versionInForce(asOf)));
  return {
    province: provinceCode,
    name: nameRow?.name ?? provinceCode,
    asOf,
    total: by('xa') + by('phuong') + by('dac_khu'),
    xa: by('xa'),
    phuong: by('phuong'),
    dac_khu: by('dac_khu'),
  };
}
