/**
 * Chỉ tiêu đo từ hồ sơ — targets bound to an indicator tinhso computes (issue 24 §2). A bound target's value
 * for a period is computed when read from the records, never typed and never stored: it follows the records as
 * they change. The period runs from its first day to its last, or to today while it is running (a value to
 * date). The figures come from the modules that own the records (reports, investment, feedback, oversight),
 * through their public APIs; oversight links to targets, so the composition root hands that measurer in
 * (`provideMeasurer`, src/app/measured-indicators.ts) rather than this module importing them (no import cycle).
 */
import type { Actor, Ctx } from '../../platform/context.js';
import type { UnitLevel } from '../units/index.js';
import { vietnamToday } from '../units/index.js';
import { type Period, periodDates } from './periods.js';
import type { MeasuredIndicator } from './schema.js';

export interface Binding {
  measuredBy: MeasuredIndicator;
  measuredUnitCode: string;
  measuredLevel: UnitLevel | null;
}

export interface Words {
  vi: string;
  en: string;
}

/** What a bound value counts, in the reader's words, and where its definition comes from. */
export const MEASURED_METHOD: Record<MeasuredIndicator, Words & { source: Words }> = {
  on_time_portal: {
    vi: 'Hồ sơ giải quyết trước hạn và đúng hạn ÷ hồ sơ đã giải quyết được đo, theo cách tính của Cổng DVCQG (trừ thời gian chờ bổ sung; bổ sung quá 1 lần là quá hạn).',
    en: 'Dossiers resolved early or on time ÷ resolved dossiers measured, by the national portal’s rule (supplement waiting subtracted; more than one supplement request is late).',
    source: {
      vi: 'Văn phòng Chính phủ, “Mô tả công thức tính chỉ số 766”',
      en: 'Government Office, “Description of the formulas of the 766 index”',
    },
  },
  on_time_indicator: {
    vi: 'Hồ sơ giải quyết trước hạn và đúng hạn ÷ hồ sơ đã giải quyết được đo, theo thời hạn luật định (Chỉ số 1).',
    en: 'Dossiers resolved early or on time ÷ resolved dossiers measured, against the statutory limit (indicator 1).',
    source: { vi: 'Thông tư 01/2018/TT-VPCP, Điều 13', en: 'Circular 01/2018/TT-VPCP art. 13' },
  },
  online_share: {
    vi: 'Hồ sơ tiếp nhận trực tuyến ÷ hồ sơ tiếp nhận trong kỳ.',
    en: 'Dossiers received online ÷ dossiers received in the period.',
    source: { vi: 'Nghị định 61/2018/NĐ-CP, Điều 16', en: 'Decree 61/2018 art. 16' },
  },
  postal_return_share: {
    vi: 'Kết quả trả qua bưu chính công ích ÷ kết quả đã trả trong kỳ.',
    en: 'Results returned by public post ÷ results returned in the period.',
    source: { vi: 'Quyết định 45/2016/QĐ-TTg', en: 'Decision 45/2016/QĐ-TTg' },
  },
  satisfaction_ratings: {
    vi: 'Đánh giá không có tiêu chí 0 điểm ÷ số đánh giá trong kỳ.',
    en: 'Ratings with no indicator at 0 ÷ ratings in the period.',
    source: { vi: 'Thông tư 01/2018/TT-VPCP, Điều 12–15', en: 'Circular 01/2018/TT-VPCP arts. 12–15' },
  },
  e_result_share: {
    vi: 'Hồ sơ được phê duyệt có kết quả điện tử ÷ hồ sơ được phê duyệt trong kỳ.',
    en: 'Approved dossiers with an electronic result ÷ dossiers approved in the period.',
    source: { vi: 'Quyết định 766/QĐ-TTg, chỉ số 4.1', en: 'Decision 766 sub-indicator 4.1' },
  },
  disbursement_rate: {
    vi: 'Vốn đầu tư công đã giải ngân lũy kế đến hết kỳ ÷ kế hoạch vốn năm của tỉnh (cả năm).',
    en: 'Public investment paid out to the end of the period ÷ the province’s capital plan for the year.',
    source: {
      vi: 'Luật Đầu tư công 58/2024/QH15; số liệu Kho bạc Nhà nước',
      en: 'Law 58/2024/QH15 on public investment; State Treasury figures',
    },
  },
  feedback_on_time: {
    vi: 'Phản ánh, kiến nghị xử lý đúng hạn ÷ phản ánh, kiến nghị phải xử lý trong kỳ (chỉ số 5.2).',
    en: 'Feedback handled on time ÷ feedback due in the period (sub-indicator 5.2).',
    source: { vi: 'Quyết định 766/QĐ-TTg, chỉ số 5.2', en: 'Decision 766 sub-indicator 5.2' },
  },
  tasks_on_time: {
    vi: 'Nhiệm vụ do tỉnh giao có hạn trong kỳ đã báo cáo hoàn thành đúng hạn ÷ nhiệm vụ có hạn trong kỳ (kể cả chưa xong).',
    en: 'Tasks the province gave, due in the period, reported complete by their deadline ÷ tasks due in the period (also those not done).',
    source: {
      vi: 'Quy chế theo dõi thực hiện kết luận, chỉ đạo (phân hệ giám sát)',
      en: 'Follow-up of conclusions and directives (oversight module)',
    },
  },
};

export interface MeasuredValue {
  /** The value as a decimal text (a percentage to 2 decimals), or null with the reason. */
  value: string | null;
  numerator: number | null;
  denominator: number | null;
  /** The days measured: the period's, up to today while it runs. */
  from: string;
  to: string;
  /** A path in the app listing the records behind the figure; "" when the reader may not open it. */
  drillPath: string;
  reason: Words | null;
}

/** What the composition root provides: the figure of a binding over some days, read as the system. */
export type Measurer = (
  ctx: Ctx,
  request: Binding & {
    provinceCode: string;
    year: number;
    period: Period;
    from: string;
    to: string;
    /** Who reads the target: the drill-down link is offered only if they may open what it points to. */
    reader: Actor;
  },
) => Promise<MeasuredValue>;

let measurer: Measurer | null = null;

/** Called once by the composition root with the measurer reading the owning modules. */
export function provideMeasurer(m: Measurer): void {
  measurer = m;
}

export const NOT_STARTED: Words = { vi: 'Kỳ chưa bắt đầu.', en: 'The period has not started.' };
const UNWIRED: Words = { vi: 'Không lấy được số liệu.', en: 'The figure could not be read.' };

/**
 * The value of a bound target for a year's period, computed as the system (aggregate figures only, read for
 * whoever may read the target: the same figures the transparency page and the leaders' reports publish).
 */
export async function measureValue(
  ctx: Ctx,
  binding: Binding,
  provinceCode: string,
  year: number,
  period: Period,
): Promise<MeasuredValue> {
  const dates = periodDates(year, period);
  const today = vietnamToday(ctx.now);
  const from = dates.start;
  const to = dates.end < today ? dates.end : today;
  const system: Ctx = { ...ctx, actor: { kind: 'system', name: 'targets:measured' } };
  const empty = { value: null, numerator: null, denominator: null, from, to, drillPath: '' };
  if (from > today) return { ...empty, reason: NOT_STARTED };
  if (!measurer) return { ...empty, reason: UNWIRED };
  return measurer(system, { ...binding, provinceCode, year, period, from, to, reader: ctx.actor });
}
