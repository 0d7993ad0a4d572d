/**
 * A small, strict RFC 4180 CSV reader for the reference data (no dependency).
 *
 * - fields separated by `,`, records by CRLF or LF; a UTF-8 BOM is ignored;
 * - a field may be quoted with `"`; inside quotes `""` is a literal quote and commas/newlines are data;
 * - a quote inside an unquoted field, text after a closing quote, or an unclosed quote is an error;
 * - one final line break at the end of the file does not start an empty record.
 *
 * Row numbers are 1-based record numbers, the header being row 1 (equal to line numbers when no quoted field
 * spans lines).
 */
import { type Message, renderMessage } from '../../platform/http/messages.js';
import { msg } from './messages.js';

export interface CsvIssue {
  file: string;
  /** 1-based record number (header = 1); null when the problem concerns the file as a whole. */
  row: number | null;
  reason: string;
}

/** `reason` is the English of `why`, which an import tells the operator in their language (issue 15 §2). */
export type CsvParseResult =
  | { ok: true; records: string[][] }
  | { ok: false; row: number; reason: string; why: Message };

const broken = (row: number, why: Message): CsvParseResult => ({
  ok: false,
  row,
  reason: renderMessage(why, 'en'),
  why,
});

const UNQUOTED_FIELD = /[^,\r\n"]*/y;

/** Splits CSV text into records of raw (not yet normalised) fields. */
export function parseCsv(text: string): CsvParseResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const n = src.length;
  const records: string[][] = [];
  if (n === 0) return { ok: true, records };
  let record: string[] = [];
  let i = 0;
  for (;;) {
    // At the start of a field.
    let field: string;
    const row = records.length + 1;
    if (src[i] === '"') {
      field = '';
      let from = i + 1;
      for (;;) {
        const quote = src.indexOf('"', from);
        if (quote < 0) return broken(row, msg('units.csvUnclosedQuote'));
        field += src.slice(from, quote);
        if (src[quote + 1] === '"') {
          field += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        return broken(row, msg('units.csvTextAfterQuote'));
      }
    } else {
      UNQUOTED_FIELD.lastIndex = i;
      UNQUOTED_FIELD.test(src);
      const end = UNQUOTED_FIELD.lastIndex;
      if (src[end] === '"') return broken(row, msg('units.csvStrayQuote'));
      field = src.slice(i, end);
      i = end;
    }
    record.push(field);
    // At a delimiter, a line break or the end.
    if (i >= n) {
      records.push(record);
      break;
    }
    if (src[i] === ',') {
      i++;
      continue;
    }
    records.push(record);
    record = [];
    i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
    if (i >= n) break; // a final line break ends the last record
  }
  return { ok: true, records };
}

/** One data row of a table: its fields by header name and its 1-based row number. */
export interface CsvRow<K extends string> {
  row: number;
  get(column: K): string;
}

/**
 * Parses a CSV table whose header must be exactly `columns`, in order. Every field is NFC-normalised.
 * Data rows with the wrong number of fields are reported (all of them); the rest are returned.
 */
export function readCsvTable<K extends string>(
  text: string,
  file: string,
  columns: readonly K[],
): { rows: CsvRow<K>[]; issues: CsvIssue[] } {
  // NFC over the whole text equals NFC field by field: the delimiters are starters that nothing composes with.
  const parsed = parseCsv(text.normalize('NFC'));
  if (!parsed.ok) return { rows: [], issues: [{ file, row: parsed.row, reason: parsed.reason }] };
  const [header, ...data] = parsed.records;
  if (header === undefined) return { rows: [], issues: [{ file, row: null, reason: 'file is empty' }] };
  const got = header;
  if (got.length !== columns.length || got.some((h, idx) => h !== columns[idx])) {
    return {
      rows: [],
      issues: [{ file, row: 1, reason: `header is "${got.join(',')}", expected "${columns.join(',')}"` }],
    };
  }
  const index = new Map<K, number>(columns.map((c, idx) => [c, idx]));
  const rows: CsvRow<K>[] = [];
  const issues: CsvIssue[] = [];
  data.forEach((fields, idx) => {
    const row = idx + 2;
    if (fields.length !== columns.length) {
      issues.push({ file, row, reason: `has ${fields.length} fields, expected ${columns.length}` });
      return;
    }
    rows.push({ row, get: (column) => fields[index.get(column) ?? -1] ?? '' });
  });
  return { rows, issues };
}
