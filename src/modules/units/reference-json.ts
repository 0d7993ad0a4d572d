/**
 * Readers for the two thanglequoc/vietnamese-provinces-database JSON files (MIT): the 2025 units (for their
 * English names) and the pre-2025 units (63 provinces, 696 districts, 10,035 communes). Pure: text in, records
 * and issues out. JSON has no rows, so issues carry `row: null` and the JSON path in the reason.
 */
import type {
  CommuneType,
  LoadIssue,
  Pre2025Commune,
  Pre2025CommuneType,
  Pre2025District,
  Pre2025DistrictType,
  Pre2025Units,
  ProvinceType,
} from './reference-types.js';

export const UNITS_2025_JSON = 'units_2025_thanglequoc_v3.0.2.json';
export const UNITS_PRE2025_JSON = 'units_pre2025_thanglequoc_v2.4.1.json';

type JsonObject = Record<string, unknown>;

const ALL_DIGITS = /^\d+$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues for one file while reading fields. */
class Reader {
  readonly issues: LoadIssue[] = [];
  constructor(readonly file: string) {}

  fail(path: string, reason: string): void {
    this.issues.push({ file: this.file, row: null, reason: `${path}: ${reason}` });
  }

  parse(text: string): unknown[] | null {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.fail('$', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
    if (!Array.isArray(value)) {
      this.fail('$', 'expected an array of provinces');
      return null;
    }
    return value;
  }

  object(value: unknown, path: string): JsonObject | null {
    if (isObject(value)) return value;
    this.fail(path, 'expected an object');
    return null;
  }

  text(obj: JsonObject, key: string, path: string): string {
    const value = obj[key];
    if (typeof value === 'string' && value.trim() !== '') return value.normalize('NFC');
    this.fail(path, `"${key}" must be a non-empty string`);
    return '';
  }

  code(obj: JsonObject, key: string, digits: number, path: string): string {
    const value = this.text(obj, key, path);
    if (value !== '' && (value.length !== digits || !ALL_DIGITS.test(value))) {
      this.fail(path, `"${key}" "${value}" is not ${digits} digits`);
    }
    return value;
  }

  /** An array field; `null` is accepted as empty when `nullable`. */
  list(obj: JsonObject, key: string, path: string, nullable = false): unknown[] {
    const value = obj[key];
    if (Array.isArray(value)) return value;
    if (value === null && nullable) return [];
    this.fail(path, `"${key}" must be an array`);
    return [];
  }
}

/** Returns the type whose Vietnamese prefix starts `fullName` ("Thị trấn X" → thi_tran). */
function typeByPrefix<T extends string>(fullName: string, prefixes: ReadonlyArray<[string, T]>): T | null {
  for (const [prefix, type] of prefixes) if (fullName.startsWith(`${prefix} `)) return type;
  return null;
}

const PROVINCE_PREFIXES: ReadonlyArray<[string, ProvinceType]> = [
  ['Thành phố', 'city'],
  ['Tỉnh', 'province'],
];
const DISTRICT_PREFIXES: ReadonlyArray<[string, Pre2025DistrictType]> = [
  ['Quận', 'quan'],
  ['Huyện', 'huyen'],
  ['Thị xã', 'thi_xa'],
  ['Thành phố', 'thanh_pho'],
];
const PRE2025_COMMUNE_PREFIXES: ReadonlyArray<[string, Pre2025CommuneType]> = [
  ['Xã', 'xa'],
  ['Phường', 'phuong'],
  ['Thị trấn', 'thi_tran'],
];
const COMMUNE_2025_UNIT_NAMES: ReadonlyMap<string, CommuneType> = new Map([
  ['Xã', 'xa'],
  ['Phường', 'phuong'],
  ['Đặc khu', 'dac_khu'],
]);
const PROVINCE_2025_UNIT_NAMES: ReadonlyMap<string, ProvinceType> = new Map([
  ['Thành phố', 'city'],
  ['Tỉnh', 'province'],
]);

/** The pre-2025 hierarchy, flattened. Districts may have `"Ward": null` (island districts with no communes). */
export function parsePre2025Units(
  text: string,
  file = UNITS_PRE2025_JSON,
): { data: Pre2025Units; issues: LoadIssue[] } {
  const r = new Reader(file);
  const data: Pre2025Units = { provinces: [], districts: [], communes: [] };
  const seen = { province: new Set<string>(), district: new Set<string>(), commune: new Set<string>() };
  const unique = (level: keyof typeof seen, code: string, path: string): void => {
    if (code === '') return;
    if (seen[level].has(code)) r.fail(path, `duplicate ${level} code ${code}`);
    seen[level].add(code);
  };

  (r.parse(text) ?? []).forEach((p, pi) => {
    const pPath = `[${pi}]`;
    const province = r.object(p, pPath);
    if (!province) return;
    const code = r.code(province, 'Code', 2, pPath);
    const name = r.text(province, 'FullName', pPath);
    const type = typeByPrefix(name, PROVINCE_PREFIXES);
    if (name !== '' && !type) r.fail(pPath, `unknown province type in "${name}"`);
    unique('province', code, pPath);
    data.provinces.push({
      code,
      name,
      nameEn: r.text(province, 'FullNameEn', pPath),
      type: type ?? 'province',
    });

    r.list(province, 'District', pPath).forEach((d, di) => {
      const dPath = `${pPath}.District[${di}]`;
      const district = r.object(d, dPath);
      if (!district) return;
      const dCode = r.code(district, 'Code', 3, dPath);
      const dName = r.text(district, 'FullName', dPath);
      const dType = typeByPrefix(dName, DISTRICT_PREFIXES);
      if (dName !== '' && !dType) r.fail(dPath, `unknown district type in "${dName}"`);
      if (r.text(district, 'ProvinceCode', dPath) !== code) r.fail(dPath, `ProvinceCode is not ${code}`);
      unique('district', dCode, dPath);
      data.districts.push({
        code: dCode,
        name: dName,
        nameEn: r.text(district, 'FullNameEn', dPath),
        type: dType ?? 'huyen',
        provinceCode: code,
      } satisfies Pre2025District);

      r.list(district, 'Ward', dPath, true).forEach((w, wi) => {
        const wPath = `${dPath}.Ward[${wi}]`;
        const ward = r.object(w, wPath);
        if (!ward) return;
        const wCode = r.code(ward, 'Code', 5, wPath);
        const wName = r.text(ward, 'FullName', wPath);
        const wType = typeByPrefix(wName, PRE2025_COMMUNE_PREFIXES);
        if (wName !== '' && !wType) r.fail(wPath, `unknown commune type in "${wName}"`);
        if (r.text(ward, 'DistrictCode', wPath) !== dCode) r.fail(wPath, `DistrictCode is not ${dCode}`);
        unique('commune', wCode, wPath);
        data.communes.push({
          code: wCode,
          name: wName,
          nameEn: r.text(ward, 'FullNameEn', wPath),
          type: wType ?? 'xa',
          districtCode: dCode,
          provinceCode: code,
        } satisfies Pre2025Commune);
      });
    });
  });
  return { data, issues: r.issues };
}

/** What the 2025 JSON says about one unit; used to join English names and cross-check the official CSVs. */
export interface ThanglequocUnit<T extends string> {
  code: string;
  name: string;
  nameEn: string;
  type: T;
  provinceCode: string;
}

export interface Thanglequoc2025 {
  provinces: Map<string, ThanglequocUnit<ProvinceType>>;
  communes: Map<string, ThanglequocUnit<CommuneType>>;
}

/** The 2025 units of thanglequoc v3.0.2, keyed by their (thanglequoc) code. */
export function parseThanglequoc2025(
  text: string,
  file = UNITS_2025_JSON,
): { data: Thanglequoc2025; issues: LoadIssue[] } {
  const r = new Reader(file);
  const data: Thanglequoc2025 = { provinces: new Map(), communes: new Map() };

  (r.parse(text) ?? []).forEach((p, pi) => {
    const pPath = `[${pi}]`;
    const province = r.object(p, pPath);
    if (!province) return;
    const code = r.code(province, 'Code', 2, pPath);
    const unitName = r.text(province, 'AdministrativeUnitShortName', pPath);
    const type = PROVINCE_2025_UNIT_NAMES.get(unitName);
    if (unitName !== '' && !type) r.fail(pPath, `unknown province type "${unitName}"`);
    if (data.provinces.has(code)) r.fail(pPath, `duplicate province code ${code}`);
    data.provinces.set(code, {
      code,
      name: r.text(province, 'FullName', pPath),
      nameEn: r.text(province, 'FullNameEn', pPath),
      type: type ?? 'province',
      provinceCode: code,
    });

    r.list(province, 'Wards', pPath).forEach((w, wi) => {
      const wPath = `${pPath}.Wards[${wi}]`;
      const ward = r.object(w, wPath);
      if (!ward) return;
      const wCode = r.code(ward, 'Code', 5, wPath);
      const wUnit = r.text(ward, 'AdministrativeUnitShortName', wPath);
      const wType = COMMUNE_2025_UNIT_NAMES.get(wUnit);
      if (wUnit !== '' && !wType) r.fail(wPath, `unknown commune type "${wUnit}"`);
      if (r.text(ward, 'ProvinceCode', wPath) !== code) r.fail(wPath, `ProvinceCode is not ${code}`);
      if (data.communes.has(wCode)) r.fail(wPath, `duplicate commune code ${wCode}`);
      data.communes.set(wCode, {
        code: wCode,
        name: r.text(ward, 'FullName', wPath),
        nameEn: r.text(ward, 'FullNameEn', wPath),
        type: wType ?? 'xa',
        provinceCode: code,
      });
    });
  });
  return { data, issues: r.issues };
}
