/**
 * The administrative-unit reference data, read from its directory (reference/admin-units) and validated
 * whole: either every file is valid and the typed records are returned, or every problem found is listed with
 * its file and row. Pure apart from reading the files; no database.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONVERSIONS_CSV, parseConversions } from './reference-conversions.js';
import {
  parsePre2025Units,
  parseThanglequoc2025,
  type Thanglequoc2025,
  UNITS_2025_JSON,
  UNITS_PRE2025_JSON,
} from './reference-json.js';
import type { LoadIssue, LoadResult, Pre2025Units, ReferenceData } from './reference-types.js';
import {
  COMMUNES_CSV,
  PROVINCES_CSV,
  parseCommunes2025,
  parseProvinces2025,
} from './reference-units-2025.js';

export { CONVERSIONS_CSV, OLD_PROVINCE_CORRECTIONS, relationOf } from './reference-conversions.js';
export { parseCsv } from './reference-csv.js';
export { UNITS_2025_JSON, UNITS_PRE2025_JSON } from './reference-json.js';
export * from './reference-types.js';
export {
  COMMUNES_CSV,
  KNOWN_NAME_DIFFERENCES,
  PROVINCES_CSV,
  parseCommunes2025,
  parseProvinces2025,
  THANGLEQUOC_CODE_ALIASES,
} from './reference-units-2025.js';

/** The files the loader reads (the LICENSE and README beside them are not data). */
export const REFERENCE_FILES = [
  PROVINCES_CSV,
  COMMUNES_CSV,
  CONVERSIONS_CSV,
  UNITS_2025_JSON,
  UNITS_PRE2025_JSON,
] as const;

export type ReferenceFile = (typeof REFERENCE_FILES)[number];

/** The reference directory inside the repository, resolved from this file (src/modules/units). */
export const DEFAULT_REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../reference/admin-units');

/** The raw text of each file; `null` for a file that could not be read. */
export type ReferenceTexts = Record<ReferenceFile, string | null>;

/**
 * Parses and cross-checks the reference files (pure). Checks that need another file are skipped when that file
 * is missing or unparsable as a whole, so one bad file does not bury its own problems under follow-on errors.
 */
export function parseReferenceData(
  texts: ReferenceTexts,
  readFailures: Partial<Record<ReferenceFile, string>> = {},
): LoadResult<ReferenceData> {
  const errors: LoadIssue[] = [];
  for (const file of REFERENCE_FILES) {
    if (texts[file] === null)
      errors.push({ file, row: null, reason: readFailures[file] ?? 'file is missing' });
  }

  let pre2025: Pre2025Units | null = null;
  const preText = texts[UNITS_PRE2025_JSON];
  if (preText !== null) {
    const parsed = parsePre2025Units(preText);
    errors.push(...parsed.issues);
    if (parsed.data.provinces.length > 0) pre2025 = parsed.data;
  }

  let english: Thanglequoc2025 | null = null;
  const enText = texts[UNITS_2025_JSON];
  if (enText !== null) {
    const parsed = parseThanglequoc2025(enText);
    errors.push(...parsed.issues);
    if (parsed.data.provinces.size > 0) english = parsed.data;
  }

  const provinceText = texts[PROVINCES_CSV];
  const provincesResult =
    provinceText === null
      ? null
      : parseProvinces2025(provinceText, {
          pre2025ProvinceCodes: pre2025 ? new Set(pre2025.provinces.map((p) => p.code)) : null,
          english,
        });
  if (provincesResult) errors.push(...provincesResult.issues);
  const provinces =
    provincesResult && provincesResult.provinces.length > 0 ? provincesResult.provinces : null;
  const provinceMap = provinces ? new Map(provinces.map((p) => [p.code, p])) : null;

  const communeText = texts[COMMUNES_CSV];
  const communesResult =
    communeText === null ? null : parseCommunes2025(communeText, { provinces: provinceMap, english });
  if (communesResult) errors.push(...communesResult.issues);
  const communes = communesResult && communesResult.communes.length > 0 ? communesResult.communes : null;

  const conversionText = texts[CONVERSIONS_CSV];
  const conversionsResult =
    conversionText === null
      ? null
      : parseConversions(conversionText, {
          provinces: provinceMap,
          communes: communes ? new Map(communes.map((c) => [c.code, c])) : null,
          pre2025,
        });
  if (conversionsResult) errors.push(...conversionsResult.issues);

  if (errors.length > 0) return { ok: false, errors };
  if (!pre2025 || !provincesResult || !communesResult || !conversionsResult) {
    throw new Error('bug: reference data incomplete although no problem was recorded');
  }
  return {
    ok: true,
    data: {
      provinces: provincesResult.provinces,
      communes: communesResult.communes,
      provinceVersions: provincesResult.versions,
      communeVersions: communesResult.versions,
      pre2025,
      conversions: conversionsResult.conversions,
    },
  };
}

/** Reads the reference files from `dir` (default: the repository's reference/admin-units) and parses them. */
export async function loadReferenceData(
  dir: string = DEFAULT_REFERENCE_DIR,
): Promise<LoadResult<ReferenceData>> {
  const texts: ReferenceTexts = {
    [PROVINCES_CSV]: null,
    [COMMUNES_CSV]: null,
    [CONVERSIONS_CSV]: null,
    [UNITS_2025_JSON]: null,
    [UNITS_PRE2025_JSON]: null,
  };
  const readFailures: Partial<Record<ReferenceFile, string>> = {};
  await Promise.all(
    REFERENCE_FILES.map(async (file) => {
      try {
        texts[file] = await readFile(path.join(dir, file), 'utf8');
      } catch (error) {
        const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
        readFailures[file] = `cannot be read from ${dir} (${code})`;
      }
    }),
  );
  return parseReferenceData(texts, readFailures);
}
