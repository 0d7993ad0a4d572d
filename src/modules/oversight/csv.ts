/**
 * CSV as spreadsheet programs open it: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly),
 * CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe (OWASP CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
