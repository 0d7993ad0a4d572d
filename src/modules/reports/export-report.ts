/**
 * Xuất báo cáo (issue 7 §4): the service report and the Decision 766 scorecard as Excel (the table a provincial
 * office sends upward: the unit's total, then each sub-unit), PDF (the same table in an administrative report,
 * Decree 30/2020 Annex I through platform/pdf) and CSV for open data (fractions, machine headers). All three
 * print the rows of export-tables.ts, built from the object the API returns.
 */

import type { Ctx } from '../../platform/context.js';
import { toCsv } from '../../platform/csv.js';
import { formatDay, formatDecimal, formatPeriod } from '../../platform/formats.js';
import { renderPdf } from '../../platform/pdf/index.js';
import { type DomainError, ok, type Result } from '../../platform/result.js';
import { renderXlsx } from '../../platform/xlsx.js';
import { localDate } from '../calendar/index.js';
import {
  displayValue,
  type ExportCell,
  type ExportColumn,
  printCell,
  SCORECARD_COLUMNS,
  SERVICE_COLUMNS,
  scopeName,
  scorecardRows,
  serviceRows,
} from './export-tables.js';
import { scorecard766 } from './index766.js';
import type { MethodLine } from './method.js';
import type { ReportQuery } from './scope.js';
import { publicServiceReport, serviceReport } from './service-report.js';

export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const REPORT_KINDS = ['service', 'index766'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

interface Table {
  title: string;
  subtitle: string;
  unitName: string;
  columns: ExportColumn[];
  rows: Array<{ cells: ExportCell[]; total: boolean }>;
  method: MethodLine[];
  stem: string;
}

const vnDate = formatDay;
/** "Quý IV/2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)": the period as a Vietnamese report names it. */
const periodText = (p: { label: string; kind: string; from: string; to: string }) =>
  `${formatPeriod(p.kind === 'custom' ? `${p.from}..${p.to}` : p.label)} (từ ngày ${vnDate(p.from)} đến ngày ${vnDate(p.to)})`;

async function render(ctx: Ctx, t: Table, format: ExportFormat): Promise<ExportFile> {
  const filename = `${t.stem}.${format}`;
  if (format === 'csv') {
    const body = toCsv([t.columns.map((c) => c.key), ...t.rows.map((r) => r.cells)]);
    return { filename, contentType: CONTENT_TYPES.csv, body: Buffer.from(body, 'utf8') };
  }
  if (format === 'xlsx') {
    const body = await renderXlsx({
      title: t.title,
      sheetName: t.stem.slice(0, 31),
      lines: [t.unitName, t.subtitle],
      columns: t.columns.map((c) => ({
        header: c.header,
        width: c.width,
        format: c.kind === 'count' ? 'integer' : c.kind === 'text' ? 'text' : 'decimal',
      })),
      rows: t.rows.map((r) => ({
        cells: r.cells.map((cell, i) => displayValue(t.columns[i]!, cell)),
        bold: r.total,
      })),
      notes: ['Phương pháp tính:', ...t.method.map((m) => `${m.vi} (Căn cứ: ${m.source})`)],
      landscape: true,
      createdAt: ctx.now,
    });
    return { filename, contentType: CONTENT_TYPES.xlsx, body };
  }
  const today = localDate(ctx.now);
  const body = await renderPdf({ size: 'A4', landscape: true, title: t.title, createdAt: ctx.now }, (d) => {
    d.header({
      agency: t.unitName,
      place: (t.unitName.split(' — ')[0] ?? t.unitName).replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu) /, ''),
      date: today,
    })
      .title('Báo cáo', `${t.title} — ${t.subtitle}`)
      .table(
        t.columns.map((c) => ({
          header: c.header,
          width: c.width / 10,
          align: c.kind === 'text' ? 'left' : 'right',
        })),
        t.rows.map((r) => r.cells.map((cell, i) => printCell(t.columns[i]!, cell))),
        { size: 7 },
      )
      .paragraph('Phương pháp tính', { bold: true });
    for (const m of t.method) d.paragraph(`${m.vi} (Căn cứ: ${m.source})`, { size: 9 });
    d.paragraph(`Số liệu lập tự động từ hồ sơ thủ tục hành chính ngày ${vnDate(today)}.`, {
      italic: true,
      size: 9,
    });
  });
  return { filename, contentType: CONTENT_TYPES.pdf, body };
}

export async function exportReport(
  ctx: Ctx,
  input: ReportQuery & { report: ReportKind; format: ExportFormat; publicView?: boolean },
): Promise<Result<ExportFile, DomainError>> {
  if (input.report === 'service') {
    const r = input.publicView ? await publicServiceReport(ctx, input) : await serviceReport(ctx, input);
    if (!r.ok) return r;
    const report = r.value;
    return ok(
      await render(
        ctx,
        {
          title: 'Tình hình, kết quả giải quyết thủ tục hành chính',
          subtitle: `Kỳ báo cáo: ${periodText(report.period)}`,
          unitName: scopeName(report),
          columns: SERVICE_COLUMNS,
          rows: serviceRows(report),
          method: report.method,
          stem: `service-${[report.unit, report.scopeLevel?.key].filter(Boolean).join('-')}-${report.period.from}-${report.period.to}`,
        },
        input.format,
      ),
    );
  }
  const c = await scorecard766(ctx, input);
  if (!c.ok) return c;
  const card = c.value;
  return ok(
    await render(
      ctx,
      {
        title: 'Kết quả đánh giá Bộ chỉ số 766 (Quyết định 766/QĐ-TTg)',
        subtitle: `Kỳ đánh giá: ${periodText(card.period)}; tổng điểm ${formatDecimal(card.total)} / ${card.max} điểm có số liệu${card.share === null ? '' : `, quy về thang 100: ${formatDecimal(card.share)} điểm`}`,
        unitName: scopeName(card),
        columns: SCORECARD_COLUMNS,
        rows: scorecardRows(card),
        method: card.method,
        stem: `index766-${[card.unit, card.scopeLevel?.key].filter(Boolean).join('-')}-${card.period.from}-${card.period.to}`,
      },
      input.format,
    ),
  );
}
