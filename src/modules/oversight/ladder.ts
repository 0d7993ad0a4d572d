import { fieldError } from '../../platform/result.js';
/**
 * The escalation ladder (thang đôn đốc): steps fired a number of working days from a task's deadline.
 * No rule in domain/RULES.md fixes these numbers, so they are data a province changes (PRODUCT.md, Lawful:
 * an uncertain rule is data, not code); the default below is the example ladder:
 * a reminder to the lead agency before the deadline → a notice to the agency's head once overdue → the task
 * listed to the issuing leader when it stays overdue.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { msg } from './messages.js';
import type { Audience } from './schema.js';

export interface LadderStep {
  /** A key of the step, e.g. `reminder`; unique within the ladder. */
  step: string;
  /** Working days from the deadline: −3 = three working days before it, 5 = five working days after. */
  offsetWorkingDays: number;
  audience: Audience;
}

export const DEFAULT_LADDER: readonly LadderStep[] = [
  { step: 'reminder', offsetWorkingDays: -3, audience: 'agency' },
  { step: 'agency_head', offsetWorkingDays: 1, audience: 'agency_head' },
  { step: 'issuer', offsetWorkingDays: 5, audience: 'issuer' },
];

export const LADDER_LIMITS = { maxSteps: 8, minOffset: -60, maxOffset: 120 } as const;
export const STEP_KEY = /^[a-z][a-z0-9_]{0,31}$/;

/** Problems of a ladder, each with the field it concerns; empty when it is usable. */
export function checkLadder(steps: readonly LadderStep[]): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  if (steps.length === 0) errors.push({ field: 'steps', message: 'at least one step' });
  if (steps.length > LADDER_LIMITS.maxSteps)
    errors.push(fieldError('steps', msg('oversight.atMostSteps', { max: LADDER_LIMITS.maxSteps })));
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    if (!STEP_KEY.test(s.step)) errors.push({ field: `steps.${i}.step`, message: 'a-z, 0-9, _ (≤ 32)' });
    if (seen.has(s.step)) errors.push({ field: `steps.${i}.step`, message: 'repeated step' });
    seen.add(s.step);
    if (
      !Number.isInteger(s.offsetWorkingDays) ||
      s.offsetWorkingDays < LADDER_LIMITS.minOffset ||
      s.offsetWorkingDays > LADDER_LIMITS.maxOffset
    )
      errors.push({
        field: `steps.${i}.offsetWorkingDays`,
        message: 'a whole number of working days in range',
      });
    const previous = steps[i - 1];
    if (previous && s.offsetWorkingDays <= previous.offsetWorkingDays)
      errors.push({ field: `steps.${i}.offsetWorkingDays`, message: 'later than the step before' });
  });
  return errors;
}

/** The day a step falls due for a deadline: `offset` working days from it (the deadline itself for 0). */
export function stepDate(cal: WorkingCalendar, deadline: string, offsetWorkingDays: number): string {
  return offsetWorkingDays === 0 ? deadline : cal.addWorkingDays(deadline, offsetWorkingDays);
}

/**
 * The steps due today for an open task with `deadline`: a step fires once its day has come. A step before
 * the deadline (offset ≤ 0) is a reminder and is skipped once the deadline has passed (it would remind of
 * nothing); later steps all fire, so a job that missed days catches up in order.
 */
export function stepsDue(
  cal: WorkingCalendar,
  ladder: readonly LadderStep[],
  deadline: string,
  today: string,
): Array<LadderStep & { workingDaysFromDeadline: number }> {
  const fromDeadline = -cal.workingDaysBetween(today, deadline);
  return ladder
    .filter((s) => {
      if (s.offsetWorkingDays <= 0 && today > deadline) return false;
      return today >= stepDate(cal, deadline, s.offsetWorkingDays);
    })
    .map((s) => ({ ...s, workingDaysFromDeadline: fromDeadline }));
}
