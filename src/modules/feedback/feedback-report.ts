/**
 * Báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị, khiếu nại, tố cáo (issue 10 §4): counts by kind,
 * field, unit and month with the change against the previous period (the "+7.5%" figure), on-time rates under
 * each law, and the two Decision 766 feedback sub-indicators. Everything is counted at read time from the
 * cases and their step deadlines; rates are returned unrounded.
 *
 * On time (per step): done no later than due; a step still running is late once its due instant is before the
 * measuring instant (the period's end, or now if earlier) and on time otherwise ("processed or in progress on
 * time", RULES.md §1.5 and §2). A case is on time when none of its steps is late.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  fail,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { findUnits, type UnitLevel, unitsAtLevel, vietnamToday } from '../units/index.js';
import { msg } from './messages.js';
import { CASE_KINDS, type CaseKind } from './model.js';
import { reportScope } from './policy.js';
import { change, monthsOf, type Period, parsePeriod, previousPeriod } from './report-period.js';

export interface CountRow<K extends string> {
  key: K;
  current: number;
  previous: number;
  /** (current − previous) ÷ previous; null when previous is 0. */
  change: number | null;
}

export interface StepRate {
  kind: CaseKind;
  step: string;
  measured: number;
  onTime: number;
  late: number;
  /** onTime ÷ measured; null when nothing was measured. */
  rate: number | null;
}

export interface Indicator766 {
  code: '5.2' | '5.3';
  portalCode: 'PETITION_PROCESSING_ON_TIME' | 'PETITION_HANDLING_SATISFACTION';
  maxPoints: number;
  formula: string;
  numerator: number;
  denominator: number;
  ratio: number | null;
  /** ratio × maxPoints (RULES.md §2: score = ratio × max for these sub-indicators [L]). */
  points: number | null;
  parts: Record<string, number>;
}

export interface FeedbackReport {
  provinceCode: string;
  /** The units counted (the reader's grant, the level or the commune asked for), or null for the province. */
  units: string[] | null;
  /** The level of the province asked for (issue 24 §1), or null. */
  level: UnitLevel | null;
  period: { label: string; from: string; to: string };
  previousPeriod: { label: string; from: string; to: string };
  measuredAt: Date;
  total: CountRow<'all'>;
  byKind: Array<CountRow<CaseKind>>;
  byField: Array<CountRow<string>>;
  byUnit: Array<CountRow<string> & { unitName: string }>;
  byMonth: Array<{ month: string; pakn: number; complaint: number; denunciation: number }>;
  onTimeByKind: Array<{ kind: CaseKind; cases: number; late: number; onTime: number; rate: number | null }>;
  onTimeBySteps: StepRate[];
  indicators766: [Indicator766, Indicator766];
}

/** Points of each sub-indicator in group 6 "Satisfaction" of the portal's 766 scorecard (RULES.md §2). */
const POINTS_5_2 = 6;
const POINTS_5_3 = 6;

export async function feedbackReport(
  ctx: Ctx,
  input: {
    provinceCode: string;
    period: string;
    level?: UnitLevel | undefined;
    unitCode?: string | undefined;
  },
): Promise<Result<FeedbackReport>> {
  const scope = reportScope(ctx.actor, input.provinceCode);
  if (!scope.allowed) {
    return ctx.actor.kind === 'anonymous'
      ? fail({ kind: 'unauthenticated' })
      : forbiddenBecause(msg('feedback.reportsForLeaders'));
  }
  const period = parsePeriod(input.period);
  const previous = previousPeriod(input.period);
  if (!period || !previous)
    return invalidBecause(msg('feedback.periodFormat'), [{ field: 'period', message: 'invalid' }]);
  const measuredAt = new Date(Math.min(period.toInstant.getTime(), ctx.now.getTime()));
  const asked = await askedUnits(ctx, input, vietnamToday(ctx.now));
  if (!asked.ok) return asked;
  const units = intersect(scope.units, asked.value);
  const unitFilter = !units
    ? sql``
    : units.length === 0
      ? sql`and false`
      : sql`and c.unit_code in (${sql.join(
          units.map((u) => sql`${u}`),
          sql`, `,
        )})`;
  const base = (p: Period): SQL =>
    sql`c.province_code = ${input.provinceCode} ${unitFilter} and c.received_at >= ${p.fromInstant} and c.received_at < ${p.toInstant}`;
  const inCurrent = sql`c.received_at >= ${period.fromInstant}`;

  const grouped = async (column: SQL) => {
    const result = await ctx.db.execute<{ key: string; current: number; previous: number }>(sql`
      select ${column} as key,
             count(*) filter (where ${inCurrent})::int as current,
             count(*) filter (where not (${inCurrent}))::int as previous
        from feedback.cases c
       where c.province_code = ${input.provinceCode} ${unitFilter}
         and c.received_at >= ${previous.fromInstant} and c.received_at < ${period.toInstant}
       group by 1 order by 2 desc, 1`);
    return result.rows.map((r) => ({ ...r, change: change(r.current, r.previous) }));
  };

  // A suspended complaint's open step is not late while suspended (suspend-case.ts).
  const lateStep = sql`(not d.cancelled and (d.done_at > d.due_at or (d.done_at is null and d.due_at < ${measuredAt} and c.status <> 'suspended')))`;
  const [byKindRaw, byField, byUnitRaw, months, caseRates, stepRates, satisfaction] = await Promise.all([
    grouped(sql`c.kind`),
    grouped(sql`c.field`),
    grouped(sql`c.unit_code`),
    ctx.db.execute<{ month: string; kind: CaseKind; n: number }>(sql`
      select to_char(c.received_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, c.kind, count(*)::int as n
        from feedback.cases c where ${base(period)} group by 1, 2`),
    ctx.db.execute<{ kind: CaseKind; cases: number; late: number }>(sql`
      select c.kind, count(*)::int as cases,
             count(*) filter (where exists (select 1 from feedback.deadlines d where d.case_id = c.id and ${lateStep}))::int as late
        from feedback.cases c where ${base(period)} group by c.kind`),
    ctx.db.execute<{ kind: CaseKind; step: string; measured: number; on_time: number }>(sql`
      select d.kind, d.step,
             count(*) filter (where d.done_at is not null or (d.due_at < ${measuredAt} and c.status <> 'suspended'))::int as measured,
             count(*) filter (where d.done_at is not null and d.done_at <= d.due_at)::int as on_time
        from feedback.deadlines d join feedback.cases c on c.id = d.case_id
       where ${base(period)} and not d.cancelled
       group by d.kind, d.step order by d.kind, d.step`),
    ctx.db.execute<{
      total: number;
      late: number;
      disliked: number;
      repeated: number;
      unsatisfied: number;
    }>(sql`
      with p as (
        select c.id, c.repeated,
               exists (select 1 from feedback.deadlines d where d.case_id = c.id and ${lateStep}) as late,
               coalesce((select count(*) filter (where r.vote = 'dislike') > count(*) filter (where r.vote = 'like')
                           from feedback.ratings r where r.case_id = c.id), false) as disliked
          from feedback.cases c where ${base(period)} and c.kind = 'pakn')
      select count(*)::int as total,
             count(*) filter (where late)::int as late,
             count(*) filter (where disliked)::int as disliked,
             count(*) filter (where repeated)::int as repeated,
             count(*) filter (where late or disliked or repeated)::int as unsatisfied
        from p`),
  ]);

  const unitNames = await findUnits(
    ctx.db,
    byUnitRaw.map((r) => r.key),
  );
  const kindRow = (kind: CaseKind): CountRow<CaseKind> => {
    const r = byKindRaw.find((x) => x.key === kind);
    return { key: kind, current: r?.current ?? 0, previous: r?.previous ?? 0, change: r?.change ?? null };
  };
  const totalCurrent = byKindRaw.reduce((s, r) => s + r.current, 0);
  const totalPrevious = byKindRaw.reduce((s, r) => s + r.previous, 0);
  const byMonth = monthsOf(period).map((month) => {
    const n = (kind: CaseKind) => months.rows.find((r) => r.month === month && r.kind === kind)?.n ?? 0;
    return { month, pakn: n('pakn'), complaint: n('complaint'), denunciation: n('denunciation') };
  });
  const onTimeByKind = CASE_KINDS.map((kind) => {
    const r = caseRates.rows.find((x) => x.kind === kind);
    const cases = r?.cases ?? 0;
    const late = r?.late ?? 0;
    return { kind, cases, late, onTime: cases - late, rate: cases ? (cases - late) / cases : null };
  });
  const pakn = onTimeByKind.find((k) => k.kind === 'pakn')!;
  const s = satisfaction.rows[0] ?? { total: 0, late: 0, disliked: 0, repeated: 0, unsatisfied: 0 };
  const ratio = (n: number, d: number) => (d ? n / d : null);
  const r52 = ratio(pakn.onTime, pakn.cases);
  const r53 = ratio(s.total - s.unsatisfied, s.total);

  return ok({
    provinceCode: input.provinceCode,
    units,
    level: input.level ?? null,
    period: { label: period.label, from: period.from, to: period.to },
    previousPeriod: { label: previous.label, from: previous.from, to: previous.to },
    measuredAt,
    total: {
      key: 'all',
      current: totalCurrent,
      previous: totalPrevious,
      change: change(totalCurrent, totalPrevious),
    },
    byKind: CASE_KINDS.map(kindRow),
    byField,
    byUnit: byUnitRaw.map((r) => ({ ...r, unitName: unitNames.get(r.key)?.name ?? r.key })),
    byMonth,
    onTimeByKind,
    onTimeBySteps: stepRates.rows.map((r) => ({
      kind: r.kind,
      step: r.step,
      measured: r.measured,
      onTime: r.on_time,
      late: r.measured - r.on_time,
      rate: ratio(r.on_time, r.measured),
    })),
    indicators766: [
      {
        code: '5.2',
        portalCode: 'PETITION_PROCESSING_ON_TIME',
        maxPoints: POINTS_5_2,
        formula:
          'PAKN on time ÷ PAKN received; on time = refused ≤ 2 working days, first supplement request ≤ 5, processed ≤ 15 from receipt or transfer, published ≤ 2 (in progress and not yet due counts as on time)',
        numerator: pakn.onTime,
        denominator: pakn.cases,
        ratio: r52,
        points: r52 === null ? null : r52 * POINTS_5_2,
        parts: { received: pakn.cases, late: pakn.late },
      },
      {
        code: '5.3',
        portalCode: 'PETITION_HANDLING_SATISFACTION',
        maxPoints: POINTS_5_3,
        formula:
          '(all PAKN − disliked (dislikes > likes) − late − repeated) ÷ all PAKN; a PAKN in more than one group is subtracted once',
        numerator: s.total - s.unsatisfied,
        denominator: s.total,
        ratio: r53,
        points: r53 === null ? null : r53 * POINTS_5_3,
        parts: {
          all: s.total,
          disliked: s.disliked,
          late: s.late,
          repeated: s.repeated,
          subtracted: s.unsatisfied,
        },
      },
    ],
  });
}

/** The units a level or one commune of the province is made of (issue 24 §1); null for the whole province. */
async function askedUnits(
  ctx: Ctx,
  input: { provinceCode: string; level?: UnitLevel | undefined; unitCode?: string | undefined },
  asOf: string,
): Promise<Result<string[] | null>> {
  if (input.unitCode) {
    const [unit] = (await findUnits(ctx.db, [input.unitCode], asOf)).values();
    if (!unit || unit.provinceCode !== input.provinceCode || unit.level !== 'commune')
      return invalidBecause(msg('feedback.reportUnitOutside', { unit: input.unitCode }), [
        fieldError('unitCode', msg('feedback.reportUnitOutside', { unit: input.unitCode })),
      ]);
    return ok([unit.code]);
  }
  if (!input.level) return ok(null);
  return ok((await unitsAtLevel(ctx.db, input.provinceCode, input.level, asOf)).map((u) => u.code));
}

function intersect(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  return a.filter((x) => b.includes(x));
}
