/**
 * The tables every export of a report prints (Excel, PDF, CSV), built once from the same report object the
 * API returns, so an exported number is the page's number (issue 7 §4). Rates are percentages (fraction × 100)
 * in Excel and PDF, fractions 0–1 in the open-data CSV.
 */
import { formatCount, formatDecimal, formatPercent } from '../../platform/formats.js';
import type { Language } from '../../platform/http/messages.js';
import type { UnitLevel } from '../units/index.js';
import type { Figures } from './figures.js';
import type { Scorecard766 } from './index766.js';
import type { ServiceReport } from './service-report.js';

export interface ExportColumn {
  /** Vietnamese header (Excel, PDF). */
  header: string;
  /** English header (Excel, PDF read under the English UI). */
  headerEn: string;
  /** Machine key (CSV header). */
  key: string;
  kind: 'text' | 'count' | 'rate' | 'days';
  width: number;
}

export type ExportCell = string | number | null;

export const SERVICE_COLUMNS: ExportColumn[] = [
  { header: 'TT', headerEn: 'No.', key: 'no', kind: 'text', width: 5 },
  // Distinct for every row (issue 24 §5d): the total and the province-level agencies share the unit code.
  { header: 'Khóa dòng', headerEn: 'Row key', key: 'row_key', kind: 'text', width: 14 },
  { header: 'Mã đơn vị', headerEn: 'Unit code', key: 'unit_code', kind: 'text', width: 9 },
  { header: 'Đơn vị', headerEn: 'Unit', key: 'unit_name', kind: 'text', width: 28 },
  { header: 'Tiếp nhận', headerEn: 'Received', key: 'received', kind: 'count', width: 11 },
  { header: 'Trực tuyến', headerEn: 'Online', key: 'received_online', kind: 'count', width: 11 },
  { header: 'Trực tiếp', headerEn: 'In person', key: 'received_in_person', kind: 'count', width: 11 },
  { header: 'Bưu chính', headerEn: 'By post', key: 'received_post', kind: 'count', width: 11 },
  { header: 'Đã giải quyết', headerEn: 'Resolved', key: 'resolved', kind: 'count', width: 11 },
  { header: 'Trước hạn', headerEn: 'Early', key: 'early', kind: 'count', width: 10 },
  { header: 'Đúng hạn', headerEn: 'On time', key: 'on_time', kind: 'count', width: 10 },
  { header: 'Quá hạn', headerEn: 'Late', key: 'late', kind: 'count', width: 10 },
  {
    header: 'Đang giải quyết cuối kỳ',
    headerEn: 'In progress at period end',
    key: 'in_progress',
    kind: 'count',
    width: 12,
  },
  {
    header: 'Tỷ lệ trước hạn, đúng hạn (%) (Cổng DVCQG)',
    headerEn: 'Early or on time (%) (national portal)',
    key: 'on_time_rate',
    kind: 'rate',
    width: 13,
  },
  {
    header: 'Tỷ lệ đúng hạn (%) (TT 01/2018)',
    headerEn: 'On time (%) (Circular 01/2018)',
    key: 'on_time_rate_indicator',
    kind: 'rate',
    width: 13,
  },
  { header: 'Tỷ lệ trực tuyến (%)', headerEn: 'Online (%)', key: 'online_rate', kind: 'rate', width: 11 },
  {
    header: 'Trả kết quả qua bưu chính (%)',
    headerEn: 'Results returned by post (%)',
    key: 'postal_return_rate',
    kind: 'rate',
    width: 12,
  },
  {
    header: 'Kết quả điện tử (%)',
    headerEn: 'Electronic results (%)',
    key: 'e_result_rate',
    kind: 'rate',
    width: 11,
  },
  {
    header: 'Thanh toán trực tuyến (%)',
    headerEn: 'Paid online (%)',
    key: 'paid_online_rate',
    kind: 'rate',
    width: 12,
  },
  // Not the 766 satisfaction (5.4): the share of ratings with no indicator at 0 (issue 24 §5c).
  {
    header: 'Đánh giá không có tiêu chí 0 điểm (%) (TT 01/2018)',
    headerEn: 'Ratings with no criterion at 0 (%) (Circular 01/2018)',
    key: 'ratings_without_zero_rate',
    kind: 'rate',
    width: 12,
  },
  {
    header: 'Thời gian giải quyết TB (ngày)',
    headerEn: 'Average resolution time (days)',
    key: 'average_resolution_days',
    kind: 'days',
    width: 12,
  },
];

function figureCells(f: Figures): ExportCell[] {
  return [
    f.received,
    f.receivedOnline,
    f.receivedInPerson,
    f.receivedPost,
    f.resolved,
    f.early,
    f.onTime,
    f.late,
    f.inProgress,
    f.onTimeRate,
    f.onTimeRateIndicator,
    f.onlineRate,
    f.postalReturnRate,
    f.eResultRate,
    f.paidOnlineRate,
    f.satisfactionRate,
    f.averageResolutionDays,
  ];
}

/** What a level is called in a report's title (issue 24 §1), in Vietnamese and English. */
export const LEVEL_NAMES: Record<UnitLevel, { vi: string; en: string }> = {
  commune: { vi: 'Cấp xã (xã, phường, đặc khu)', en: 'Communes (communes, wards, special zones)' },
  special_zone: { vi: 'Các đặc khu', en: 'Special zones' },
  province_agencies: { vi: 'Các cơ quan cấp tỉnh', en: 'Province-level agencies' },
};

/** The unit a report is about as its title names it: "Tỉnh Cao Bằng — Cấp xã (xã, phường, đặc khu)". */
export function scopeName(
  report: { unitName: string; scopeLevel: ServiceReport['scopeLevel'] },
  language: Language = 'vi',
): string {
  return report.scopeLevel
    ? `${report.unitName} — ${LEVEL_NAMES[report.scopeLevel.key][language]}`
    : report.unitName;
}

/** Rows of the service table: the unit's total first (bold), then each sub-unit; rates as fractions. */
export function serviceRows(
  report: ServiceReport,
  language: Language = 'vi',
): Array<{ cells: ExportCell[]; total: boolean }> {
  const totalLabel = language === 'en' ? 'Total' : 'Tổng cộng';
  return [
    {
      cells: [
        '',
        report.rowKey,
        report.unit,
        `${totalLabel}: ${scopeName(report, language)}`,
        ...figureCells(report),
      ],
      total: true,
    },
    ...(report.level === 'province'
      ? report.units.map((u, i) => ({
          cells: [
            String(i + 1),
            u.rowKey,
            u.unitCode,
            u.level === 'province' ? `${LEVEL_NAMES.province_agencies[language]}: ${u.unitName}` : u.unitName,
            ...figureCells(u),
          ],
          total: false,
        }))
      : []),
  ];
}

export const SCORECARD_COLUMNS: ExportColumn[] = [
  { header: 'Nhóm', headerEn: 'Group', key: 'group', kind: 'text', width: 22 },
  { header: 'Mã', headerEn: 'Code', key: 'code', kind: 'text', width: 6 },
  { header: 'Chỉ số', headerEn: 'Indicator', key: 'name', kind: 'text', width: 34 },
  { header: 'Công thức', headerEn: 'Formula', key: 'formula', kind: 'text', width: 40 },
  {
    header: 'Ngưỡng đạt điểm tối đa (%)',
    headerEn: 'Full marks from (%)',
    key: 'threshold',
    kind: 'rate',
    width: 11,
  },
  { header: 'Tử số', headerEn: 'Numerator', key: 'numerator', kind: 'days', width: 11 },
  { header: 'Mẫu số', headerEn: 'Denominator', key: 'denominator', kind: 'days', width: 11 },
  { header: 'Tỷ lệ (%)', headerEn: 'Ratio (%)', key: 'ratio', kind: 'rate', width: 10 },
  { header: 'Điểm tối đa', headerEn: 'Max points', key: 'max_points', kind: 'days', width: 9 },
  { header: 'Điểm đạt', headerEn: 'Points', key: 'points', kind: 'days', width: 9 },
  { header: 'Ghi chú', headerEn: 'Note', key: 'note', kind: 'text', width: 30 },
];

/** The scorecard's own words in the export, in Vietnamese and English (issue 15 §6). */
const CARD_WORDS = {
  vi: {
    groupTotal: (max: number, full: number) => `Cộng nhóm (có số liệu: ${max} / ${full} điểm)`,
    total: 'Tổng',
    grandTotal: (max: number, share: string) =>
      `Tổng điểm (trên ${max} điểm có số liệu; quy về thang 100: ${share})`,
    noData: 'Không có số liệu',
    average: (days: string) => `Bình quân ${days} ngày`,
  },
  en: {
    groupTotal: (max: number, full: number) => `Group total (with data: ${max} / ${full} points)`,
    total: 'Total',
    grandTotal: (max: number, share: string) =>
      `Total points (of ${max} points with data; on a scale of 100: ${share})`,
    noData: 'No data',
    average: (days: string) => `Average ${days} days`,
  },
} as const;

export function scorecardRows(
  card: Scorecard766,
  language: Language = 'vi',
): Array<{ cells: ExportCell[]; total: boolean }> {
  const en = language === 'en';
  const words = CARD_WORDS[language];
  return [
    ...card.groups.flatMap((g) => [
      {
        cells: [
          en ? g.nameEn : g.name,
          '',
          words.groupTotal(g.max, g.fullMax),
          '',
          null,
          null,
          null,
          null,
          g.max,
          g.points,
          '',
        ],
        total: true,
      },
      ...g.items.map((i) => ({
        cells: [
          en ? g.nameEn : g.name,
          i.code,
          en ? i.nameEn : i.name,
          en ? i.formulaEn : i.formula,
          i.threshold,
          i.numerator,
          i.denominator,
          // 2.2 is an average in days, not a share: printed in the note, never as a percent.
          i.display === 'days' ? null : i.ratio,
          i.maxPoints,
          i.points,
          noteOf(i, language),
        ] as ExportCell[],
        total: false,
      })),
    ]),
    {
      cells: [
        words.total,
        '',
        words.grandTotal(card.max, card.share === null ? '—' : formatDecimal(card.share, language)),
        '',
        null,
        null,
        null,
        card.share === null ? null : card.share / 100,
        card.max,
        card.total,
        (en ? card.rating?.nameEn : card.rating?.name) ?? '',
      ],
      total: true,
    },
  ];
}

function noteOf(i: Scorecard766['groups'][number]['items'][number], language: Language): string {
  const en = language === 'en';
  const words = CARD_WORDS[language];
  const note = en ? i.noteEn : i.note;
  if (!i.hasData) return `${words.noData}: ${(en ? i.reasonEn : i.reason) ?? ''}`.trim();
  if (i.display === 'days' && i.ratio !== null)
    return [words.average(formatDecimal(i.ratio, language)), note].filter(Boolean).join('. ');
  return note ?? '';
}

/** A cell as Excel and PDF show it: a rate as percent. */
export function displayValue(column: ExportColumn, cell: ExportCell): ExportCell {
  if (column.kind === 'rate' && typeof cell === 'number') return cell * 100;
  return cell;
}

/**
 * A cell as the PDF prints it: "1.000", "75,1 %" for rates, one decimal for days and points in Vietnamese;
 * "1,000", "75.1%" in English.
 */
export function printCell(column: ExportColumn, cell: ExportCell, language: Language = 'vi'): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (column.kind === 'count') return formatCount(cell, language);
  if (column.kind === 'rate') return formatPercent(cell, language);
  return formatDecimal(cell, language);
}
