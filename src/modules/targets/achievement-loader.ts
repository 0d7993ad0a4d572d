/** Achievement of a resolution's targets at a period, read from current values (never stored). */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { type Achievement, type AchievementState, achievementAt, type Verdict } from './achievement.js';
import { normalise } from './decimal.js';
import { type Binding, type MeasuredValue, measureValue } from './measured.js';
import { comparePeriods, isPeriod, type Period, periodDates } from './periods.js';
import { reportDeadlines } from './report-deadline.js';
import type { resolutions, targets } from './schema.js';
import { currentValues, toValueView, type ValueView } from './views.js';

type ResolutionRow = typeof resolutions.$inferSelect;
type TargetRow = typeof targets.$inferSelect;

export interface TargetAchievement {
  targetId: string;
  /** The typed value (null for a target measured from the records). */
  current: ValueView | null;
  /** A target bound to an indicator: its value computed from the records, with the days and the drill-down. */
  measured: MeasuredValue | null;
  /** The same period a year earlier (this target's own value, or the same indicator's in an earlier resolution). */
  previous: string | null;
  reportDue: string;
  achievement: Achievement;
}

export interface ResolutionSummary {
  year: number;
  period: Period;
  /** Main targets (sub-targets are shown under their parent, not counted). */
  main: number;
  states: Record<AchievementState, number>;
  /** met + exceeded ("đạt và vượt"). */
  achieved: number;
  /** Values awaiting the planning office (reported, not yet approved). */
  awaitingReview: number;
  /** Interim readings against the year's plan, for the periods before a target is due. */
  readings: Record<Verdict, number>;
}

const key = (codes: string[]) => [...codes].sort().join(',');

/** Values of the same indicator and units in the province's other resolutions, a year earlier. */
async function indicatorValues(
  db: Executor,
  provinceCode: string,
  indicatorKeys: string[],
  year: number,
  period: Period,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (indicatorKeys.length === 0) return found;
  const rows = await db.execute<{ indicator_key: string; unit_codes: string[]; value: string }>(sql`
    select distinct on (t.id) t.indicator_key, t.unit_codes, v.value
      from targets.target_values v join targets.targets t on t.id = v.target_id
     where t.province_code = ${provinceCode} and v.year = ${year} and v.period = ${period}
       and t.indicator_key = any(${`{${indicatorKeys.join(',')}}`}::text[])
     order by t.id, v.revision desc`);
  for (const row of rows.rows) found.set(`${row.indicator_key}|${key(row.unit_codes)}`, normalise(row.value));
  return found;
}

/** The binding of a target, or null when its values are typed. */
export function bindingOf(t: TargetRow): Binding | null {
  return t.measuredBy && t.measuredUnitCode
    ? {
        measuredBy: t.measuredBy,
        measuredUnitCode: t.measuredUnitCode,
        measuredLevel: (t.measuredLevel as Binding['measuredLevel']) ?? null,
      }
    : null;
}

/** The values of the bound targets at a period and a year before, keyed `targetId|year`. */
async function measuredValues(
  ctx: Ctx,
  rows: TargetRow[],
  year: number,
  period: Period,
): Promise<Map<string, MeasuredValue>> {
  const found = new Map<string, MeasuredValue>();
  // One after another: each reads a report (and may bring the aggregates up to date) on the same connection.
  for (const t of rows) {
    const binding = bindingOf(t);
    if (!binding) continue;
    for (const y of [year, year - 1])
      found.set(`${t.id}|${y}`, await measureValue(ctx, binding, t.provinceCode, y, period));
  }
  return found;
}

export async function achievementsAt(
  ctx: Ctx,
  resolution: ResolutionRow,
  rows: TargetRow[],
  year: number,
  period: Period,
  today: string,
): Promise<Map<string, TargetAchievement>> {
  const db = ctx.db;
  const ids = rows.map((t) => t.id);
  const values = await currentValues(db, ids, [year, year - 1], [period]);
  const measured = await measuredValues(ctx, rows, year, period);
  const missing = rows.filter((t) => !bindingOf(t) && !values.has(`${t.id}|${year - 1}|${period}`));
  const elsewhere = await indicatorValues(
    db,
    resolution.provinceCode,
    [...new Set(missing.map((t) => t.indicatorKey))],
    year - 1,
    period,
  );
  const due = await reportDeadlines(db, resolution.provinceCode, resolution.reportDueWorkingDays);
  const reportDue = due(year, period);
  const result = new Map<string, TargetAchievement>();
  for (const t of rows) {
    const bound = bindingOf(t) !== null;
    const own = bound ? undefined : values.get(`${t.id}|${year}|${period}`);
    const before = bound ? undefined : values.get(`${t.id}|${year - 1}|${period}`);
    const now = measured.get(`${t.id}|${year}`) ?? null;
    const previous = bound
      ? (measured.get(`${t.id}|${year - 1}`)?.value ?? null)
      : before
        ? normalise(before.value)
        : (elsewhere.get(`${t.indicatorKey}|${key(t.unitCodes)}`) ?? null);
    const current = own ? toValueView(own) : null;
    result.set(t.id, {
      targetId: t.id,
      current,
      measured: now,
      previous,
      reportDue,
      achievement: achievementAt({
        rule: t,
        firstYear: resolution.fromYear,
        dueYear: t.dueYear,
        year,
        period,
        value: bound ? (now?.value ?? null) : (current?.value ?? null),
        previous,
        reportDue,
        today,
        // A measured value of a period still running is a value to date, not the period's result.
        running: bound && now !== null && now.to < periodDates(year, period).end,
      }),
    });
  }
  return result;
}

export function summarise(
  rows: TargetRow[],
  achievements: Map<string, TargetAchievement>,
  year: number,
  period: Period,
): ResolutionSummary {
  const states: Record<AchievementState, number> = {
    met: 0,
    exceeded: 0,
    not_met: 0,
    no_baseline: 0,
    not_yet_due: 0,
    no_value: 0,
  };
  const readings: Record<Verdict, number> = { met: 0, exceeded: 0, not_met: 0, no_baseline: 0 };
  let main = 0;
  let awaitingReview = 0;
  for (const t of rows) {
    const a = achievements.get(t.id);
    if (a?.current && (a.current.status === 'reported' || a.current.status === 'returned')) awaitingReview++;
    if (t.parentId !== null || !a) continue;
    main++;
    if (a.achievement.state) states[a.achievement.state]++;
    if (a.achievement.role === 'interim' && a.achievement.reading) readings[a.achievement.reading]++;
  }
  return { year, period, main, states, achieved: states.met + states.exceeded, awaitingReview, readings };
}

/** The (year, period) pairs a resolution has values for, latest first. */
export async function reportedPeriods(
  db: Executor,
  resolutionId: string,
): Promise<Array<{ year: number; period: Period }>> {
  const rows = await db.execute<{ year: number; period: string }>(sql`
    select distinct v.year, v.period
      from targets.target_values v join targets.targets t on t.id = v.target_id
     where t.resolution_id = ${resolutionId}`);
  return rows.rows
    .filter((r): r is { year: number; period: Period } => isPeriod(r.period))
    .sort((a, b) => (a.year !== b.year ? b.year - a.year : comparePeriods(b.period, a.period)));
}

/**
 * The period to show when none is asked for: the last year's whole-year figures when there are any, else the
 * latest period with values inside the resolution's years, else the current year's.
 */
export function defaultPeriod(
  resolution: ResolutionRow,
  reported: Array<{ year: number; period: Period }>,
  today: string,
): { year: number; period: Period } {
  const inside = reported.filter((r) => r.year >= resolution.fromYear && r.year <= resolution.toYear);
  const final = inside.find((r) => r.year === resolution.toYear && r.period === 'Y');
  if (final) return final;
  if (inside[0]) return inside[0];
  const year = Math.min(Math.max(Number(today.slice(0, 4)), resolution.fromYear), resolution.toYear);
  return { year, period: 'Y' };
}
