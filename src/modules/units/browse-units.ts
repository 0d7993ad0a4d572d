import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { type IsoDate, versionInForce } from './in-force.js';
import { agencies, units, unitVersions } from './schema.js';

export interface ProvinceNode {
  code: string;
  name: string;
  nameEn: string | null;
  type: string;
  communes: number;
  xa: number;
  phuong: number;
  dac_khu: number;
}

/** The province level of the tree, each province with its communes counted by type (issue 3 §4). */
export async function listProvinces(db: Executor, asOf: IsoDate): Promise<ProvinceNode[]> {
  const result = await db.execute<{
    code: string;
    name: string;
    name_en: string | null;
    type: string;
    communes: number;
    xa: number;
    phuong: number;
    dac_khu: number;
  }>(sql`
    select p.code, pv.name, pv.name_en, pv.type,
           count(c.code)::int as communes,
           count(c.code) filter (where cv.type = 'xa')::int as xa,
           count(c.code) filter (where cv.type = 'phuong')::int as phuong,
           count(c.code) filter (where cv.type = 'dac_khu')::int as dac_khu
      from units.units p
      join units.unit_versions pv on pv.code = p.code
       and pv.effective_from <= ${asOf} and (pv.effective_to is null or pv.effective_to > ${asOf})
      left join units.units c on c.province_code = p.code and c.level = 'commune'
      left join units.unit_versions cv on cv.code = c.code
       and cv.effective_from <= ${asOf} and (cv.effective_to is null or cv.effective_to > ${asOf})
     where p.level = 'province'
     group by p.code, pv.name, pv.name_en, pv.type
     order by p.code`);
  return result.rows.map((r) => ({ ...r, nameEn: r.name_en }));
}

export interface CommuneNode {
  code: string;
  name: string;
  nameEn: string | null;
  type: string;
}

/** The communes of a province in force on a date, by name. */
export async function listCommunes(
  db: Executor,
  provinceCode: string,
  asOf: IsoDate,
): Promise<CommuneNode[]> {
  return db
    .select({
      code: units.code,
      name: unitVersions.name,
      nameEn: unitVersions.nameEn,
      type: unitVersions.type,
    })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.code, units.code))
    .where(and(eq(units.provinceCode, provinceCode), eq(units.level, 'commune'), versionInForce(asOf)))
    .orderBy(asc(unitVersions.searchText));
}

export interface UnitDetail {
  code: string;
  level: string;
  provinceCode: string;
  versions: Array<{
    effectiveFrom: string;
    effectiveTo: string | null;
    name: string;
    nameEn: string | null;
    type: string;
    parentCode: string | null;
    source: string;
  }>;
  agencies: Array<{ id: string; kind: string; name: string; code: string | null }>;
}

/** A unit with its whole version history and its agencies. */
export async function getUnitDetail(db: Executor, code: string): Promise<UnitDetail | undefined> {
  const [unit] = await db.select().from(units).where(eq(units.code, code));
  if (!unit) return undefined;
  // One query after another: `db` may be a transaction, whose connection takes one query at a time.
  const versions = await db
    .select({
      effectiveFrom: unitVersions.effectiveFrom,
      effectiveTo: unitVersions.effectiveTo,
      name: unitVersions.name,
      nameEn: unitVersions.nameEn,
      type: unitVersions.type,
      parentCode: unitVersions.parentCode,
      source: unitVersions.source,
    })
    .from(unitVersions)
    .where(eq(unitVersions.code, code))
    .orderBy(asc(unitVersions.effectiveFrom));
  const agencyRows = await db
    .select({ id: agencies.id, kind: agencies.kind, name: agencies.name, code: agencies.code })
    .from(agencies)
    .where(eq(agencies.unitCode, code))
    .orderBy(asc(agencies.kind), asc(agencies.name));
  return {
    code: unit.code,
    level: unit.level,
    provinceCode: unit.provinceCode,
    versions,
    agencies: agencyRows,
  };
}
