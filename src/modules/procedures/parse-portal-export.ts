/**
 * The national portal's catalogue export (dichvucong.gov.vn, as compiled in reference/procedures/) → procedure
 * records ready to import, plus a report of every row whose processing time could not be read (issue 5 §2).
 *
 * Two kinds of trouble, kept apart:
 * - a **malformed file** (broken CSV, a missing column, a row without a code, a duplicate code, an unknown level)
 *   is refused whole, every problem listed with its row number — nothing is imported;
 * - a **row whose time cannot be read** (no time, a number without a unit) is imported with the durations it
 *   does have and listed in the report, never completed by guessing (data/SOURCES.md).
 */

import { type Message, renderMessage } from '../../platform/http/messages.js';
import { nfc } from '../../platform/text.js';
import { type CsvError, type CsvRecord, readCsv } from './csv.js';
import {
  type Channel,
  type ChannelDuration,
  channelOf,
  type DurationIssue,
  parseDurationText,
} from './duration-text.js';
import { msg } from './messages.js';
import { channelsInRaw, type PortalFee, parsePortalFees } from './portal-fees.js';
import { readXlsx } from './xlsx.js';

/** Cấp thực hiện — the levels a procedure is carried out at. */
export const LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export type Level = (typeof LEVELS)[number];
const LEVEL_WORDS: Record<string, Level> = {
  'Cấp bộ': 'ministry',
  'Cấp tỉnh': 'province',
  'Cấp xã': 'commune',
  'Cơ quan khác': 'other',
};

export const AGENCY_KINDS = ['people_committee', 'department', 'pas_centre'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const REQUIRED_COLUMNS = [
  'ma_thu_tuc',
  'ten_thu_tuc',
  'cap_thuc_hien',
  'linh_vuc',
  'so_quyet_dinh',
  'thoi_han_theo_kenh',
  'detail_url',
] as const;
export const OPTIONAL_COLUMNS = [
  'loai_thu_tuc',
  'co_quan_thuc_hien',
  'co_quan_co_tham_quyen',
  'doi_tuong_thuc_hien',
  'bo_nganh_thu_muc',
  'cach_thuc_thuc_hien_raw',
] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** A national procedure code, e.g. 1.001193 (the national database's MaTTHC). */
export const PROCEDURE_CODE = /^\d{1,2}\.\d{6}$/;
const MAX_TEXT = 20_000;

/** One procedure as the export gives it, normalised (NFC) and structured. */
export interface PortalProcedure {
  row: number;
  line: number;
  code: string;
  name: string;
  levels: Level[];
  levelsText: string;
  field: string;
  procedureType: string | null;
  /** Số quyết định công bố — the ministry's decision publishing the procedure (the export gives no date). */
  decisionNumber: string | null;
  implementingAgencies: string | null;
  competentAuthority: string | null;
  decidingAgencyKind: AgencyKind | null;
  applicants: string[];
  ministry: string | null;
  channels: Channel[];
  durations: ChannelDuration[];
  durationText: string;
  /** none when the portal lists no online channel; null (not stated) otherwise — the export does not say. */
  onlineLevel: 'none' | null;
  fees: PortalFee[];
  howToText: string | null;
  url: string | null;
}

export interface ReportRow {
  row: number;
  line: number;
  code: string;
  name: string;
  kind: DurationIssue['kind'];
  channel: Channel | null;
  text: string;
  reason: string;
}

export interface FileError {
  row: number | null;
  line: number | null;
  column?: string;
  /** In English, for logs and tests. */
  reason: string;
  /** The reason in the reader's language (issue 15 §2), where the catalogue tells it. */
  message?: Message;
}

/** A file error told in both languages (messages.ts `importFile`). */
function fileError(at: Omit<FileError, 'reason' | 'message'>, message: Message): FileError {
  return { ...at, reason: renderMessage(message, 'en'), message };
}

export type ParseResult =
  | { ok: true; procedures: PortalProcedure[]; report: ReportRow[]; counts: ParseCounts }
  | { ok: false; errors: FileError[] };

export interface ParseCounts {
  rows: number;
  communeLevel: number;
  /** Rows with no processing time at all. */
  noDuration: number;
  /** Rows with at least one channel giving a number without a unit. */
  noUnit: number;
  /** Rows with any issue (one row may have several). */
  reported: number;
}

/** Split a list at commas outside brackets: "Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam". */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter(Boolean);
}

function decidingKind(levels: Level[], competent: string | null): AgencyKind | null {
  const text = (competent ?? '').toLowerCase();
  if (/ủy ban nhân dân|uỷ ban nhân dân/.test(text)) return 'people_committee';
  if (/(^|\s)sở\s/.test(text)) return 'department';
  if (levels.length === 1 && levels[0] === 'commune') return 'people_committee';
  return null;
}

const optional = (value: string | undefined) => {
  const v = nfc(value ?? '');
  return v === '' || v === 'Không có thông tin' ? null : v;
};

/** Parse export records (header first), from a CSV or a spreadsheet. */
export function parsePortalRecords(records: CsvRecord[]): ParseResult {
  const [header, ...rows] = records;
  if (!header)
    return { ok: false, errors: [fileError({ row: null, line: null }, msg('procedures.importEmpty'))] };
  const index = new Map(header.fields.map((name, i) => [name.trim(), i]));
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) {
    return {
      ok: false,
      errors: [
        fileError(
          { row: 1, line: header.line },
          msg('procedures.importMissingColumns', { columns: missing.join(', ') }),
        ),
      ],
    };
  }
  const errors: FileError[] = [];
  const procedures: PortalProcedure[] = [];
  const report: ReportRow[] = [];
  const seen = new Map<string, number>();
  const counts: ParseCounts = { rows: 0, communeLevel: 0, noDuration: 0, noUnit: 0, reported: 0 };
  for (const record of rows) {
    const at = { row: record.row, line: record.line };
    if (record.fields.length !== header.fields.length) {
      errors.push(
        fileError(
          at,
          msg('procedures.importFieldCount', { count: record.fields.length, expected: header.fields.length }),
        ),
      );
      continue;
    }
    const get = (column: Column) => {
      const i = index.get(column);
      return i === undefined ? '' : (record.fields[i] ?? '');
    };
    const tooLong = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].find((c) => get(c).length > MAX_TEXT);
    if (tooLong) {
      errors.push(fileError({ ...at, column: tooLong }, msg('procedures.importTooLong', { max: MAX_TEXT })));
      continue;
    }
    const code = nfc(get('ma_thu_tuc'));
    const name = nfc(get('ten_thu_tuc')).replace(/\s+/g, ' ');
    if (!PROCEDURE_CODE.test(code)) {
      errors.push(
        fileError(
          { ...at, column: 'ma_thu_tuc' },
          msg('procedures.importBadCode', { code: JSON.stringify(code) }),
        ),
      );
      continue;
    }
    if (seen.has(code)) {
      errors.push(
        fileError(
          { ...at, column: 'ma_thu_tuc' },
          msg('procedures.importDuplicateCode', { code, row: seen.get(code) ?? '' }),
        ),
      );
      continue;
    }
    seen.set(code, record.row);
    if (name === '') errors.push(fileError({ ...at, column: 'ten_thu_tuc' }, msg('procedures.importNoName')));
    const levelsText = nfc(get('cap_thuc_hien'));
    const levelWords = splitList(levelsText);
    const levels = [...new Set(levelWords.map((w) => LEVEL_WORDS[w]))];
    if (levelWords.length === 0 || levels.some((l) => l === undefined)) {
      errors.push(
        fileError(
          { ...at, column: 'cap_thuc_hien' },
          msg('procedures.importUnknownLevel', { level: JSON.stringify(levelsText) }),
        ),
      );
      continue;
    }
    const url = optional(get('detail_url'));
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) {
      errors.push(
        fileError(
          { ...at, column: 'detail_url' },
          msg('procedures.importBadUrl', { url: JSON.stringify(url) }),
        ),
      );
      continue;
    }
    const durationText = nfc(get('thoi_han_theo_kenh'));
    const { durations, issues } = parseDurationText(durationText);
    const howToText = optional(get('cach_thuc_thuc_hien_raw'));
    const listed = durationText
      .split(';')
      .map((p) => channelOf(p.split(':')[0] ?? ''))
      .filter((c): c is Channel => c !== undefined);
    const channels = [...new Set(listed.length ? listed : channelsInRaw(howToText ?? ''))];
    const competentAuthority = optional(get('co_quan_co_tham_quyen'));
    const typed = levels as Level[];
    procedures.push({
      ...at,
      code,
      name,
      levels: typed,
      levelsText,
      field: nfc(get('linh_vuc')),
      procedureType: optional(get('loai_thu_tuc')),
      decisionNumber: optional(get('so_quyet_dinh')),
      implementingAgencies: optional(get('co_quan_thuc_hien')),
      competentAuthority,
      decidingAgencyKind: decidingKind(typed, competentAuthority),
      applicants: splitList(nfc(get('doi_tuong_thuc_hien'))),
      ministry: optional(get('bo_nganh_thu_muc')),
      channels,
      durations,
      durationText,
      onlineLevel: channels.length > 0 && !channels.includes('online') ? 'none' : null,
      fees: parsePortalFees(howToText ?? '', durations, channels),
      howToText,
      url,
    });
    counts.rows++;
    if (typed.includes('commune')) counts.communeLevel++;
    if (issues.some((i) => i.kind === 'no_duration')) counts.noDuration++;
    if (issues.some((i) => i.kind === 'no_unit')) counts.noUnit++;
    if (issues.length) counts.reported++;
    for (const issue of issues) report.push({ ...at, code, name, ...issue });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, procedures, report, counts };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Parse an export file: a CSV (UTF-8) or an .xlsx spreadsheet (first sheet), told apart by content. */
export function parsePortalExport(bytes: Uint8Array): ParseResult {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const sheet = readXlsx(bytes);
    if (!sheet.ok) return { ok: false, errors: [fileError({ row: null, line: null }, sheet.reason)] };
    return parsePortalRecords(sheet.records);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      errors: [fileError({ row: null, line: null }, msg('procedures.importNotUtf8'))],
    };
  }
  const csv = readCsv(text);
  if (csv.errors.length) return { ok: false, errors: csv.errors.map((e: CsvError) => ({ ...e })) };
  return parsePortalRecords(csv.records);
}
