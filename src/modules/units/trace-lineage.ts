import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { findUnits } from './find-unit.js';
import {
  PROVINCE_MERGER_RESOLUTION,
  type ProvinceMerger,
  provincePredecessors,
  provinceSuccessors,
} from './province-lineage.js';
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
  /** The act that made the change: Resolution 202/2025/QH15 for provinces; null where the table names none. */
  resolution: string | null;
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
  if (/^\d{2}$/.test(code)) return traceProvinceLineage(db, code);
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
    resolution: null,
  });
  const oldUnit = legacy.find((u) => u.level === 'commune') ?? legacy[0];
  return {
    code,
    successors: asOld.map(link),
    predecessors: asNew.map(link),
    legacyUnit: oldUnit ? { code: oldUnit.code, level: oldUnit.level, name: oldUnit.name } : null,
  };
}

/**
 * A province code both ways (issue 24 §4): as a pre-2025 province, the 2025 province it went into; as a 2025
 * province, the pre-2025 provinces merged into it — whole provinces, by Resolution 202/2025/QH15.
 */
async function traceProvinceLineage(db: Executor, code: string): Promise<Lineage> {
  const successors = provinceSuccessors(code);
  const formed = provincePredecessors(code);
  const oldCodes = [...new Set([code, ...(formed?.oldCodes ?? [])])];
  const legacy = await db
    .select()
    .from(legacyUnits)
    .where(and(inArray(legacyUnits.code, oldCodes), eq(legacyUnits.level, 'province')));
  const oldName = (c: string) => legacy.find((u) => u.code === c)?.name ?? c;
  const link = (oldCode: string, m: ProvinceMerger): LineageLink => ({
    oldLevel: 'province',
    oldCode,
    oldName: oldName(oldCode),
    oldDistrictCode: '',
    oldProvinceCode: oldCode,
    newCode: m.newCode,
    newName: m.newName,
    relation: 'whole',
    relationText: 'Nhập toàn bộ',
    note: null,
    resolution: PROVINCE_MERGER_RESOLUTION,
  });
  const own = legacy.find((u) => u.code === code);
  return {
    code,
    successors: own ? successors.map((m) => link(code, m)) : [],
    predecessors: formed ? formed.oldCodes.map((c) => link(c, formed)) : [],
    legacyUnit: own ? { code: own.code, level: own.level, name: own.name } : null,
  };
}
