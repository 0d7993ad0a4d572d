/** The import report as CSV (opens in a spreadsheet): one line per issue found in a row's processing time. */
import { csvField } from './csv.js';
import type { ReportRow } from './parse-portal-export.js';

export const REPORT_COLUMNS = ['row', 'line', 'code', 'name', 'issue', 'channel', 'text', 'reason'] as const;

export function reportCsv(report: ReportRow[]): string {
  const lines = [REPORT_COLUMNS.join(',')];
  for (const r of report)
    lines.push([r.row, r.line, r.code, r.name, r.kind, r.channel, r.text, r.reason].map(csvField).join(','));
  // A BOM so that spreadsheet programs read the Vietnamese text as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
