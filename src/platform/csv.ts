/**
 * The one CSV writer (issue 23 §3): CSV as spreadsheet programs open it — UTF-8 with a byte-order mark (so Excel
 * reads Vietnamese correctly), CRLF line ends and RFC 4180 quoting. A text cell that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe (OWASP CSV
 * injection); a number, or a text that is only a number ("-5", "-1.234,5"), stays as it is.
 */
export type CsvValue = string | number | boolean | null | undefined;

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** The byte-order mark a file starts with, for a writer that builds its lines one by one (csvLine). */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)*$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(values: ReadonlyArray<CsvValue>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A whole file: the byte-order mark, then one record per row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return `${CSV_BOM}${rows.map(csvLine).join('')}`;
}
