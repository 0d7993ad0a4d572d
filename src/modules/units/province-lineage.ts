/**
 * Province lineage (issue 24 §4): the 63 pre-2025 provinces rolled up into the 34 of Resolution 202/2025/QH15
 * (RULES.md §4), both ways. The mapping is the resolution's own, as provinces_2025.csv records it
 * (`merged_from_pre2025_codes`), not inferred from the commune table (which places one Tân An ward under the
 * wrong old province). Read once from the reference data copied into the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_REFERENCE_DIR } from './reference-data.js';
import { PROVINCES_CSV, parseProvinces2025 } from './reference-units-2025.js';

/** Nghị quyết 202/2025/QH15 (12/6/2025) về việc sắp xếp đơn vị hành chính cấp tỉnh. */
export const PROVINCE_MERGER_RESOLUTION = 'Nghị quyết 202/2025/QH15';

export interface ProvinceMerger {
  /** The 2025 province and the pre-2025 province codes merged into it (itself included when it kept its code). */
  newCode: string;
  newName: string;
  oldCodes: string[];
}

let cached: ProvinceMerger[] | null = null;

/** The 34 provinces of 1/7/2025 with the old provinces each was formed from. */
export function provinceMergers(): ProvinceMerger[] {
  if (cached) return cached;
  const text = readFileSync(path.join(DEFAULT_REFERENCE_DIR, PROVINCES_CSV), 'utf8');
  const parsed = parseProvinces2025(text, { pre2025ProvinceCodes: null, english: null });
  if (parsed.issues.length > 0)
    throw new Error(`${PROVINCES_CSV}: ${parsed.issues.map((i) => `row ${i.row}: ${i.reason}`).join('; ')}`);
  cached = parsed.provinces.map((p) => ({ newCode: p.code, newName: p.name, oldCodes: p.mergedFrom }));
  return cached;
}

/** The 2025 province(s) an old province code went into (one each under Resolution 202/2025/QH15). */
export function provinceSuccessors(oldCode: string): ProvinceMerger[] {
  return provinceMergers().filter((m) => m.oldCodes.includes(oldCode));
}

/** The 2025 province with this code and the old provinces merged into it, or undefined. */
export function provincePredecessors(newCode: string): ProvinceMerger | undefined {
  return provinceMergers().find((m) => m.newCode === newCode);
}
