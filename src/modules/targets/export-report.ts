/**
 * Báo cáo kết quả thực hiện các chỉ tiêu chủ yếu — a resolution's targets at a period as the year-end report
 * lays them out ("19/22 chỉ tiêu đạt và vượt"), in Excel (values as numbers) and in PDF (Decree 30/2020/NĐ-CP
 * Annex I, A4 landscape). Both are drawn from the same `ResolutionDetail` as the JSON and the CSV, with the CSV's
 * wording (export-csv.ts): nothing is recomputed here.
 */
import { renderPdf } from '../../platform/pdf/index.js';
import { renderXlsx, type SheetColumn } from '../../platform/xlsx.js';
import { planText, shownValue, summaryLine, valueSource, valueStatus, verdictText } from './export-csv.js';
import { periodLabel } from './periods.js';
import type { ResolutionDetail, TargetAtPeriod } from './read-resolutions.js';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** "7,33" — a decimal as Vietnamese reports print it. */
export const vnNumber = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : String(value).replaceAll('.', ',');

const title = (d: ResolutionDetail) =>
  `Báo cáo kết quả thực hiện các chỉ tiêu chủ yếu ${periodLabel(d.period)} năm ${d.year}`;
const scope = (t: TargetAtPeriod) => t.scopeLabel ?? t.units.map((u) => u.name).join('; ');
/** Main targets each followed by its sub-targets, as the table on screen. */
function ordered(detail: ResolutionDetail): TargetAtPeriod[] {
  const out: TargetAtPeriod[] = [];
  for (const main of detail.targets.filter((t) => t.parentId === null)) {
    out.push(main);
    out.push(...detail.targets.filter((t) => t.parentId === main.id));
  }
  return out;
}

/** One line per target measured from the records: how its value is computed (the screen's method). */
function measuredNotes(detail: ResolutionDetail): string[] {
  return ordered(detail)
    .filter((t) => t.measuredBy)
    .map((t) => `Chỉ tiêu ${t.label}: ${valueSource(t)}`);
}

export async function resolutionXlsx(detail: ResolutionDetail, createdAt?: Date): Promise<Buffer> {
  const r = detail.resolution;
  const columns: SheetColumn[] = [
    { header: 'STT', width: 6 },
    { header: 'Chỉ tiêu', width: 44 },
    { header: 'Đơn vị tính', width: 12 },
    { header: 'Kế hoạch', width: 12 },
    { header: 'Thực hiện', width: 12, format: 'decimal' },
    { header: 'Cùng kỳ năm trước', width: 12, format: 'decimal' },
    { header: '% kế hoạch', width: 11, format: 'decimal' },
    { header: 'Đánh giá', width: 22 },
    { header: 'Trạng thái số liệu', width: 14 },
    { header: 'Phạm vi', width: 24 },
    { header: 'Cơ quan báo cáo', width: 30 },
  ];
  return renderXlsx({
    title: title(detail).toLocaleUpperCase('vi'),
    sheetName: `Chi tieu ${detail.period} ${detail.year}`,
    lines: [
      `${r.title} (${r.number}, ${r.issuerName})`,
      `Tỉnh/thành phố hiện nay: ${r.provinceName} (mã ${r.provinceCode})`,
      summaryLine(detail),
    ],
    columns,
    rows: ordered(detail).map((t) => ({
      bold: t.parentId === null && t.achievement.state === 'not_met',
      cells: [
        t.label,
        t.indicator,
        t.unitOfMeasure,
        planText(t),
        shownValue(t) === null ? null : Number(shownValue(t)),
        t.previous === null ? null : Number(t.previous),
        t.achievement.percentOfPlan,
        verdictText(t.achievement),
        valueStatus(t),
        scope(t),
        t.responsibleAgencyName,
      ],
    })),
    notes: [...(r.note ? [r.note] : []), ...measuredNotes(detail)],
    landscape: true,
    createdAt,
  });
}

export async function resolutionPdf(
  detail: ResolutionDetail,
  issuedOn: string,
  createdAt?: Date,
): Promise<Buffer> {
  const r = detail.resolution;
  const s = detail.summary;
  const place = r.provinceName.replace(/^(Tỉnh|Thành phố) /, '');
  const notMet = detail.targets.filter((t) => t.parentId === null && t.achievement.state === 'not_met');
  return renderPdf({ size: 'A4', landscape: true, title: title(detail), createdAt }, (d) => {
    d.header({ agency: r.issuerName, place, date: issuedOn })
      .title(
        'Báo cáo',
        `Kết quả thực hiện các chỉ tiêu chủ yếu ${periodLabel(detail.period)} năm ${detail.year}`,
      )
      .paragraph(
        `Thực hiện ${r.title.charAt(0).toLocaleLowerCase('vi')}${r.title.slice(1)} (${r.number}, ngày ` +
          `${vnDate(r.issuedOn)}): ${s.achieved}/${s.main} chỉ tiêu chủ yếu đạt và vượt kế hoạch; ` +
          `${s.states.not_met} chỉ tiêu không đạt` +
          (notMet.length ? ` (${notMet.map((t) => `${t.label}. ${t.indicator}`).join('; ')})` : '') +
          '.',
        { indent: 20 },
      )
      .paragraph(summaryLine(detail), { italic: true, size: 10 })
      .table(
        [
          { header: 'STT', width: 0.6, align: 'center' },
          { header: 'Chỉ tiêu', width: 4.4 },
          { header: 'ĐVT', width: 1 },
          { header: 'Kế hoạch', width: 1.1, align: 'right' },
          { header: 'Thực hiện', width: 1.1, align: 'right' },
          { header: 'Cùng kỳ', width: 1, align: 'right' },
          { header: '% KH', width: 0.9, align: 'right' },
          { header: 'Đánh giá', width: 1.8 },
          { header: 'Cơ quan báo cáo', width: 2.6 },
        ],
        ordered(detail).map((t) => [
          t.label,
          t.parentId === null ? t.indicator : `${t.indicator} (${scope(t)})`,
          t.unitOfMeasure,
          vnNumber(planText(t)),
          vnNumber(shownValue(t)),
          vnNumber(t.previous),
          vnNumber(t.achievement.percentOfPlan),
          verdictText(t.achievement),
          t.responsibleAgencyName,
        ]),
        { size: 8.5 },
      );
    if (r.note) d.paragraph(`Ghi chú: ${r.note}`, { italic: true, size: 10 });
    for (const line of measuredNotes(detail)) d.paragraph(line, { italic: true, size: 10 });
    d.signatures([{ title: 'Người lập báo cáo', note: '(Ký và ghi rõ họ tên)' }]);
  });
}
