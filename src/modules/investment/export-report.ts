/**
 * Báo cáo tình hình giải ngân vốn đầu tư công tháng — the monthly report as a provincial office sends it upward,
 * in Excel (amounts in whole đồng, rates in percent, so a ministry's sheet can sum them) and in PDF (an
 * administrative report per Decree 30/2020/NĐ-CP Annex I, A4 landscape, amounts in millions of đồng as such
 * reports print them). Both are drawn from the same `MonthlyReport` as the JSON and CSV: no figure is recomputed.
 */
import { renderPdf } from '../../platform/pdf/index.js';
import { renderXlsx, type SheetColumn } from '../../platform/xlsx.js';
import { groupDigits, millions } from './money.js';
import type { MonthlyReport, ReportLine } from './monthly-report.js';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const title = (r: MonthlyReport) => `Báo cáo tình hình giải ngân vốn đầu tư công tháng ${r.month}/${r.year}`;
/** "58,3" — a rate as Vietnamese reports print it (comma decimal), or a dash without a plan. */
export const vnRate = (value: number | null) => (value === null ? '–' : String(value).replace('.', ','));
/** "1.234,5" — millions of đồng with one decimal, grouped the Vietnamese way. */
export const vnMillions = (value: string) => {
  const [whole = '0', fraction = '0'] = millions(BigInt(value)).split('.');
  return `${groupDigits(BigInt(whole))},${fraction}`;
};

/** The lines in report order: the province's total, then each owner's subtotal followed by its projects. */
function reportLines(
  report: MonthlyReport,
): Array<{ line: ReportLine; kind: 'total' | 'owner' | 'project' }> {
  const out: Array<{ line: ReportLine; kind: 'total' | 'owner' | 'project' }> = [
    { line: report.total, kind: 'total' },
  ];
  for (const owner of report.owners) {
    out.push({ line: { ...owner.subtotal, name: `Chủ đầu tư: ${owner.ownerName}` }, kind: 'owner' });
    for (const project of owner.projects) out.push({ line: project, kind: 'project' });
  }
  return out;
}

const HEADERS = [
  'Mã dự án',
  'Tên dự án / chủ đầu tư',
  'Kế hoạch vốn năm: NSTW',
  'Kế hoạch vốn năm: NSĐP',
  'Kế hoạch vốn năm: CTMTQG',
  'Tổng kế hoạch vốn năm',
  'Giải ngân trong tháng',
  'Lũy kế giải ngân',
  'Tỷ lệ giải ngân (%)',
  'Cùng kỳ năm trước (%)',
] as const;

export async function monthlyReportXlsx(report: MonthlyReport, createdAt?: Date): Promise<Buffer> {
  const money = { width: 18, format: 'integer' } as const;
  const columns: SheetColumn[] = [
    { header: HEADERS[0], width: 14 },
    { header: HEADERS[1], width: 48 },
    { header: HEADERS[2], ...money },
    { header: HEADERS[3], ...money },
    { header: HEADERS[4], ...money },
    { header: HEADERS[5], ...money },
    { header: HEADERS[6], ...money },
    { header: HEADERS[7], ...money },
    { header: HEADERS[8], width: 12, format: 'decimal' },
    { header: HEADERS[9], width: 12, format: 'decimal' },
  ];
  return renderXlsx({
    title: title(report).toLocaleUpperCase('vi'),
    sheetName: `Giai ngan ${report.month}-${report.year}`,
    lines: [
      `${report.provinceName} — số liệu đến ngày ${vnDate(report.asOf)}`,
      'Đơn vị tính: đồng; tỷ lệ: %',
    ],
    columns,
    rows: reportLines(report).map(({ line, kind }) => ({
      bold: kind !== 'project',
      cells: [
        line.code,
        kind === 'project' ? `    ${line.name}` : line.name,
        BigInt(line.planBySource.central_budget),
        BigInt(line.planBySource.local_budget),
        BigInt(line.planBySource.national_target_programme),
        BigInt(line.plan),
        BigInt(line.paidInMonth),
        BigInt(line.paidToDate),
        line.rate,
        line.rateLastYear,
      ],
    })),
    notes: [
      'NSTW: ngân sách trung ương; NSĐP: ngân sách địa phương; CTMTQG: chương trình mục tiêu quốc gia.',
    ],
    landscape: true,
    createdAt,
  });
}

export async function monthlyReportPdf(
  report: MonthlyReport,
  issuedOn: string,
  createdAt?: Date,
): Promise<Buffer> {
  const t = report.total;
  const place = report.provinceName.replace(/^(Tỉnh|Thành phố) /, '');
  return renderPdf({ size: 'A4', landscape: true, title: title(report), createdAt }, (d) => {
    d.header({
      parentAgency: `UBND ${report.provinceName}`.toLocaleUpperCase('vi'),
      agency: 'Sở Tài chính',
      place,
      date: issuedOn,
    })
      .title('Báo cáo', `Tình hình giải ngân vốn đầu tư công tháng ${report.month}/${report.year}`)
      .paragraph(
        `Đến ngày ${vnDate(report.asOf)}, toàn tỉnh giải ngân ${vnMillions(t.paidToDate)} triệu đồng trên tổng ` +
          `kế hoạch vốn năm ${vnMillions(t.plan)} triệu đồng, đạt ${vnRate(t.rate)}% (cùng kỳ năm trước ` +
          `${vnRate(t.rateLastYear)}%); riêng trong tháng giải ngân ${vnMillions(t.paidInMonth)} triệu đồng.`,
        { indent: 20 },
      )
      .paragraph('Chi tiết theo chủ đầu tư và dự án (đơn vị: triệu đồng):', { italic: true })
      .table(
        [
          { header: 'Mã dự án', width: 1.3 },
          { header: 'Tên dự án / chủ đầu tư', width: 4.2 },
          { header: 'KH NSTW', width: 1.3, align: 'right' },
          { header: 'KH NSĐP', width: 1.3, align: 'right' },
          { header: 'KH CTMTQG', width: 1.3, align: 'right' },
          { header: 'Tổng KH năm', width: 1.4, align: 'right' },
          { header: 'Trong tháng', width: 1.3, align: 'right' },
          { header: 'Lũy kế', width: 1.4, align: 'right' },
          { header: 'Tỷ lệ (%)', width: 0.9, align: 'right' },
          { header: 'Cùng kỳ (%)', width: 0.9, align: 'right' },
        ],
        reportLines(report).map(({ line }) => [
          line.code,
          line.name,
          vnMillions(line.planBySource.central_budget),
          vnMillions(line.planBySource.local_budget),
          vnMillions(line.planBySource.national_target_programme),
          vnMillions(line.plan),
          vnMillions(line.paidInMonth),
          vnMillions(line.paidToDate),
          vnRate(line.rate),
          vnRate(line.rateLastYear),
        ]),
        { size: 8 },
      )
      .paragraph(
        'NSTW: ngân sách trung ương; NSĐP: ngân sách địa phương; CTMTQG: chương trình mục tiêu quốc gia. ' +
          'Tỷ lệ giải ngân tính trên kế hoạch vốn năm được giao, tại thời điểm lập báo cáo.',
        { italic: true, size: 10 },
      )
      .signatures([{ title: 'Người lập báo cáo', note: '(Ký và ghi rõ họ tên)' }]);
  });
}
