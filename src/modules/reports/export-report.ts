/**
 * Xuất báo cáo (issue 7 §4): the service report and the Decision 766 scorecard as Excel (the table a provincial
 * office sends upward: the unit's total, then each sub-unit), PDF (the same table in an administrative report,
 * Decree 30/2020 Annex I through platform/pdf) and CSV for open data (fractions, machine headers). All three
 * print the rows of export-tables.ts, built from the object the API returns.
 */

import type { Ctx } from '../../platform/context.js';
import { toCsv } from '../../platform/csv.js';
import { formatDay, formatDecimal, formatPeriod } from '../../platform/formats.js';
import type { Language } from '../../platform/http/messages.js';
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

/** The words of an export around its table, in Vietnamese and English (issue 15 §6). */
const WORDS = {
  vi: {
    period: (name: string, from: string, to: string) => `${name} (từ ngày ${from} đến ngày ${to})`,
    method: 'Phương pháp tính',
    basis: 'Căn cứ',
    report: 'Báo cáo',
    footer: (day: string) => `Số liệu lập tự động từ hồ sơ thủ tục hành chính ngày ${day}.`,
    serviceTitle: 'Tình hình, kết quả giải quyết thủ tục hành chính',
    servicePeriod: 'Kỳ báo cáo',
    cardTitle: 'Kết quả đánh giá Bộ chỉ số 766 (Quyết định 766/QĐ-TTg)',
    cardSubtitle: (period: string, total: string, max: number, share: string | null) =>
      `Kỳ đánh giá: ${period}; tổng điểm ${total} / ${max} điểm có số liệu${share === null ? '' : `, quy về thang 100: ${share} điểm`}`,
  },
  en: {
    period: (name: string, from: string, to: string) => `${name} (${from} to ${to})`,
    method: 'Method',
    basis: 'Basis',
    report: 'Report',
    footer: (day: string) =>
      `Figures compiled automatically from the administrative procedure dossiers on ${day}.`,
    serviceTitle: 'Administrative procedures: dossiers received and resolved',
    servicePeriod: 'Reporting period',
    cardTitle: 'Decision 766 scorecard (Decision 766/QĐ-TTg)',
    cardSubtitle: (period: string, total: string, max: number, share: string | null) =>
      `Assessment period: ${period}; ${total} points of the ${max} with data${share === null ? '' : `, ${share} on a scale of 100`}`,
  },
} as const;

/** "Quý IV/2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)": the period as a report names it. */
const periodText = (p: { label: string; kind: string; from: string; to: string }, language: Language) =>
  WORDS[language].period(
    formatPeriod(p.kind === 'custom' ? `${p.from}..${p.to}` : p.label, language),
    formatDay(p.from),
    formatDay(p.to),
  );

const methodLine = (m: MethodLine, language: Language) =>
  language === 'en'
    ? `${m.en} (${WORDS.en.basis}: ${m.sourceEn})`
    : `${m.vi} (${WORDS.vi.basis}: ${m.source})`;

/**
 * The embedded Noto Serif has no ≤ and ≥: drawn as an empty box, and the PDF's text (copy, search, screen
 * readers) loses what follows. Written as <= and >= instead.
 */
const printable = (text: string) => text.replaceAll('≤', '<=').replaceAll('≥', '>=');

async function render(ctx: Ctx, t: Table, format: ExportFormat, language: Language): Promise<ExportFile> {
  const words = WORDS[language];
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
        header: language === 'en' ? c.headerEn : c.header,
        width: c.width,
        format: c.kind === 'count' ? 'integer' : c.kind === 'text' ? 'text' : 'decimal',
      })),
      rows: t.rows.map((r) => ({
        cells: r.cells.map((cell, i) => displayValue(t.columns[i]!, cell)),
        bold: r.total,
      })),
      notes: [`${words.method}:`, ...t.method.map((m) => methodLine(m, language))],
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
      language,
    })
      .title(words.report, `${t.title} — ${t.subtitle}`)
      .table(
        t.columns.map((c) => ({
          header: language === 'en' ? c.headerEn : c.header,
          width: c.width / 10,
          align: c.kind === 'text' ? 'left' : 'right',
        })),
        t.rows.map((r) => r.cells.map((cell, i) => printable(printCell(t.columns[i]!, cell, language)))),
        { size: 7 },
      )
      .paragraph(words.method, { bold: true });
    for (const m of t.method) d.paragraph(printable(methodLine(m, language)), { size: 9 });
    d.paragraph(words.footer(formatDay(today)), {
      italic: true,
      size: 9,
    });
  });
  return { filename, contentType: CONTENT_TYPES.pdf, body };
}

export async function exportReport(
  ctx: Ctx,
  input: ReportQuery & { report: ReportKind; format: ExportFormat; publicView?: boolean },
  language: Language = 'vi',
): Promise<Result<ExportFile, DomainError>> {
  const words = WORDS[language];
  if (input.report === 'service') {
    const r = input.publicView ? await publicServiceReport(ctx, input) : await serviceReport(ctx, input);
    if (!r.ok) return r;
    const report = r.value;
    return ok(
      await render(
        ctx,
        {
          title: words.serviceTitle,
          subtitle: `${words.servicePeriod}: ${periodText(report.period, language)}`,
          unitName: scopeName(report, language),
          columns: SERVICE_COLUMNS,
          rows: serviceRows(report, language),
          method: report.method,
          stem: `service-${[report.unit, report.scopeLevel?.key].filter(Boolean).join('-')}-${report.period.from}-${report.period.to}`,
        },
        input.format,
        language,
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
        title: words.cardTitle,
        subtitle: words.cardSubtitle(
          periodText(card.period, language),
          formatDecimal(card.total, language),
          card.max,
          card.share === null ? null : formatDecimal(card.share, language),
        ),
        unitName: scopeName(card, language),
        columns: SCORECARD_COLUMNS,
        rows: scorecardRows(card, language),
        method: card.method,
        stem: `index766-${[card.unit, card.scopeLevel?.key].filter(Boolean).join('-')}-${card.period.from}-${card.period.to}`,
      },
      input.format,
      language,
    ),
  );
}
