/**
 * The tables every export of a report prints (Excel, PDF, CSV), built once from the same report object the
 * API returns, so an exported number is the page's number (issue 7 §4). Rates are percentages (fraction × 100)
 * in Excel and PDF, fractions 0–1 in the open-data CSV.
 */
import { formatCount, formatDecimal, formatPercent } from '../../platform/formats.js';
import type { UnitLevel } from '../units/index.js';
import type { Figures } from './figures.js';
import type { Scorecard766 } from './index766.js';
import type { ServiceReport } from './service-report.js';

export interface ExportColumn {
  /** Vietnamese header (Excel, PDF). */
  header: string;
  /** Machine key (CSV header). */
  key: string;
  kind: 'text' | 'count' | 'rate' | 'days';
  width: number;
}

export type ExportCell = string | number | null;

export const SERVICE_COLUMNS: ExportColumn[] = [
  { header: 'TT', key: 'no', kind: 'text', width: 5 },
  // Distinct for every row (issue 24 §5d): the total and the province-level agencies share the unit code.
  { header: 'Khóa dòng', key: 'row_key', kind: 'text', width: 14 },
  { header: 'Mã đơn vị', key: 'unit_code', kind: 'text', width: 9 },
  { header: 'Đơn vị', key: 'unit_name', kind: 'text', width: 28 },
  { header: 'Tiếp nhận', key: 'received', kind: 'count', width: 11 },
  { header: 'Trực tuyến', key: 'received_online', kind: 'count', width: 11 },
  { header: 'Trực tiếp', key: 'received_in_person', kind: 'count', width: 11 },
  { header: 'Bưu chính', key: 'received_post', kind: 'count', width: 11 },
  { header: 'Đã giải quyết', key: 'resolved', kind: 'count', width: 11 },
  { header: 'Trước hạn', key: 'early', kind: 'count', width: 10 },
  { header: 'Đúng hạn', key: 'on_time', kind: 'count', width: 10 },
  { header: 'Quá hạn', key: 'late', kind: 'count', width: 10 },
  { header: 'Đang giải quyết cuối kỳ', key: 'in_progress', kind: 'count', width: 12 },
  { header: 'Tỷ lệ trước hạn, đúng hạn (%) (Cổng DVCQG)', key: 'on_time_rate', kind: 'rate', width: 13 },
  { header: 'Tỷ lệ đúng hạn (%) (TT 01/2018)', key: 'on_time_rate_indicator', kind: 'rate', width: 13 },
  { header: 'Tỷ lệ trực tuyến (%)', key: 'online_rate', kind: 'rate', width: 11 },
  { header: 'Trả kết quả qua bưu chính (%)', key: 'postal_return_rate', kind: 'rate', width: 12 },
  { header: 'Kết quả điện tử (%)', key: 'e_result_rate', kind: 'rate', width: 11 },
  { header: 'Thanh toán trực tuyến (%)', key: 'paid_online_rate', kind: 'rate', width: 12 },
  // Not the 766 satisfaction (5.4): the share of ratings with no indicator at 0 (issue 24 §5c).
  {
    header: 'Đánh giá không có tiêu chí 0 điểm (%) (TT 01/2018)',
    key: 'ratings_without_zero_rate',
    kind: 'rate',
    width: 12,
  },
  { header: 'Thời gian giải quyết TB (ngày)', key: 'average_resolution_days', kind: 'days', width: 12 },
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

/** What a level is called in a report's title (issue 24 §1). */
export const LEVEL_NAMES: Record<UnitLevel, string> = {
  commune: 'Cấp xã (xã, phường, đặc khu)',
  special_zone: 'Các đặc khu',
  province_agencies: 'Các cơ quan cấp tỉnh',
};

/** The unit a report is about as its title names it: "Tỉnh Cao Bằng — Cấp xã (xã, phường, đặc khu)". */
export function scopeName(report: { unitName: string; scopeLevel: ServiceReport['scopeLevel'] }): string {
  return report.scopeLevel ? `${report.unitName} — ${LEVEL_NAMES[report.scopeLevel.key]}` : report.unitName;
}

/** Rows of the service table: the unit's total first (bold), then each sub-unit; rates as fractions. */
export function serviceRows(report: ServiceReport): Array<{ cells: ExportCell[]; total: boolean }> {
  return [
    {
      cells: ['', report.rowKey, report.unit, `Tổng cộng: ${scopeName(report)}`, ...figureCells(report)],
      total: true,
    },
    ...(report.level === 'province'
      ? report.units.map((u, i) => ({
          cells: [
            String(i + 1),
            u.rowKey,
            u.unitCode,
            u.level === 'province' ? `${LEVEL_NAMES.province_agencies}: ${u.unitName}` : u.unitName,
            ...figureCells(u),
          ],
          total: false,
        }))
      : []),
  ];
}

export const SCORECARD_COLUMNS: ExportColumn[] = [
  { header: 'Nhóm', key: 'group', kind: 'text', width: 22 },
  { header: 'Mã', key: 'code', kind: 'text', width: 6 },
  { header: 'Chỉ số', key: 'name', kind: 'text', width: 34 },
  { header: 'Công thức', key: 'formula', kind: 'text', width: 40 },
  { header: 'Ngưỡng đạt điểm tối đa (%)', key: 'threshold', kind: 'rate', width: 11 },
  { header: 'Tử số', key: 'numerator', kind: 'days', width: 11 },
  { header: 'Mẫu số', key: 'denominator', kind: 'days', width: 11 },
  { header: 'Tỷ lệ (%)', key: 'ratio', kind: 'rate', width: 10 },
  { header: 'Điểm tối đa', key: 'max_points', kind: 'days', width: 9 },
  { header: 'Điểm đạt', key: 'points', kind: 'days', width: 9 },
  { header: 'Ghi chú', key: 'note', kind: 'text', width: 30 },
];

export function scorecardRows(card: Scorecard766): Array<{ cells: ExportCell[]; total: boolean }> {
  return [
    ...card.groups.flatMap((g) => [
      {
        cells: [
          g.name,
          '',
          `Cộng nhóm (có số liệu: ${g.max} / ${g.fullMax} điểm)`,
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
          g.name,
          i.code,
          i.name,
          i.formula,
          i.threshold,
          i.numerator,
          i.denominator,
          // 2.2 is an average in days, not a share: printed in the note, never as a percent.
          i.display === 'days' ? null : i.ratio,
          i.maxPoints,
          i.points,
          noteOf(i),
        ] as ExportCell[],
        total: false,
      })),
    ]),
    {
      cells: [
        'Tổng',
        '',
        `Tổng điểm (trên ${card.max} điểm có số liệu; quy về thang 100: ${card.share === null ? '—' : formatDecimal(card.share)})`,
        '',
        null,
        null,
        null,
        card.share === null ? null : card.share / 100,
        card.max,
        card.total,
        card.rating?.name ?? '',
      ],
      total: true,
    },
  ];
}

function noteOf(i: Scorecard766['groups'][number]['items'][number]): string {
  if (!i.hasData) return `Không có số liệu: ${i.reason ?? ''}`.trim();
  if (i.display === 'days' && i.ratio !== null)
    return [`Bình quân ${formatDecimal(i.ratio)} ngày`, i.note].filter(Boolean).join('. ');
  return i.note ?? '';
}

/** A cell as Excel and PDF show it: a rate as percent. */
export function displayValue(column: ExportColumn, cell: ExportCell): ExportCell {
  if (column.kind === 'rate' && typeof cell === 'number') return cell * 100;
  return cell;
}

/** A cell as the PDF prints it in Vietnamese: "1.000", "75,1 %" for rates, one decimal for days and points. */
export function printCell(column: ExportColumn, cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (column.kind === 'count') return formatCount(cell);
  if (column.kind === 'rate') return formatPercent(cell);
  return formatDecimal(cell);
}
