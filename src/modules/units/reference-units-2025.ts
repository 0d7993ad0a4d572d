/**
 * Parsers for the official 2025 tables (provinces_2025.csv, communes_2025.csv): strict row validation, the
 * English names joined from thanglequoc v3.0.2, and the effective-dated changes announced in the `note` columns.
 */
import { readCsvTable } from './reference-csv.js';
import { type Thanglequoc2025, UNITS_2025_JSON } from './reference-json.js';
import {
  BASELINE_DATE,
  type Commune2025,
  type CommuneType,
  type CommuneVersion,
  type IsoDate,
  type LoadIssue,
  type Province2025,
  type ProvinceType,
  type ProvinceVersion,
} from './reference-types.js';

export const PROVINCES_CSV = 'provinces_2025.csv';
export const COMMUNES_CSV = 'communes_2025.csv';

const PROVINCE_COLUMNS = ['code', 'name', 'type', 'merged_from_pre2025_codes', 'note'] as const;
const COMMUNE_COLUMNS = [
  'code',
  'name',
  'type',
  'province_code',
  'province_name',
  'stt_cv1027',
  'code_in_cv1027',
  'note',
] as const;

const PROVINCE_TYPES: ReadonlyMap<string, { type: ProvinceType; prefix: string }> = new Map([
  ['thành phố trực thuộc trung ương', { type: 'city', prefix: 'Thành phố ' }],
  ['tỉnh', { type: 'province', prefix: 'Tỉnh ' }],
]);
const COMMUNE_TYPES: ReadonlyMap<string, { type: CommuneType; prefix: string }> = new Map([
  ['xã', { type: 'xa', prefix: 'Xã ' }],
  ['phường', { type: 'phuong', prefix: 'Phường ' }],
  ['đặc khu', { type: 'dac_khu', prefix: 'Đặc khu ' }],
]);

/**
 * Official code → thanglequoc v3.0.2 code, where they differ. Ba Chẽ is 06970 in letter 1027/CTK-CSCL, the
 * statistics office's catalogue and the conversion table; thanglequoc uses 06978.
 */
export const THANGLEQUOC_CODE_ALIASES: ReadonlyMap<string, string> = new Map([['06970', '06978']]);

/** Units whose official name differs from thanglequoc's: 00745 Phố Bảng (official) vs "Phó Bảng". */
export const KNOWN_NAME_DIFFERENCES: ReadonlySet<string> = new Set(['00745']);

const DATE_IN_NOTE = /từ (\d{2})\/(\d{2})\/(\d{4})/;
/** e.g. "thành phường từ 30/04/2026 (237/NQ-UBTVQH16): Phường Nhơn Trạch" (the new name is optional). */
const BECAME_WARD = /^thành phường từ (\d{2})\/(\d{2})\/(\d{4}) \(([^)]+)\)(?::\s*(\S.*))?$/;
/** e.g. "Thành phố Đồng Nai (thành phố trực thuộc trung ương) từ 30/04/2026 theo Nghị quyết 30/2026/QH16". */
const BECAME_CITY =
  /^(Thành phố \S.*?) \(thành phố trực thuộc trung ương\) từ (\d{2})\/(\d{2})\/(\d{4}) theo (?:Nghị quyết )?(\S+)$/;

/** dd/mm/yyyy parts → ISO date, or null if no such day. */
export function isoDate(day: string, month: string, year: string): IsoDate | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${month}-${day}`;
}

/** Validates a later change's date; returns an error reason or null. */
function checkEffectiveDate(date: IsoDate | null): string | null {
  if (date === null) return 'the note gives an impossible date';
  if (date <= BASELINE_DATE) return `the note's date ${date} is not after the ${BASELINE_DATE} baseline`;
  return null;
}

export interface Provinces2025Result {
  provinces: Province2025[];
  versions: ProvinceVersion[];
  issues: LoadIssue[];
}

/**
 * provinces_2025.csv. `pre2025ProvinceCodes` (when known) checks that the merged-in codes exist and that every
 * pre-2025 province is merged into exactly one 2025 province. `english` joins English names by code.
 */
export function parseProvinces2025(
  text: string,
  context: { pre2025ProvinceCodes: ReadonlySet<string> | null; english: Thanglequoc2025 | null },
  file = PROVINCES_CSV,
): Provinces2025Result {
  const { rows, issues } = readCsvTable(text, file, PROVINCE_COLUMNS);
  const provinces: Province2025[] = [];
  const versions: ProvinceVersion[] = [];
  const seen = new Set<string>();
  const mergedInto = new Map<string, string>();
  const fail = (row: number, reason: string): void => {
    issues.push({ file, row, reason });
  };

  for (const r of rows) {
    const code = r.get('code');
    const name = r.get('name');
    const kind = PROVINCE_TYPES.get(r.get('type'));
    const note = r.get('note');
    let valid = true;
    const bad = (reason: string): void => {
      fail(r.row, reason);
      valid = false;
    };
    if (!/^\d{2}$/.test(code)) bad(`code "${code}" is not 2 digits`);
    else if (seen.has(code)) bad(`duplicate code ${code}`);
    seen.add(code);
    if (!kind) bad(`unknown type "${r.get('type')}"`);
    else if (!name.startsWith(kind.prefix)) bad(`name "${name}" does not start with "${kind.prefix}"`);

    const mergedFrom = r
      .get('merged_from_pre2025_codes')
      .split(' ')
      .filter((c) => c !== '');
    if (mergedFrom.length === 0) bad('merged_from_pre2025_codes is empty');
    for (const old of mergedFrom) {
      if (!/^\d{2}$/.test(old)) bad(`merged-from code "${old}" is not 2 digits`);
      else if (context.pre2025ProvinceCodes && !context.pre2025ProvinceCodes.has(old)) {
        bad(`merged-from code ${old} is not a pre-2025 province`);
      } else if (mergedInto.has(old))
        bad(`pre-2025 province ${old} is already merged into ${mergedInto.get(old)}`);
      else mergedInto.set(old, code);
    }

    let nameEn = '';
    if (context.english) {
      const en = context.english.provinces.get(code);
      if (!en) bad(`no English name: ${code} is not in ${UNITS_2025_JSON}`);
      else {
        nameEn = en.nameEn;
        if (en.name !== name) bad(`name "${name}" differs from ${UNITS_2025_JSON} "${en.name}"`);
        if (kind && en.type !== kind.type)
          bad(`type ${kind.type} differs from ${UNITS_2025_JSON} ${en.type}`);
      }
    }

    if (note !== '' && DATE_IN_NOTE.test(note)) {
      const m = BECAME_CITY.exec(note);
      const date = m ? isoDate(m[2] ?? '', m[3] ?? '', m[4] ?? '') : null;
      const dateProblem = m ? checkEffectiveDate(date) : null;
      if (!m) bad(`note announces a dated change in an unrecognised form: "${note}"`);
      else if (dateProblem) bad(dateProblem);
      else if (kind?.type === 'city') bad('note makes a city of what is already a city');
      else if (date)
        versions.push({ code, effectiveFrom: date, type: 'city', name: m[1] ?? name, source: m[5] ?? '' });
    }

    if (valid && kind) {
      provinces.push({ code, name, nameEn, type: kind.type, mergedFrom, note: note === '' ? null : note });
    }
  }

  if (context.pre2025ProvinceCodes && rows.length > 0) {
    const missing = [...context.pre2025ProvinceCodes].filter((c) => !mergedInto.has(c));
    if (missing.length > 0) {
      issues.push({ file, row: null, reason: `pre-2025 provinces merged nowhere: ${missing.join(', ')}` });
    }
  }
  return { provinces, versions: sortVersions(versions), issues };
}

export interface Communes2025Result {
  communes: Commune2025[];
  versions: CommuneVersion[];
  issues: LoadIssue[];
}

/**
 * communes_2025.csv. `provinces` (when known) checks each row's province code and name; `english` joins English
 * names by code (through THANGLEQUOC_CODE_ALIASES) and reports units on either side without a counterpart.
 */
export function parseCommunes2025(
  text: string,
  context: { provinces: ReadonlyMap<string, Province2025> | null; english: Thanglequoc2025 | null },
  file = COMMUNES_CSV,
): Communes2025Result {
  const { rows, issues } = readCsvTable(text, file, COMMUNE_COLUMNS);
  const communes: Commune2025[] = [];
  const versions: CommuneVersion[] = [];
  const seen = new Set<string>();
  const seenOrder = new Set<number>();
  const usedEnglish = new Set<string>();
  const fail = (row: number, reason: string): void => {
    issues.push({ file, row, reason });
  };

  for (const r of rows) {
    const code = r.get('code');
    const name = r.get('name');
    const kind = COMMUNE_TYPES.get(r.get('type'));
    const provinceCode = r.get('province_code');
    const note = r.get('note');
    let valid = true;
    const bad = (reason: string): void => {
      fail(r.row, reason);
      valid = false;
    };

    if (!/^\d{5}$/.test(code)) bad(`code "${code}" is not 5 digits`);
    else if (seen.has(code)) bad(`duplicate code ${code}`);
    seen.add(code);
    if (!kind) bad(`unknown type "${r.get('type')}"`);
    else if (!name.startsWith(kind.prefix)) bad(`name "${name}" does not start with "${kind.prefix}"`);
    if (!/^\d{2}$/.test(provinceCode)) bad(`province_code "${provinceCode}" is not 2 digits`);
    else if (context.provinces) {
      const province = context.provinces.get(provinceCode);
      if (!province) bad(`unknown province ${provinceCode}`);
      else if (province.name !== r.get('province_name')) {
        bad(`province_name "${r.get('province_name')}" is not "${province.name}"`);
      }
    }
    const order = Number(r.get('stt_cv1027'));
    if (!/^[1-9]\d*$/.test(r.get('stt_cv1027')))
      bad(`stt_cv1027 "${r.get('stt_cv1027')}" is not a positive integer`);
    else if (seenOrder.has(order)) bad(`duplicate stt_cv1027 ${order}`);
    seenOrder.add(order);
    const codeInCv1027 = r.get('code_in_cv1027');
    if (!/^\d{5}$/.test(codeInCv1027)) bad(`code_in_cv1027 "${codeInCv1027}" is not 5 digits`);

    let nameEn = '';
    if (context.english) {
      const enCode = THANGLEQUOC_CODE_ALIASES.get(code) ?? code;
      const en = context.english.communes.get(enCode);
      usedEnglish.add(enCode);
      if (!en) bad(`no English name: ${enCode} is not in ${UNITS_2025_JSON}`);
      else {
        nameEn = en.nameEn;
        if (en.provinceCode !== provinceCode)
          bad(`${UNITS_2025_JSON} puts ${enCode} in province ${en.provinceCode}`);
        if (kind && en.type !== kind.type)
          bad(`type ${kind.type} differs from ${UNITS_2025_JSON} ${en.type}`);
        if (en.name !== name && !KNOWN_NAME_DIFFERENCES.has(code)) {
          bad(`name "${name}" differs from ${UNITS_2025_JSON} "${en.name}"`);
        }
      }
    }

    if (note !== '' && DATE_IN_NOTE.test(note)) {
      const m = BECAME_WARD.exec(note);
      const date = m ? isoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '') : null;
      const dateProblem = m ? checkEffectiveDate(date) : null;
      if (!m) bad(`note announces a dated change in an unrecognised form: "${note}"`);
      else if (dateProblem) bad(dateProblem);
      else if (kind?.type !== 'xa') bad('note makes a phường of a unit that is not a xã');
      else if (date) {
        const newName = m[5] ?? name.replace(/^Xã /, 'Phường ');
        versions.push({ code, effectiveFrom: date, type: 'phuong', name: newName, source: m[4] ?? '' });
      }
    }

    if (valid && kind) {
      communes.push({
        code,
        name,
        nameEn,
        type: kind.type,
        provinceCode,
        cv1027Order: order,
        codeInCv1027,
        note: note === '' ? null : note,
      });
    }
  }

  if (context.english && rows.length > 0) {
    for (const code of context.english.communes.keys()) {
      if (!usedEnglish.has(code)) {
        issues.push({
          file: UNITS_2025_JSON,
          row: null,
          reason: `commune ${code} has no counterpart in ${file}`,
        });
      }
    }
  }
  return { communes, versions: sortVersions(versions), issues };
}

function sortVersions<T extends { effectiveFrom: string; code: string }>(versions: T[]): T[] {
  return versions.sort(
    (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.code.localeCompare(b.code),
  );
}
