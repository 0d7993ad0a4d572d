/**
 * Bảng điểm Bộ chỉ số 766 of a unit for a period (issue 7 §2): every sub-indicator of SCORECARD_766 with its
 * formula, threshold, numerator, denominator, ratio and points; those tinhso has no data for are "no data" and
 * left out of the totals. The dossier figures are the service report's (same aggregates); 5.2 and 5.3 are the
 * feedback module's own figures (its public `feedbackReport`), never recomputed here.
 */
import { type Ctx, forReading } from '../../platform/context.js';
import { type DomainError, ok, type Result } from '../../platform/result.js';
import { feedbackReport } from '../feedback/index.js';
import { catchUpServiceAggregates } from './catch-up.js';
import type { Figures } from './figures.js';
import {
  describeRule,
  IN_PROGRESS_RULE_WORDS,
  type InProgressRuleView,
  readInProgressRule,
  ruleMethodLine,
} from './in-progress-rule.js';
import { type MethodLine, SCORECARD_METHOD } from './method.js';
import { pendingAtPeriodEnd } from './pending-at-end.js';
import type { ReportPeriod } from './period.js';
import { type ReportQuery, resolveScope, type Scope } from './scope.js';
import { SCORECARD_766 } from './scorecard-766.js';
import type { SubIndicatorDefinition } from './scorecard-766-model.js';
import { pointsFor, ratingFor } from './scoring-766.js';
import { readServiceFigures } from './service-report.js';

export interface SubIndicatorScore extends Omit<SubIndicatorDefinition, 'points'> {
  /** The sub-indicator's points in the scorecard. */
  maxPoints: number;
  /** false: tinhso cannot know it ("no data"); left out of every total. */
  hasData: boolean;
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
  /** Points scored (null: no data). */
  points: number | null;
  /** Why there is no figure (when hasData is false or the denominator is 0), in Vietnamese and English. */
  reason: string | null;
  reasonEn: string | null;
}

export interface GroupScore {
  key: string;
  name: string;
  nameEn: string;
  /** Points scored on the sub-indicators with data. */
  points: number;
  /** Points attainable on the sub-indicators with data. */
  max: number;
  /** The group's points in the full scorecard (100 in all). */
  fullMax: number;
  items: SubIndicatorScore[];
}

export interface Scorecard766 {
  unit: string;
  unitName: string;
  provinceCode: string;
  /** The level of the province asked for (issue 24 §1), or null. */
  scopeLevel: Scope['level'];
  period: ReportPeriod;
  total: number;
  /** Points attainable with the data tinhso has. */
  max: number;
  fullMax: number;
  /** total ÷ max × 100. */
  share: number | null;
  rating: { name: string; nameEn: string } | null;
  groups: GroupScore[];
  /** Which dossiers 2.1 and 5.4 count (issue 24 §5a), with its legal source. */
  inProgressRule: InProgressRuleView;
  /** Dossiers in progress at the period's end counted in 2.1 and 5.4 (0 under the written formula). */
  pendingAtEnd: { onTime: number; late: number };
  method: MethodLine[];
  measuredAt: string;
}

type Measured = { numerator: number; denominator: number };

/** Why a sub-indicator has no figure, in both languages (issue 15 §6: "Không có số liệu" explained). */
interface Why {
  vi: string;
  en: string;
}
const WHY = {
  feedbackPeriods: {
    vi: 'Phân hệ phản ánh, kiến nghị chỉ tổng hợp theo năm, quý và tháng.',
    en: 'The feedback module reports years, quarters and months.',
  },
  feedbackHidden: {
    vi: 'Người xem không có quyền xem báo cáo phản ánh, kiến nghị.',
    en: 'The feedback report is not available to this reader.',
  },
  noFeedback: { vi: 'Chưa có báo cáo phản ánh, kiến nghị.', en: 'No feedback report.' },
  noData: { vi: 'Không có số liệu.', en: 'No data.' },
  nothing: {
    vi: 'Trong kỳ không có hồ sơ nào để đo chỉ số này.',
    en: 'Nothing to measure in the period.',
  },
} satisfies Record<string, Why>;

/** The sub-indicators whose count depends on the in-progress rule. */
const RULED = new Set(['on_time', 'dossier_satisfaction']);

/**
 * `pending`: the dossiers in progress at the period's end and where they stand then (zero under the written
 * formula); they join the resolved ones as if ended on the period's last day (RULES.md §1.5).
 */
function dossierMeasure(
  def: SubIndicatorDefinition,
  f: Figures,
  pending: { onTime: number; late: number },
): Measured | null {
  switch (def.source) {
    case 'on_time':
      return {
        numerator: f.early + f.onTime + pending.onTime,
        denominator: f.early + f.onTime + f.late + pending.onTime + pending.late,
      };
    case 'average_time':
      return { numerator: f.resolutionMinutes / 1440, denominator: f.resolved };
    case 'online_share':
      return { numerator: f.receivedOnline, denominator: f.received };
    case 'paid_online':
      return { numerator: f.paidOnline, denominator: f.feeBearing };
    case 'e_result':
      return { numerator: f.eResult, denominator: f.approved };
    case 'dossier_satisfaction': {
      // 100% − (% late + % dossiers rated with an indicator at 0) (RULES.md §2, 5.4): late over the dossiers
      // measured (with those in progress at the end under `period_end`), ratings over the dossiers resolved.
      const measured = f.early + f.onTime + f.late + pending.onTime + pending.late;
      if (measured === 0) return { numerator: 0, denominator: 0 };
      const unsatisfied = Math.min(f.rated - f.satisfied, f.resolved);
      const bad = (f.late + pending.late) / measured + (f.resolved ? unsatisfied / f.resolved : 0);
      return { numerator: Math.max(0, 1 - bad) * measured, denominator: measured };
    }
    default:
      return null;
  }
}

export async function scorecard766(
  ctx: Ctx,
  q: Pick<ReportQuery, 'unit' | 'period' | 'from' | 'to' | 'level'>,
): Promise<Result<Scorecard766, DomainError>> {
  const resolved = await resolveScope(ctx, q);
  if (!resolved.ok) return resolved;
  const scope = resolved.value;
  await catchUpServiceAggregates(ctx.db, ctx.now);
  const reading = await forReading(ctx);
  const { figures } = await readServiceFigures(reading, scope);
  const rule = await readInProgressRule(ctx.db);
  const pending = rule === 'period_end' ? await pendingAtPeriodEnd(reading, scope) : { onTime: 0, late: 0 };
  const ruleWords = IN_PROGRESS_RULE_WORDS[rule].effect;
  // Feedback sub-indicators: the feedback module reports per labelled period, for the province, a level or a commune.
  let feedback: Awaited<ReturnType<typeof feedbackReport>> | null = null;
  let feedbackReason: Why | null = null;
  if (scope.period.kind === 'custom') feedbackReason = WHY.feedbackPeriods;
  else {
    feedback = await feedbackReport(ctx, {
      provinceCode: scope.unit.provinceCode,
      period: scope.period.label,
      level: scope.level?.key,
      unitCode: scope.unit.level === 'commune' ? scope.unit.code : undefined,
    });
    if (!feedback.ok) feedbackReason = WHY.feedbackHidden;
  }

  const groups: GroupScore[] = SCORECARD_766.map((group) => {
    const items = group.items.map((def): SubIndicatorScore => {
      // 2.1 and 5.4 say which dossiers they count: the rule in force (issue 24 §5a).
      const formula21 = def.source === 'on_time' ? IN_PROGRESS_RULE_WORDS[rule].formula21 : undefined;
      const base = RULED.has(def.source)
        ? {
            ...def,
            ...(formula21 ? { formula: formula21.vi, formulaEn: formula21.en } : {}),
            maxPoints: def.points,
            note: ruleWords.vi,
            noteEn: ruleWords.en,
          }
        : { ...def, maxPoints: def.points };
      const none = (why: Why): SubIndicatorScore => ({
        ...base,
        hasData: false,
        numerator: null,
        denominator: null,
        ratio: null,
        points: null,
        reason: why.vi,
        reasonEn: why.en,
      });
      let m: Measured | null = dossierMeasure(def, figures, pending);
      if (def.source === 'feedback_5_2' || def.source === 'feedback_5_3') {
        if (!feedback?.ok) return none(feedbackReason ?? WHY.noFeedback);
        const ind = feedback.value.indicators766.find(
          (i) => i.code === (def.source === 'feedback_5_2' ? '5.2' : '5.3'),
        );
        if (!ind) return none(WHY.noFeedback);
        m = { numerator: ind.numerator, denominator: ind.denominator };
      }
      if (m === null) return none(def.note && def.noteEn ? { vi: def.note, en: def.noteEn } : WHY.noData);
      if (m.denominator === 0)
        return {
          ...base,
          hasData: false,
          numerator: m.numerator,
          denominator: 0,
          ratio: null,
          points: null,
          reason: WHY.nothing.vi,
          reasonEn: WHY.nothing.en,
        };
      const r = m.numerator / m.denominator;
      const isAverage = def.source === 'average_time';
      return {
        ...base,
        hasData: true,
        numerator: m.numerator,
        denominator: m.denominator,
        ratio: r,
        points: isAverage ? 0 : pointsFor(r, def.points, def.threshold),
        reason: null,
        reasonEn: null,
      };
    });
    const scored = items.filter((i) => i.hasData);
    return {
      key: group.key,
      name: group.name,
      nameEn: group.nameEn,
      points: scored.reduce((s, i) => s + (i.points ?? 0), 0),
      max: scored.reduce((s, i) => s + i.maxPoints, 0),
      fullMax: group.points,
      items,
    };
  });
  const total = groups.reduce((s, g) => s + g.points, 0);
  const max = groups.reduce((s, g) => s + g.max, 0);
  const share = max > 0 ? (total / max) * 100 : null;
  const band = share === null ? null : ratingFor(share);
  return ok({
    unit: scope.unit.code,
    unitName: scope.unit.name,
    provinceCode: scope.unit.provinceCode,
    scopeLevel: scope.level,
    period: scope.period,
    total,
    max,
    fullMax: SCORECARD_766.reduce((s, g) => s + g.points, 0),
    share,
    rating: band ? { name: band.name, nameEn: band.nameEn } : null,
    groups,
    inProgressRule: describeRule(rule, ctx.actor),
    pendingAtEnd: pending,
    method: [...SCORECARD_METHOD, ruleMethodLine(rule)],
    measuredAt: ctx.now.toISOString(),
  });
}
