/**
 * Mức độ đạt chỉ tiêu — whether a reported value meets its target, by the kind of target. Pure: no database.
 * The same rules are written out for people on the targets page (web/src/i18n/areas/targets.ts, `rules`).
 *
 * - range L–H: L ≤ v ≤ H met; beyond H (higher is better) or below L (lower is better) exceeded; else not met.
 * - at least L (≥, or > when strict): v = L met, v > L exceeded (strict: any v > L met); v below not met.
 * - at most H (≤, or < when strict): v = H met, v < H exceeded (strict: any v < H met); v above not met.
 * - exact X (± tolerance): within met; beyond in the better direction exceeded; else not met.
 * - direction only: compared with the same period of the year before; moved the right way met, else not met;
 *   without that value it cannot be assessed.
 */
import { compare, percentOf, scaled, subtract } from './decimal.js';
import type { Period } from './periods.js';
import type { Measure, Preference, TargetKind } from './schema.js';

export interface TargetRule {
  kind: TargetKind;
  planLow: string | null;
  planHigh: string | null;
  strict: boolean;
  tolerance: string | null;
  preferred: Preference;
  measure: Measure;
  accumulates: boolean;
}

export type Verdict = 'met' | 'exceeded' | 'not_met' | 'no_baseline';

/** The state of a target at a period: a verdict, or not yet due, or due with no value reported. */
export type AchievementState = Verdict | 'not_yet_due' | 'no_value';

/** final: the target's own period (the year it is due); interim: a period before; baseline: the year before. */
export type PeriodRole = 'final' | 'interim' | 'baseline';

/** Apply the rule of the target's kind to a value. `previous` is the same period a year earlier. */
export function assess(rule: TargetRule, value: string, previous: string | null): Verdict {
  const low = rule.planLow;
  const high = rule.planHigh;
  switch (rule.kind) {
    case 'range': {
      if (low === null || high === null) return 'no_baseline';
      if (compare(value, low) >= 0 && compare(value, high) <= 0) return 'met';
      if (compare(value, high) > 0) return rule.preferred === 'higher' ? 'exceeded' : 'not_met';
      return rule.preferred === 'lower' ? 'exceeded' : 'not_met';
    }
    case 'at_least': {
      if (low === null) return 'no_baseline';
      const c = compare(value, low);
      if (rule.strict) return c > 0 ? 'met' : 'not_met';
      return c === 0 ? 'met' : c > 0 ? 'exceeded' : 'not_met';
    }
    case 'at_most': {
      if (high === null) return 'no_baseline';
      const c = compare(value, high);
      if (rule.strict) return c < 0 ? 'met' : 'not_met';
      return c === 0 ? 'met' : c < 0 ? 'exceeded' : 'not_met';
    }
    case 'exact': {
      if (low === null) return 'no_baseline';
      const distance = scaled(subtract(value, low));
      const tolerance = scaled(rule.tolerance ?? '0');
      if ((distance < 0n ? -distance : distance) <= tolerance) return 'met';
      if (rule.preferred === 'higher' && distance > 0n) return 'exceeded';
      if (rule.preferred === 'lower' && distance < 0n) return 'exceeded';
      return 'not_met';
    }
    case 'direction': {
      if (previous === null) return 'no_baseline';
      const c = compare(value, previous);
      if (rule.preferred === 'higher') return c > 0 ? 'met' : 'not_met';
      if (rule.preferred === 'lower') return c < 0 ? 'met' : 'not_met';
      return 'no_baseline';
    }
  }
}

/** The plan figure a value is measured against for "percent of plan"; null where a percentage means nothing. */
export function planReference(rule: TargetRule): string | null {
  switch (rule.kind) {
    case 'range':
      if (rule.preferred === 'higher') return rule.planLow;
      if (rule.preferred === 'lower') return rule.planHigh;
      return null; // a structure share inside a range: "percent of plan" would mislead
    case 'at_least':
    case 'exact':
      return rule.planLow;
    case 'at_most':
      return rule.planHigh;
    case 'direction':
      return null;
  }
}

export interface Trend {
  previous: string;
  change: string;
  /** Better than a year before, by the target's preference; null when neither way is better. */
  improved: boolean | null;
}

export function trendOf(rule: TargetRule, value: string, previous: string | null): Trend | null {
  if (previous === null) return null;
  const change = subtract(value, previous);
  const sign = scaled(change);
  const improved =
    rule.preferred === 'none' || sign === 0n ? null : rule.preferred === 'higher' ? sign > 0n : sign < 0n;
  return { previous, change, improved };
}

export interface AchievementInput {
  rule: TargetRule;
  /** The resolution's first year: values of earlier years are baselines. */
  firstYear: number;
  dueYear: number;
  year: number;
  period: Period;
  value: string | null;
  previous: string | null;
  /** The day the period's value is due (period end + the resolution's working days). */
  reportDue: string;
  today: string;
  /** The period is still running (a value measured to date): the final verdict waits for its end. */
  running?: boolean;
}

export interface Achievement {
  role: PeriodRole;
  state: AchievementState | null;
  /** An interim value read against the year's plan (indicative; null for cumulative flows before year end). */
  reading: Verdict | null;
  percentOfPlan: number | null;
  trend: Trend | null;
}

/** A target's achievement at a period, computed at read time from its current value. */
export function achievementAt(input: AchievementInput): Achievement {
  const { rule, value, previous } = input;
  const role: PeriodRole =
    input.year < input.firstYear
      ? 'baseline'
      : input.year === input.dueYear && input.period === 'Y'
        ? 'final'
        : 'interim';
  const reference = planReference(rule);
  const percentOfPlan = value !== null && reference !== null ? percentOf(value, reference) : null;
  const trend = value !== null ? trendOf(rule, value, previous) : null;
  if (role === 'final' && input.running) {
    const reading = value === null ? null : assess(rule, value, previous);
    return { role, state: 'not_yet_due', reading, percentOfPlan, trend };
  }
  if (role === 'final') {
    if (value === null) {
      const state = input.today > input.reportDue ? 'no_value' : 'not_yet_due';
      return { role, state, reading: null, percentOfPlan, trend };
    }
    const verdict = assess(rule, value, previous);
    return { role, state: verdict, reading: verdict, percentOfPlan, trend };
  }
  if (role === 'baseline') return { role, state: null, reading: null, percentOfPlan: null, trend };
  const partOfFlow = rule.accumulates && input.period !== 'Y';
  const reading = value === null || partOfFlow ? null : assess(rule, value, previous);
  return { role, state: 'not_yet_due', reading, percentOfPlan, trend };
}
