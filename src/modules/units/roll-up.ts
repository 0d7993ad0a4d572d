import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { provinceSuccessors } from './province-lineage.js';
import { lineage, units } from './schema.js';

export interface RollUp {
  /** The 2025 unit(s) a code counts under: itself when current, else its successors through the lineage. */
  current: string[];
  /** whole: one successor took all of it; part: it was split, so a record must be placed by its address. */
  relation: 'current' | 'whole' | 'part' | 'unknown';
}

/**
 * Roll unit codes up to the units in force since 1/7/2025 (issue 3 §2: records keep the code they were
 * created under; reports roll old codes up through the official conversion table). A commune merged
 * whole has one successor; one split between several ("Nhập một phần") lists them all, and the caller
 * decides (e.g. by the record's address) — never a guess here.
 */
export async function rollUpToCurrent(db: Executor, codes: string[]): Promise<Map<string, RollUp>> {
  const wanted = [...new Set(codes)];
  const result = new Map<string, RollUp>();
  if (wanted.length === 0) return result;
  const current = await db.select({ code: units.code }).from(units).where(inArray(units.code, wanted));
  for (const row of current) result.set(row.code, { current: [row.code], relation: 'current' });
  const old = wanted.filter((code) => !result.has(code));
  if (old.length > 0) {
    const links = await db
      .select({ oldCode: lineage.oldCode, newCode: lineage.newCode, relation: lineage.relation })
      .from(lineage)
      .where(and(inArray(lineage.oldCode, old), eq(lineage.oldLevel, 'commune')));
    for (const link of links) {
      if (!link.oldCode) continue;
      const entry = result.get(link.oldCode) ?? { current: [], relation: link.relation };
      entry.current.push(link.newCode);
      if (link.relation === 'part') entry.relation = 'part';
      result.set(link.oldCode, entry);
    }
  }
  // A pre-2025 province code rolls up to the province it was merged into, whole (Resolution 202/2025/QH15).
  for (const code of wanted.filter((c) => /^\d{2}$/.test(c) && !result.has(c))) {
    const into = provinceSuccessors(code).map((m) => m.newCode);
    if (into.length > 0) result.set(code, { current: into, relation: 'whole' });
  }
  for (const code of wanted) if (!result.has(code)) result.set(code, { current: [], relation: 'unknown' });
  for (const entry of result.values()) entry.current.sort();
  return result;
}
