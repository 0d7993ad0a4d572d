/**
 * The State Treasury disbursement CSV tinhso imports (docs/investment-treasury-csv.md). Pure: text in, rows or
 * row-numbered problems out; the import use case checks the rows against projects and plans.
 *
 * UTF-8 (a byte-order mark is ignored), comma-separated, RFC 4180 quoting, one header row (row 1). Columns, in
 * any order: ma_du_an, nam_ke_hoach, nguon_von (NSTW | NSDP | CTMTQG), ngay_thanh_toan (DD/MM/YYYY or
 * YYYY-MM-DD), so_tien (whole đồng; digits grouped by . , or space allowed), so_chung_tu, and optional ghi_chu.
 */

import type { Message } from '../../platform/http/messages.js';
import { nfc } from '../../platform/text.js';
import { msg } from './messages.js';
import type { CapitalSource } from './schema.js';

export const TREASURY_COLUMNS = [
  'ma_du_an',
  'nam_ke_hoach',
  'nguon_von',
  'ngay_thanh_toan',
  'so_tien',
  'so_chung_tu',
] as const;
export const OPTIONAL_COLUMNS = ['ghi_chu'] as const;

export const SOURCE_CODES: Record<string, CapitalSource> = {
  NSTW: 'central_budget',
  NSDP: 'local_budget',
  CTMTQG: 'national_target_programme',
};

export interface TreasuryRow {
  /** The row's number in the file, the header being row 1. */
  row: number;
  projectCode: string;
  planYear: number;
  source: CapitalSource;
  disbursedOn: string;
  amount: bigint;
  voucherNo: string;
  note: string | null;
}

export interface RowProblem {
  row: number;
  column: string | null;
  message: Message;
}

/** RFC 4180 records, each with the line it starts on. */
export function parseCsvRecords(text: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const GROUPED = /^\d{1,3}([., ]\d{3})*$|^\d+$/;

function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** Every row of the file, or every problem found (the import is all or nothing). */
export function parseTreasuryCsv(text: string): { rows: TreasuryRow[]; problems: RowProblem[] } {
  const records = parseCsvRecords(text);
  const problems: RowProblem[] = [];
  const header = records[0];
  if (!header) return { rows: [], problems: [{ row: 1, column: null, message: msg('investment.csvEmpty') }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = new Map(names.map((n, i) => [n, i]));
  for (const column of TREASURY_COLUMNS)
    if (!index.has(column))
      problems.push({ row: 1, column, message: msg('investment.csvMissingColumn', { column }) });
  const known = new Set<string>([...TREASURY_COLUMNS, ...OPTIONAL_COLUMNS]);
  for (const n of names)
    if (!known.has(n))
      problems.push({ row: 1, column: n, message: msg('investment.csvUnknownColumn', { column: n }) });
  if (problems.length > 0) return { rows: [], problems };

  const rows: TreasuryRow[] = [];
  const vouchers = new Map<string, number>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.fields.length !== names.length) {
      problems.push({
        row,
        column: null,
        message: msg('investment.csvFieldCount', { count: record.fields.length, header: names.length }),
      });
      return;
    }
    const get = (column: string) => nfc(record.fields[index.get(column)!] ?? '');
    const problem = (column: string, message: Message) => problems.push({ row, column, message });
    const projectCode = get('ma_du_an');
    if (!/^[0-9A-Za-z.\-_/]{1,32}$/.test(projectCode)) problem('ma_du_an', msg('investment.csvProjectCode'));
    const planYear = Number(get('nam_ke_hoach'));
    if (!/^\d{4}$/.test(get('nam_ke_hoach'))) problem('nam_ke_hoach', msg('investment.csvYear'));
    const source = SOURCE_CODES[get('nguon_von').toUpperCase()];
    if (!source) problem('nguon_von', msg('investment.csvSource'));
    const disbursedOn = parseDate(get('ngay_thanh_toan'));
    if (!disbursedOn) problem('ngay_thanh_toan', msg('investment.csvDate'));
    const rawAmount = get('so_tien');
    const digits = GROUPED.test(rawAmount) ? rawAmount.replace(/[., ]/g, '') : '';
    const amount = /^\d{1,18}$/.test(digits) ? BigInt(digits) : null;
    if (amount === null || amount === 0n) problem('so_tien', msg('investment.csvAmount'));
    const voucherNo = get('so_chung_tu');
    if (!voucherNo || voucherNo.length > 64) problem('so_chung_tu', msg('investment.csvVoucher'));
    else if (vouchers.has(voucherNo))
      problem('so_chung_tu', msg('investment.csvSameVoucher', { row: vouchers.get(voucherNo) ?? 0 }));
    else vouchers.set(voucherNo, row);
    const note = index.has('ghi_chu') ? get('ghi_chu') || null : null;
    if (note && note.length > 2000) problem('ghi_chu', msg('investment.csvNoteLength'));
    if (source && disbursedOn && amount && amount > 0n)
      rows.push({ row, projectCode, planYear, source, disbursedOn, amount, voucherNo, note });
  });
  if (records.length < 2) problems.push({ row: 2, column: null, message: msg('investment.csvNoRows') });
  problems.sort((a, b) => a.row - b.row);
  return { rows: problems.length > 0 ? [] : rows, problems };
}
