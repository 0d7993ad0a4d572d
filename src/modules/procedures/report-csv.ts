/** The import report as CSV (opens in a spreadsheet): one line per issue found in a row's processing time. */
import { toCsv } from '../../platform/csv.js';
import type { ReportRow } from './parse-portal-export.js';

export const REPORT_COLUMNS = ['row', 'line', 'code', 'name', 'issue', 'channel', 'text', 'reason'] as const;

export function reportCsv(report: ReportRow[]): string {
  return toCsv([
    [...REPORT_COLUMNS],
    ...report.map((r) => [r.row, r.line, r.code, r.name, r.kind, r.channel, r.text, r.reason]),
  ]);
}
