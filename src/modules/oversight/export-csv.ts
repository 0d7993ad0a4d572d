/**
 * The oversight figures as CSV files for the next meeting (issue 8 §4): every task of the issuer's conclusions,
 * the agencies' totals (on time, late, overdue open, open, and the on-time rate computed from those counts),
 * and the conclusions never reported on. The same rows as the Excel workbook (export-rows.ts, export-xlsx.ts);
 * the PDF report is export-pdf.ts.
 */
import type { Ctx } from '../../platform/context.js';
import { toCsv } from '../../platform/csv.js';
import { ok, type Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import {
  agencyRow,
  type Cell,
  collectTasks,
  collectUnreported,
  EXPORT_WORDS,
  type ExportLanguage,
  taskRow,
  unreportedRow,
} from './export-rows.js';
import { heatMap } from './heatmap.js';

export const EXPORT_TABLES = ['tasks', 'agencies', 'unreported'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export async function exportCsv(
  ctx: Ctx,
  input: {
    table: ExportTable;
    issuerUnitCode?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    lang: ExportLanguage;
  },
): Promise<Result<{ filename: string; csv: string }>> {
  const w = EXPORT_WORDS[input.lang];
  const rows: Cell[][] = [];
  if (input.table === 'tasks') {
    const tasks = await collectTasks(ctx, { view: 'issued', issuerUnitCode: input.issuerUnitCode });
    if (!tasks.ok) return tasks;
    rows.push([...w.tasks], ...tasks.value.items.map((t) => taskRow(t, input.lang)));
    if (tasks.value.truncated) rows.push([w.truncated]);
  } else if (input.table === 'agencies') {
    const map = await heatMap(ctx, input);
    if (!map.ok) return map;
    rows.push([...w.agencies], ...map.value.rows.map((r) => agencyRow(r, input.lang)));
  } else {
    const list = await collectUnreported(ctx, input.issuerUnitCode);
    if (!list.ok) return list;
    rows.push([...w.unreported], ...list.value.map((c) => unreportedRow(c, input.lang)));
  }
  return ok({ filename: `oversight-${input.table}-${localDate(ctx.now)}.csv`, csv: toCsv(rows) });
}
