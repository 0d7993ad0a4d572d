/**
 * A resolution's targets at a period as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * the Vietnamese correctly). The Excel and PDF report (export-report.ts) share its wording.
 */

import { CSV_BOM, csvLine } from '../../platform/csv.js';
import type { AchievementState, Verdict } from './achievement.js';
import { periodLabel } from './periods.js';
import type { ResolutionDetail, TargetAtPeriod } from './read-resolutions.js';
import type { TargetView } from './views.js';

/** The plan as people write it: "11–12", "≥ 4000", "< 4", "≈ 22900", "tăng". */
export function planText(
  t: Pick<TargetView, 'kind' | 'planLow' | 'planHigh' | 'strict' | 'preferred' | 'tolerance'>,
): string {
  switch (t.kind) {
    case 'range':
      return `${t.planLow}–${t.planHigh}`;
    case 'at_least':
      return `${t.strict ? '>' : '≥'} ${t.planLow}`;
    case 'at_most':
      return `${t.strict ? '<' : '≤'} ${t.planHigh}`;
    case 'exact':
      return t.tolerance && t.tolerance !== '0' ? `${t.planLow} ± ${t.tolerance}` : `${t.planLow}`;
    case 'direction':
      return t.preferred === 'lower' ? 'giảm' : 'tăng';
  }
}

const STATE_VI: Record<AchievementState, string> = {
  met: 'Đạt',
  exceeded: 'Vượt',
  not_met: 'Không đạt',
  no_baseline: 'Chưa đủ căn cứ đánh giá',
  not_yet_due: 'Chưa đến kỳ đánh giá',
  no_value: 'Chưa có số liệu',
};
const READING_VI: Record<Verdict, string> = {
  met: 'đạt mức kế hoạch năm',
  exceeded: 'vượt mức kế hoạch năm',
  not_met: 'chưa đạt mức kế hoạch năm',
  no_baseline: 'chưa đủ căn cứ',
};
export const STATUS_VI = {
  reported: 'Đã báo cáo',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
  locked: 'Đã khóa',
};

/** What the value column says is the value: the records' figure for a measured target, else the typed one. */
export function shownValue(t: TargetAtPeriod): string | null {
  return t.measuredBy ? (t.measured?.value ?? null) : (t.current?.value ?? null);
}

export const MEASURED_VI = 'Tính từ hồ sơ';

export function valueStatus(t: TargetAtPeriod): string {
  if (t.measuredBy) return MEASURED_VI;
  return t.current ? STATUS_VI[t.current.status] : '';
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The source of a value: the typed source, or how the records' figure is computed, over which days, from what. */
export function valueSource(t: TargetAtPeriod): string {
  if (!t.measuredBy || !t.method) return t.current?.source ?? '';
  const m = t.measured;
  const counts =
    m && m.numerator !== null && m.denominator !== null ? `${m.numerator}/${m.denominator}, ` : '';
  const days = m ? `${counts}${dmy(m.from)}–${dmy(m.to)}` : '';
  const why = m?.reason ? ` ${m.reason.vi}` : '';
  return `${MEASURED_VI} (${t.measuredUnitName ?? t.measuredUnitCode}${days ? `; ${days}` : ''}): ${t.method.vi} Căn cứ: ${t.method.source}.${why}`;
}

/** "Đạt và vượt 19/22 chỉ tiêu; không đạt 3; …" — the resolution's count as the year-end report words it. */
export function summaryLine(detail: ResolutionDetail): string {
  const s = detail.summary;
  return `Đạt và vượt ${s.achieved}/${s.main} chỉ tiêu; không đạt ${s.states.not_met}; chưa đến kỳ đánh giá ${s.states.not_yet_due}; chưa có số liệu ${s.states.no_value}`;
}

/** "Đạt", "Vượt", or for an interim period the state and its reading against the year's plan. */
export function verdictText(a: TargetAtPeriod['achievement']): string {
  const verdict = a.state ? STATE_VI[a.state] : '';
  const reading = a.role === 'interim' && a.reading ? ` (${READING_VI[a.reading]})` : '';
  return `${verdict}${reading}`;
}

export function resolutionCsv(detail: ResolutionDetail): string {
  const r = detail.resolution;
  let out = CSV_BOM;
  out += csvLine([`${r.title} (${r.number}, ${r.issuerName})`]);
  out += csvLine([`Tỉnh/thành phố hiện nay: ${r.provinceName} (mã ${r.provinceCode})`]);
  out += csvLine([`Kỳ: ${periodLabel(detail.period)} năm ${detail.year}`]);
  out += csvLine([summaryLine(detail)]);
  out += csvLine([
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Kế hoạch',
    'Phạm vi',
    'Cơ quan báo cáo',
    'Giá trị',
    'Trạng thái số liệu',
    'Nguồn',
    'Cùng kỳ năm trước',
    '% kế hoạch',
    'Đánh giá',
  ]);
  for (const t of detail.targets) {
    out += csvLine([
      t.label,
      t.indicator,
      t.unitOfMeasure,
      planText(t),
      t.scopeLabel ?? t.units.map((u) => u.name).join('; '),
      t.responsibleAgencyName,
      shownValue(t) ?? '',
      valueStatus(t),
      valueSource(t),
      t.previous ?? '',
      t.achievement.percentOfPlan ?? '',
      verdictText(t.achievement),
    ]);
  }
  return out;
}
