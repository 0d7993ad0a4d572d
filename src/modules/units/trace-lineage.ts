import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { findUnits } from './find-unit.js';
import { legacyUnits, lineage } from './schema.js';

export interface LineageLink {
  oldLevel: string;
  oldCode: string | null;
  oldName: string;
  oldDistrictCode: string;
  oldProvinceCode: string;
  newCode: string;
  newName: string;
  relation: 'whole' | 'part';
  relationText: string;
  note: string | null;
}

export interface Lineage {
  code: string;
  /** The code read as a pre-2025 commune: the 2025 unit(s) it went into. */
  successors: LineageLink[];
  /** The code read as a 2025 unit: the pre-2025 units merged into it. */
  predecessors: LineageLink[];
  /** The pre-2025 unit with this code, if any. */
  legacyUnit: { code: string; level: string; name: string } | null;
}

/** Lineage both ways (issue 3 §4): an old code → its 2025 unit(s); a 2025 unit → the old units merged in. */
export async function traceLineage(db: Executor, code: string): Promise<Lineage> {
  const [asOld, asNew, legacy] = await Promise.all([
    db
      .select()
      .from(lineage)
      .where(and(eq(lineage.oldCode, code), eq(lineage.oldLevel, 'commune'))),
    db.select().from(lineage).where(eq(lineage.newCode, code)).orderBy(lineage.oldName),
    db
      .select()
      .from(legacyUnits)
      .where(and(eq(legacyUnits.code, code), inArray(legacyUnits.level, ['commune', 'province']))),
  ]);
  const names = await findUnits(
    db,
    [...asOld, ...asNew].map((l) => l.newCode),
    '2025-07-01',
  );
  const link = (row: typeof lineage.$inferSelect): LineageLink => ({
    oldLevel: row.oldLevel,
    oldCode: row.oldCode,
    oldName: row.oldName,
    oldDistrictCode: row.oldDistrictCode,
    oldProvinceCode: row.oldProvinceCode,
    newCode: row.newCode,
    newName: names.get(row.newCode)?.name ?? row.newCode,
    relation: row.relation,
    relationText: row.relationText,
    note: row.note,
  });
  const oldUnit = legacy.find((u) => u.level === 'commune') ?? legacy[0];
  return {
    code,
    successors: asOld.map(link),
    predecessors: asNew.map(link),
    legacyUnit: oldUnit ? { code: oldUnit.code, level: oldUnit.level, name: oldUnit.name } : null,
  };
}
