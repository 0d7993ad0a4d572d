/**
 * Báo cáo tình hình thực hiện kết luận (Excel) — the oversight views as one workbook for the next meeting
 * (issue 8 §4): a summary sheet headed like the PDF report (totals of the heat-map range, the on-time rate, the
 * issuer's tasks by status), the lead agencies' counts, the agencies × months heat map, the issuer's tasks by
 * status, my agency's tasks, and the conclusions never reported on. The rows are the CSV's (export-rows.ts);
 * rates are Excel formulas over the counts beside them (with the value cached), never stored rounded.
 */
import type ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { addTable, borderRow, newWorkbook, setColumnWidths, styleHeader } from '../../platform/xlsx.js';
import { localDate } from '../calendar/index.js';
import { findUnit } from '../units/index.js';
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
import { type HeatCell, heatMap } from './heatmap.js';
import { listTasks } from './list-tasks.js';
import { TASK_STATUSES } from './schema.js';
import type { TaskSummary } from './task-view.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheets, in order; their names are the words below (≤ 31 characters, Excel's limit). */
export const XLSX_SHEETS = ['summary', 'agencies', 'heatmap', 'issued', 'agency', 'unreported'] as const;
type Sheet = (typeof XLSX_SHEETS)[number];

const WORDS = {
  vi: {
    sheets: {
      summary: 'Tổng hợp',
      agencies: 'Theo cơ quan chủ trì',
      heatmap: 'Cơ quan theo tháng',
      issued: 'Nhiệm vụ đã giao',
      agency: 'Nhiệm vụ của cơ quan',
      unreported: 'Chưa báo cáo',
    } satisfies Record<Sheet, string>,
    title: 'BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾT LUẬN, CHỈ THỊ VÀ NHIỆM VỤ ĐƯỢC GIAO',
    asOf: (today: string, from: string, to: string) =>
      `Số liệu đến ngày ${vnDate(today)}; nhiệm vụ có hạn hoàn thành từ tháng ${vnMonth(from)} đến tháng ${vnMonth(to)}`,
    figure: 'Chỉ tiêu',
    count: 'Số lượng',
    totals: [
      'Tổng số nhiệm vụ',
      'Hoàn thành đúng hạn',
      'Hoàn thành trễ hạn',
      'Quá hạn chưa hoàn thành',
      'Chưa đến hạn',
    ],
    rate: 'Tỷ lệ hoàn thành đúng hạn (%)',
    byStatus: 'Nhiệm vụ đã giao theo trạng thái (mọi thời hạn)',
    total: 'Tổng cộng',
    month: 'Tháng',
    none: 'Không có.',
    method:
      'Nhiệm vụ tính là hoàn thành theo ngày cơ quan chủ trì báo cáo hoàn thành, so với hạn đang có hiệu lực; ' +
      'số ngày quá hạn tính theo ngày làm việc.',
  },
  en: {
    sheets: {
      summary: 'Summary',
      agencies: 'By lead agency',
      heatmap: 'Agencies by month',
      issued: 'Tasks issued',
      agency: 'My agency’s tasks',
      unreported: 'Never reported',
    } satisfies Record<Sheet, string>,
    title: 'REPORT ON THE IMPLEMENTATION OF CONCLUSIONS, DIRECTIVES AND ASSIGNED TASKS',
    asOf: (today: string, from: string, to: string) =>
      `Figures as of ${today}; tasks with deadlines from ${from} to ${to}`,
    figure: 'Figure',
    count: 'Count',
    totals: ['Tasks', 'Done on time', 'Done late', 'Overdue, not done', 'Not yet due'],
    rate: 'On-time rate (%)',
    byStatus: 'Tasks issued by status (all deadlines)',
    total: 'Total',
    month: 'Month',
    none: 'None.',
    method:
      'A task counts as done on the day its lead agency reported completion, against the deadline in force; ' +
      'days overdue are working days.',
  },
} as const;

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const vnMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** A table: the platform's header and bordered rows; the rows as ExcelJS rows (formulas go into them). */
const table = (ws: ExcelJS.Worksheet, header: readonly Cell[], rows: readonly Cell[][]): ExcelJS.Row[] =>
  addTable(
    ws,
    header,
    rows.map((cells) => ({ cells })),
  ).rows;

const letter = (column: number) => {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The on-time rate as a formula over two count cells, with its value cached for readers that do not compute. */
function rateFormula(onTime: string, late: string, cell: HeatCell): ExcelJS.CellFormulaValue {
  const result =
    cell.onTime + cell.late === 0 ? '' : Math.round((1000 * cell.onTime) / (cell.onTime + cell.late)) / 10;
  return { formula: `IF(${onTime}+${late}=0,"",ROUND(100*${onTime}/(${onTime}+${late}),1))`, result };
}

const TASK_WIDTHS = [18, 48, 16, 12, 36, 10, 12, 12, 20, 20, 10, 12, 22, 12];

export async function exportXlsx(
  ctx: Ctx,
  input: {
    issuerUnitCode?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    lang: ExportLanguage;
  },
): Promise<Result<{ filename: string; xlsx: Buffer }>> {
  const { lang } = input;
  const map = await heatMap(ctx, input);
  if (!map.ok) return map;
  const issued = await collectTasks(ctx, { view: 'issued', issuerUnitCode: input.issuerUnitCode });
  if (!issued.ok) return issued;
  const byStatus = await listTasks(ctx, {
    view: 'issued',
    issuerUnitCode: input.issuerUnitCode,
    page: 1,
    pageSize: 1,
  });
  if (!byStatus.ok) return byStatus;
  const mine = await collectTasks(ctx, { view: 'agency' });
  if (!mine.ok) return mine;
  const unreported = await collectUnreported(ctx, input.issuerUnitCode);
  if (!unreported.ok) return unreported;

  const w = WORDS[lang];
  const e = EXPORT_WORDS[lang];
  const m = map.value;
  const today = localDate(ctx.now);
  const issuer = input.issuerUnitCode ? await findUnit(ctx.db, input.issuerUnitCode) : undefined;
  const ownProvince =
    ctx.actor.kind === 'user'
      ? ctx.actor.roles.find((g) => g.provinceCode !== 'VN')?.provinceCode
      : undefined;
  const headUnit = issuer ?? (ownProvince ? await findUnit(ctx.db, ownProvince) : undefined);

  const book = newWorkbook(w.title, ctx.now);
  // The rates are formulas: Excel computes them when the file opens.
  book.calcProperties.fullCalcOnLoad = true;

  // 1. Summary, headed as the report for the meeting.
  const summary = book.addWorksheet(w.sheets.summary);
  setColumnWidths(summary, [52, 14]);
  summary.addRow([headUnit?.name.toLocaleUpperCase('vi') ?? 'tinhso']).font = { bold: true };
  summary.addRow([]);
  const title = summary.addRow([w.title]);
  title.font = { bold: true, size: 13 };
  summary.mergeCells(title.number, 1, title.number, 2);
  title.alignment = { horizontal: 'center', wrapText: true };
  title.height = 36;
  const asOf = summary.addRow([w.asOf(today, m.from, m.to)]);
  asOf.font = { italic: true };
  summary.mergeCells(asOf.number, 1, asOf.number, 2);
  asOf.alignment = { horizontal: 'center', wrapText: true };
  asOf.height = 32;
  summary.addRow([]);
  const t = m.total;
  const totals = table(
    summary,
    [w.figure, w.count],
    [
      [w.totals[0], t.onTime + t.late + t.overdueOpen + t.open],
      [w.totals[1], t.onTime],
      [w.totals[2], t.late],
      [w.totals[3], t.overdueOpen],
      [w.totals[4], t.open],
      [w.rate, null],
    ],
  );
  const [, onTimeRow, lateRow, , , rateRow] = totals;
  rateRow!.getCell(2).value = rateFormula(`B${onTimeRow!.number}`, `B${lateRow!.number}`, t);
  summary.addRow([]);
  table(
    summary,
    [w.byStatus, w.count],
    TASK_STATUSES.map((s) => [e.status[s], byStatus.value.counts.byStatus[s]]),
  );
  summary.addRow([]);
  summary.addRow([w.method]).font = { italic: true, size: 9 };

  // 2. Lead agencies: counts and the rate over them.
  const agencies = book.addWorksheet(w.sheets.agencies, { views: [{ state: 'frozen', ySplit: 1 }] });
  setColumnWidths(agencies, [48, 12, 12, 14, 14, 10, 14]);
  const agencyRows = table(
    agencies,
    e.agencies,
    m.rows.map((r) => agencyRow(r, lang).slice(0, 6)),
  );
  agencyRows.forEach((row, i) => {
    row.getCell(7).value = rateFormula(`B${row.number}`, `C${row.number}`, m.rows[i]!.total);
  });

  // 3. Agencies × months: four counts a month.
  const heat = book.addWorksheet(w.sheets.heatmap, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  heat.getColumn(1).width = 44;
  const kinds = e.agencies.slice(1, 5);
  const monthHead = heat.addRow([e.agencies[0], ...m.months.flatMap((mo) => [vnMonth(mo), '', '', ''])]);
  const kindHead = heat.addRow(['', ...m.months.flatMap(() => kinds)]);
  heat.mergeCells(1, 1, 2, 1);
  m.months.forEach((_, i) => {
    heat.mergeCells(1, 2 + 4 * i, 1, 5 + 4 * i);
  });
  const heatWidth = 1 + 4 * m.months.length;
  for (const row of [monthHead, kindHead]) styleHeader(row, heatWidth);
  const cells = (list: HeatCell[]) => list.flatMap((c) => [c.onTime, c.late, c.overdueOpen, c.open]);
  for (const r of m.rows)
    heat.addRow([lang === 'en' ? (r.agency.nameEn ?? r.agency.name) : r.agency.name, ...cells(r.cells)]);
  const totalRow = heat.addRow([w.total, ...cells(m.totals)]);
  totalRow.font = { bold: true };
  for (let c = 2; c <= heatWidth; c++) heat.getColumn(c).width = 9;
  heat.eachRow((row, n) => {
    if (n > 2) borderRow(row, heatWidth);
  });

  // 4–5. Tasks: the issuer's by status, my agency's as listed.
  const statusOrder = (a: TaskSummary, b: TaskSummary) =>
    TASK_STATUSES.indexOf(a.status) - TASK_STATUSES.indexOf(b.status);
  const taskSheet = (name: string, items: TaskSummary[], truncated: boolean) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    setColumnWidths(ws, TASK_WIDTHS);
    if (items.length === 0) {
      table(ws, e.tasks, []);
      ws.addRow([w.none]).font = { italic: true };
      return;
    }
    table(
      ws,
      e.tasks,
      items.map((task) => taskRow(task, lang)),
    );
    if (truncated) ws.addRow([e.truncated]).font = { italic: true };
    ws.autoFilter = { from: 'A1', to: `${letter(e.tasks.length)}1` };
  };
  taskSheet(w.sheets.issued, [...issued.value.items].sort(statusOrder), issued.value.truncated);
  taskSheet(w.sheets.agency, mine.value.items, mine.value.truncated);

  // 6. Conclusions never reported on.
  const never = book.addWorksheet(w.sheets.unreported, { views: [{ state: 'frozen', ySplit: 1 }] });
  setColumnWidths(never, [16, 48, 12, 32, 10, 12, 14, 14, 48]);
  table(
    never,
    e.unreported,
    unreported.value.map((c) => unreportedRow(c, lang)),
  );
  if (unreported.value.length === 0) never.addRow([w.none]).font = { italic: true };

  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  return ok({ filename: `oversight-report-${today}.xlsx`, xlsx });
}
