/**
 * Legal deadlines from the rule table (pure): which rule is in force for a step on a day, and the due instant
 * it gives, through the calendar module's arithmetic — working days (the start day not counted, due at the end
 * of the N-th working day) or calendar days under Civil Code 2015 art. 147–148 (counted from the day after the
 * event, ending at 24:00 of the last day, moved to the next working day when that day is off).
 */

import { vietnamInstant } from '../../platform/vietnam-time.js';
import { dueDate, localDate, type WorkingCalendar } from '../calendar/index.js';
import type { CaseKind, RuleUnit, Variant } from './model.js';

export interface RuleRow {
  id: string;
  kind: CaseKind;
  step: string;
  variant: Variant;
  amount: number;
  unit: RuleUnit;
  maxCount: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  confidence: string;
}

/**
 * The rule for `step` in force on `day` (YYYY-MM-DD, Vietnam): effective_from ≤ day < effective_to. The exact
 * variant wins; a step without that variant falls back to `normal`.
 */
export function ruleInForce(
  rules: readonly RuleRow[],
  kind: CaseKind,
  step: string,
  variant: Variant,
  day: string,
): RuleRow | undefined {
  const inForce = (v: Variant) =>
    rules
      .filter(
        (r) =>
          r.kind === kind &&
          r.step === step &&
          r.variant === v &&
          r.effectiveFrom <= day &&
          (r.effectiveTo === null || day < r.effectiveTo),
      )
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return inForce(variant) ?? (variant === 'normal' ? undefined : inForce('normal'));
}

/** The due instant of a rule's period starting at `start`. */
export function dueFor(cal: WorkingCalendar, rule: Pick<RuleRow, 'amount' | 'unit'>, start: Date): Date {
  return dueDate(cal, { amount: rule.amount, unit: rule.unit }, start);
}

/** The variant of a complaint's resolution limit (Law on Complaints art. 28, 37). */
export function complaintVariant(c: { complex: boolean; remoteArea: boolean }): Variant {
  if (c.complex && c.remoteArea) return 'remote_complex';
  if (c.complex) return 'complex';
  return c.remoteArea ? 'remote' : 'normal';
}

/** The Vietnamese day an instant falls on (the day a step starts, which picks its rule). */
export function dayOf(at: Date): string {
  return localDate(at);
}

/** Noon of a Vietnamese day: a start instant for periods counted from a date (the day itself not counted). */
export function noonOf(day: string): Date {
  return vietnamInstant(day, '12:00');
}

/**
 * Thời hiệu khiếu nại — the end of the 90-day limitation (Law on Complaints art. 9) counted from the day the
 * complainant received or learned of the decision, plus days lost to objective obstacles (not counted).
 */
export function limitationEnd(
  cal: WorkingCalendar,
  rule: Pick<RuleRow, 'amount' | 'unit'>,
  knownOn: string,
  obstacleDays: number,
): Date {
  return dueFor(cal, { amount: rule.amount + obstacleDays, unit: rule.unit }, noonOf(knownOn));
}

/**
 * Gia hạn — the due instant after extending by `days` calendar days (Law on Denunciations art. 30(1)): the
 * extension runs on from the last day of the current period (the instant just before its 24:00 end).
 */
export function extendedDue(cal: WorkingCalendar, due: Date, days: number): Date {
  return dueFor(cal, { amount: days, unit: 'calendar_days' }, new Date(due.getTime() - 1));
}
