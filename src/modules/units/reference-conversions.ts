/**
 * Parser for mapping_pre2025_to_2025.csv, the statistics office's old → new conversion table: each pre-2025
 * commune (and the five island districts that had no communes) to the 2025 unit(s) it went into.
 */
import { readCsvTable } from './reference-csv.js';
import type {
  Commune2025,
  ConversionRelation,
  ConversionSource,
  LoadIssue,
  Pre2025Units,
  Province2025,
  UnitConversion,
} from './reference-types.js';

export const CONVERSIONS_CSV = 'mapping_pre2025_to_2025.csv';

const COLUMNS = [
  'new_province_code',
  'new_province_name',
  'new_code',
  'new_name',
  'old_province_code',
  'old_province_name',
  'old_district_code',
  'old_district_name',
  'old_code',
  'old_name',
  'old_unit_level',
  'relation',
  'fix_applied',
] as const;

const SOURCES: ReadonlySet<string> = new Set<ConversionSource>(['commune', 'district', 'other']);

/** The table's wordings. `whole` = the whole old unit went into this new unit; anything split is `part`. */
const RELATIONS: ReadonlyMap<string, ConversionRelation> = new Map([
  ['Nhập toàn bộ', 'whole'],
  ['Giữ nguyên', 'whole'],
  ['Đổi tên', 'whole'],
  ['Đổi loại hình', 'whole'],
  ['Nhập một phần', 'part'],
  ['Nhập một phần diện tích', 'part'],
  ['Nhâp một phần diện tích', 'part'], // sic, a typo in the table
  ['Nhập một phần dân số', 'part'],
  ['Nhập một phần diện tích, toàn bộ dân số', 'part'],
  // Kỳ Lợi (18796): its whole area went to Vũng Áng, but parts of its population to two other phường.
  ['Nhập toàn bộ diện tích', 'part'],
]);
const RELATION_PATTERNS: ReadonlyArray<[RegExp, ConversionRelation]> = [
  [/^Sắp xếp toàn bộ (huyện|xã) \S.* thành đặc khu \S.*$/, 'whole'],
  [/^Phần còn lại sau khi tách một phần vào \S.*$/, 'part'],
  [/^Đổi tên(, đổi loại hình)? từ một phần \S.*$/, 'part'],
];

export function relationOf(text: string): ConversionRelation | null {
  const exact = RELATIONS.get(text);
  if (exact) return exact;
  for (const [pattern, relation] of RELATION_PATTERNS) if (pattern.test(text)) return relation;
  return null;
}

/**
 * Rows whose old_province_code is wrong in the table (it disagrees with the pre-2025 hierarchy), found by
 * tinhso on import and not flagged in `fix_applied`. Keyed by old_district_code + old_code; `found` must match,
 * so a corrected upstream file makes the entry a no-op. The record carries the hierarchy's value.
 */
export const OLD_PROVINCE_CORRECTIONS: ReadonlyArray<{
  oldDistrictCode: string;
  oldCode: string;
  found: string;
  correct: string;
}> = [
  { oldDistrictCode: '471', oldCode: '', found: '44', correct: '45' }, // Huyện Cồn Cỏ was in Quảng Trị (45)
  { oldDistrictCode: '794', oldCode: '27691', found: '82', correct: '80' }, // Phường 4, Tân An, Long An (80)
  { oldDistrictCode: '900', oldCode: '30781', found: '89', correct: '91' }, // Xã Tiên Hải, Hà Tiên, Kiên Giang (91)
];

export interface ConversionContext {
  provinces: ReadonlyMap<string, Province2025> | null;
  communes: ReadonlyMap<string, Commune2025> | null;
  pre2025: Pre2025Units | null;
}

/** Parses and cross-checks the conversion table; with a full context also checks coverage both ways. */
export function parseConversions(
  text: string,
  context: ConversionContext,
  file = CONVERSIONS_CSV,
): { conversions: UnitConversion[]; issues: LoadIssue[] } {
  const { rows, issues } = readCsvTable(text, file, COLUMNS);
  const pre = context.pre2025;
  const oldCommunes = new Map(pre?.communes.map((c) => [c.code, c]));
  const oldDistricts = new Map(pre?.districts.map((d) => [d.code, d]));
  const conversions: UnitConversion[] = [];
  const rowOf = new Map<UnitConversion, number>();
  const seen = new Set<string>();

  for (const r of rows) {
    const problems: string[] = [];
    const newProvinceCode = r.get('new_province_code');
    const newCode = r.get('new_code');
    const oldProvinceColumn = r.get('old_province_code');
    const oldDistrictCode = r.get('old_district_code');
    const oldCode = r.get('old_code');
    const level = r.get('old_unit_level');
    const relationText = r.get('relation');
    const relation = relationOf(relationText);

    if (!/^\d{2}$/.test(newProvinceCode))
      problems.push(`new_province_code "${newProvinceCode}" is not 2 digits`);
    else if (context.provinces && !context.provinces.has(newProvinceCode)) {
      problems.push(`unknown new province ${newProvinceCode}`);
    }
    if (!/^\d{5}$/.test(newCode)) problems.push(`new_code "${newCode}" is not 5 digits`);
    else if (context.communes) {
      const target = context.communes.get(newCode);
      if (!target) problems.push(`new_code ${newCode} is not a 2025 commune`);
      else if (target.provinceCode !== newProvinceCode) {
        problems.push(`new_code ${newCode} is in province ${target.provinceCode}, not ${newProvinceCode}`);
      }
    }
    if (!SOURCES.has(level)) problems.push(`unknown old_unit_level "${level}"`);
    if (!relation) problems.push(`unknown relation "${relationText}"`);
    if (r.get('old_name') === '') problems.push('old_name is empty');

    let oldProvinceCode = oldProvinceColumn;
    if (!/^\d{2}$/.test(oldProvinceColumn))
      problems.push(`old_province_code "${oldProvinceColumn}" is not 2 digits`);
    if (!/^\d{3}$/.test(oldDistrictCode))
      problems.push(`old_district_code "${oldDistrictCode}" is not 3 digits`);
    else if (pre) {
      const district = oldDistricts.get(oldDistrictCode);
      const correction = OLD_PROVINCE_CORRECTIONS.find(
        (c) =>
          c.oldDistrictCode === oldDistrictCode && c.oldCode === oldCode && c.found === oldProvinceColumn,
      );
      if (!district) problems.push(`old_district_code ${oldDistrictCode} is not a pre-2025 district`);
      else if (correction && district.provinceCode === correction.correct)
        oldProvinceCode = correction.correct;
      else if (district.provinceCode !== oldProvinceColumn) {
        problems.push(
          `old district ${oldDistrictCode} is in province ${district.provinceCode}, not ${oldProvinceColumn}`,
        );
      }
    }
    const newProvince = context.provinces?.get(newProvinceCode);
    if (newProvince && /^\d{2}$/.test(oldProvinceCode) && !newProvince.mergedFrom.includes(oldProvinceCode)) {
      problems.push(`old province ${oldProvinceCode} was not merged into ${newProvinceCode}`);
    }

    if (level === 'commune') {
      if (!/^\d{5}$/.test(oldCode)) problems.push(`old_code "${oldCode}" is not 5 digits`);
      else if (pre) {
        const old = oldCommunes.get(oldCode);
        if (!old) problems.push(`old_code ${oldCode} is not a pre-2025 commune`);
        else if (old.districtCode !== oldDistrictCode) {
          problems.push(`old commune ${oldCode} is in district ${old.districtCode}, not ${oldDistrictCode}`);
        }
      }
    } else if (oldCode !== '') problems.push(`old_code must be empty for old_unit_level "${level}"`);
    if (level === 'district' && pre && pre.communes.some((c) => c.districtCode === oldDistrictCode)) {
      problems.push(`district ${oldDistrictCode} had communes: convert them, not the district`);
    }

    const key = `${level}|${oldCode || `${oldDistrictCode}/${r.get('old_name')}`}|${newCode}`;
    if (seen.has(key)) problems.push(`duplicate conversion ${oldCode || r.get('old_name')} → ${newCode}`);
    seen.add(key);

    if (problems.length > 0 || !relation) {
      for (const reason of problems) issues.push({ file, row: r.row, reason });
      continue;
    }
    const conversion: UnitConversion = {
      source: level as ConversionSource,
      oldCode: oldCode === '' ? null : oldCode,
      oldName: r.get('old_name'),
      oldDistrictCode,
      oldProvinceCode,
      newCode,
      newProvinceCode,
      relation,
      relationText,
      fixApplied: r.get('fix_applied') === '' ? null : r.get('fix_applied'),
    };
    conversions.push(conversion);
    rowOf.set(conversion, r.row);
  }

  // A unit that went "whole" into one new unit cannot also have gone elsewhere.
  const byOld = new Map<string, UnitConversion[]>();
  for (const c of conversions) {
    const key = c.oldCode ?? `${c.oldDistrictCode}/${c.oldName}`;
    const list = byOld.get(key);
    if (list) list.push(c);
    else byOld.set(key, [c]);
  }
  for (const [key, list] of byOld) {
    if (list.length < 2) continue;
    for (const c of list.filter((x) => x.relation === 'whole')) {
      issues.push({
        file,
        row: rowOf.get(c) ?? null,
        reason: `"${c.relationText}" but ${key} also goes elsewhere`,
      });
    }
  }

  if (pre && rows.length > 0) {
    const unmapped = pre.communes.filter((c) => !byOld.has(c.code)).map((c) => c.code);
    if (unmapped.length > 0) {
      issues.push({
        file,
        row: null,
        reason: `pre-2025 communes with no conversion: ${unmapped.join(', ')}`,
      });
    }
    const withCommunes = new Set(pre.communes.map((c) => c.districtCode));
    const converted = new Set(
      conversions.filter((c) => c.source === 'district').map((c) => c.oldDistrictCode),
    );
    const empty = pre.districts.filter((d) => !withCommunes.has(d.code) && !converted.has(d.code));
    if (empty.length > 0) {
      const codes = empty.map((d) => d.code).join(', ');
      issues.push({
        file,
        row: null,
        reason: `pre-2025 districts without communes and with no conversion: ${codes}`,
      });
    }
  }
  if (context.communes && rows.length > 0) {
    const targets = new Set(conversions.map((c) => c.newCode));
    const orphans = [...context.communes.keys()].filter((code) => !targets.has(code));
    if (orphans.length > 0) {
      issues.push({
        file,
        row: null,
        reason: `2025 communes that no old unit converts into: ${orphans.join(', ')}`,
      });
    }
  }
  return { conversions, issues };
}
