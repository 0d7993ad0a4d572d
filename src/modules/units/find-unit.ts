import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { vietnamToday } from '../../platform/vietnam-time.js';
import { units, unitVersions } from './schema.js';

export interface UnitSummary {
  code: string;
  level: 'province' | 'commune';
  provinceCode: string;
  name: string;
  nameEn: string | null;
  type: string;
  parentCode: string | null;
}

/** The day an ISO date string names, in Vietnam; only for picking a unit's version. */
function isoDate(at: Date | string): string {
  if (typeof at === 'string') return at;
  return vietnamToday(at);
}

/** Units by code, with the version in force on `asOf` (default today). Unknown codes are absent. */
export async function findUnits(
  db: Executor,
  codes: string[],
  asOf: Date | string = new Date(),
): Promise<Map<string, UnitSummary>> {
  const wanted = [...new Set(codes)].filter((c) => c !== 'VN');
  const found = new Map<string, UnitSummary>();
  if (wanted.length === 0) return found;
  const day = isoDate(asOf);
  const rows = await db
    .select({
      code: units.code,
      level: units.level,
      provinceCode: units.provinceCode,
      name: unitVersions.name,
      nameEn: unitVersions.nameEn,
      type: unitVersions.type,
      parentCode: unitVersions.parentCode,
    })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.code, units.code))
    .where(
      and(
        inArray(units.code, wanted),
        lte(unitVersions.effectiveFrom, day),
        or(isNull(unitVersions.effectiveTo), gt(unitVersions.effectiveTo, day)),
      ),
    )
    .orderBy(sql`${unitVersions.effectiveFrom} desc`);
  for (const row of rows) if (!found.has(row.code)) found.set(row.code, row);
  return found;
}

export async function findUnit(
  db: Executor,
  code: string,
  asOf: Date | string = new Date(),
): Promise<UnitSummary | undefined> {
  return (await findUnits(db, [code], asOf)).get(code);
}
