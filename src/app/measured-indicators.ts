/**
 * The figures behind targets bound to an indicator (issue 24 §2), read from the modules that own the records
 * through their public APIs: dossier figures from reports, disbursement from investment, PAKN on time from
 * feedback, tasks on time from oversight. Lives at the composition root because oversight links to targets:
 * the targets module importing these would close an import cycle. Handed to targets with `provideMeasurer`.
 */
import { feedbackReport, feedbackReportScope } from '../modules/feedback/index.js';
import { provinceSummary } from '../modules/investment/index.js';
import { heatMap } from '../modules/oversight/index.js';
import { mayOpenReport, publicServiceReport } from '../modules/reports/index.js';
import type { MeasuredValue, Measurer, Period, Words } from '../modules/targets/index.js';

/** The indicators measured on dossiers: the report's figure, and the drill-down measure behind its numerator. */
const DOSSIER_FIGURES = {
  on_time_portal: ['onTimeRate', 'early_or_on_time'],
  on_time_indicator: ['onTimeRateIndicator', 'early_or_on_time_indicator'],
  online_share: ['onlineRate', 'received_online'],
  postal_return_share: ['postalReturnRate', 'returned_post'],
  satisfaction_ratings: ['satisfactionRate', 'rated'],
  e_result_share: ['eResultRate', 'e_result'],
} as const;

const WHY = {
  nothing: { vi: 'Trong kỳ không có hồ sơ, việc nào để đo.', en: 'Nothing to measure in the period.' },
  feedbackPeriods: {
    vi: 'Báo cáo phản ánh, kiến nghị chỉ tính theo tháng, quý và năm.',
    en: 'The feedback report covers months, quarters and years only.',
  },
  provinceOnly: {
    vi: 'Chỉ số này chỉ tính cho cả tỉnh.',
    en: 'This indicator is measured for the whole province only.',
  },
  unavailable: { vi: 'Không lấy được số liệu.', en: 'The figure could not be read.' },
} satisfies Record<string, Words>;

function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  return search.toString();
}

/** The feedback module's period label for a target period ("2025", "2025-Q3", "2025-07"), or null for H1/9M. */
function feedbackLabel(year: number, period: Period): string | null {
  if (period === 'Y') return String(year);
  if (period.startsWith('Q')) return `${year}-${period}`;
  if (period.startsWith('M')) return `${year}-${period.slice(1)}`;
  return null;
}

/** A share as a percentage to 2 decimals, from the counts (null when nothing was counted). */
function share(n: number, d: number, days: { from: string; to: string }, drillPath: string): MeasuredValue {
  const value = d > 0 ? ((n / d) * 100).toFixed(2) : null;
  return { value, numerator: n, denominator: d, ...days, drillPath, reason: value ? null : WHY.nothing };
}

/**
 * Figures are read as the system (aggregates anyone reading the target may see), but the drill-down link only
 * goes to a reader who may open the page it points to (issue 24 §2): the service report to its leaders, the
 * feedback report to those of feedback's policy. The investment dashboard and the oversight heat map are open
 * to every official of the province, the only readers of its targets.
 */
export const measureFromRecords: Measurer = async (ctx, r) => {
  const reader: typeof ctx = { ...ctx, actor: r.reader };
  const value = await measure(ctx, r);
  if (!value.drillPath) return value;
  const by = r.measuredBy;
  const open =
    by in DOSSIER_FIGURES
      ? await mayOpenReport(reader, {
          unit: r.measuredUnitCode,
          level: r.measuredLevel ?? undefined,
          from: r.from,
          to: r.to,
        })
      : by === 'feedback_on_time'
        ? feedbackReportScope(r.reader, r.provinceCode).allowed
        : true;
  return open ? value : { ...value, drillPath: '' };
};

const measure: Measurer = async (ctx, r) => {
  const days = { from: r.from, to: r.to };
  const unit = r.measuredUnitCode;
  const level = r.measuredLevel;
  const none = (reason: Words, drillPath: string): MeasuredValue => ({
    value: null,
    numerator: null,
    denominator: null,
    ...days,
    drillPath,
    reason,
  });
  const by = r.measuredBy;
  if (by in DOSSIER_FIGURES) {
    const [key, measure] = DOSSIER_FIGURES[by as keyof typeof DOSSIER_FIGURES];
    const drillPath = `/dashboard/service-performance?${query({ unit, level, ...days, measure })}`;
    const report = await publicServiceReport(ctx, { unit, ...days, level: level ?? undefined });
    if (!report.ok) return none(WHY.unavailable, drillPath);
    const indicator = report.value.indicators.find((i) => i.key === key);
    return share(indicator?.numerator ?? 0, indicator?.denominator ?? 0, days, drillPath);
  }
  if (by === 'disbursement_rate') {
    const drillPath = `/dashboard/investment?${query({ province: r.provinceCode, year: String(r.year) })}`;
    if (unit !== r.provinceCode || level) return none(WHY.provinceOnly, drillPath);
    const summary = await provinceSummary(ctx, { provinceCode: r.provinceCode, year: r.year, asOf: r.to });
    if (!summary.ok) return none(WHY.unavailable, drillPath);
    const plan = BigInt(summary.value.total.plan);
    const paid = BigInt(summary.value.total.paid);
    // Money is integer đồng: the rate from the exact sums, to 2 decimals of a percent.
    const value = plan > 0n ? (Number((paid * 1_000_000n) / plan) / 10_000).toFixed(2) : null;
    const reason = value === null ? WHY.nothing : null;
    return { value, numerator: Number(paid), denominator: Number(plan), ...days, drillPath, reason };
  }
  if (by === 'feedback_on_time') {
    const label = feedbackLabel(r.year, r.period);
    const drillPath = `/dashboard/feedback?${query({ period: label ?? String(r.year) })}`;
    if (label === null) return none(WHY.feedbackPeriods, drillPath);
    const report = await feedbackReport(ctx, {
      provinceCode: r.provinceCode,
      period: label,
      level: level ?? undefined,
      unitCode: unit.length === 5 ? unit : undefined,
    });
    if (!report.ok) return none(WHY.unavailable, drillPath);
    const ind = report.value.indicators766.find((i) => i.code === '5.2');
    return share(ind?.numerator ?? 0, ind?.denominator ?? 0, days, drillPath);
  }
  // tasks_on_time: the tasks the unit gave, by the month of their deadline.
  const months = { from: r.from.slice(0, 7), to: r.to.slice(0, 7) };
  const drillPath = `/dashboard/oversight?${query({ tab: 'heatmap', ...months })}`;
  if (level) return none(WHY.provinceOnly, drillPath);
  const map = await heatMap(ctx, { issuerUnitCode: unit, ...months });
  if (!map.ok) return none(WHY.unavailable, drillPath);
  const t = map.value.total;
  return share(t.onTime, t.onTime + t.late + t.overdueOpen, days, drillPath);
};
