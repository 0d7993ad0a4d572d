import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { foldForSearch } from '../../platform/search-text.js';
import { type IsoDate, versionInForce } from './in-force.js';
import { legacyUnits, units, unitVersions } from './schema.js';

export interface UnitHit {
  code: string;
  level: string;
  name: string;
  nameEn: string | null;
  type: string;
  provinceCode: string | null;
  /** true for a unit that ceased on 1/7/2025 (pre-2025 province, district or commune). */
  legacy: boolean;
}

function pattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Search units by code or name, ignoring diacritics and case ("co to" → Đặc khu Cô Tô), through the
 * folded, trigram-indexed search text. Exact code matches first, then by closeness of the name.
 */
export async function searchUnits(
  db: Executor,
  input: {
    q: string;
    asOf: IsoDate;
    includeLegacy?: boolean;
    provinceCode?: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: UnitHit[]; total: number }> {
  const folded = foldForSearch(input.q);
  const where = and(
    versionInForce(input.asOf),
    or(ilike(unitVersions.searchText, pattern(input.q)), eq(units.code, input.q.trim())),
    input.provinceCode ? eq(units.provinceCode, input.provinceCode) : undefined,
  );
  const base = db
    .select({
      code: units.code,
      level: units.level,
      name: unitVersions.name,
      nameEn: unitVersions.nameEn,
      type: unitVersions.type,
      provinceCode: units.provinceCode,
    })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.code, units.code))
    .where(where);
  const [current, [total]] = await Promise.all([
    base
      .orderBy(
        desc(sql`${units.code} = ${input.q.trim()}`),
        desc(sql`similarity(${unitVersions.searchText}, ${folded})`),
        asc(units.code),
      )
      .limit(input.limit)
      .offset(input.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(units)
      .innerJoin(unitVersions, eq(unitVersions.code, units.code))
      .where(where),
  ]);
  const items: UnitHit[] = current.map((u) => ({ ...u, legacy: false }));
  let count = total?.n ?? 0;
  if (input.includeLegacy) {
    const legacyWhere = or(
      ilike(legacyUnits.searchText, pattern(input.q)),
      eq(legacyUnits.code, input.q.trim()),
    );
    const old = await db
      .select()
      .from(legacyUnits)
      .where(legacyWhere)
      .orderBy(desc(sql`similarity(${legacyUnits.searchText}, ${folded})`), asc(legacyUnits.code))
      .limit(input.limit);
    count += old.length;
    items.push(
      ...old.map((u) => ({
        code: u.code,
        level: u.level,
        name: u.name,
        nameEn: u.nameEn,
        type: u.type,
        provinceCode: null,
        legacy: true,
      })),
    );
  }
  return { items, total: count };
}
