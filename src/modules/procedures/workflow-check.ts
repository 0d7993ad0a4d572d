/**
 * Quy trình nội bộ — the check that an internal workflow fits its procedure's statutory time (issue 5 §3, §6):
 * the steps' allotted times must add up to no more than the statutory duration, on every channel.
 *
 * Times are compared in working minutes, conservatively (a workflow that passes always fits):
 * - working days, half working days and working hours convert exactly through the working day (8 hours by the
 *   calendar's default working hours, 08:00–12:00 and 13:00–17:00; Decision 188/1999/QĐ-TTg week);
 * - a statutory time in calendar days (Civil Code 2015 art. 147–148) or months allows only the fewest working
 *   days any such period can hold (weekday 0 = Monday here), a month taken as 28 days. Public holidays are not removed
 *   (they depend on the date received) — the calendar module decides a dossier's real due date;
 * - a statutory time of 0 ("within the working day in progress", the calendar's meaning of amount 0) allows one
 *   working day, or half a day for half days;
 * - a step in calendar days or months counts as every one of its days being a working day.
 */
import { DEFAULT_WORKING_HOURS, type DurationUnit, parseDuration } from '../calendar/index.js';
import type { Channel } from './duration-text.js';

export interface TimeAmount {
  amount: number;
  unit: DurationUnit;
}

/** Working minutes in one working day under the default working hours (480). */
export const WORKING_DAY_MINUTES = DEFAULT_WORKING_HOURS.periods.reduce(
  (sum, p) => sum + (p.endMs - p.startMs) / 60_000,
  0,
);

/**
 * The fewest working days a period of `days` calendar days can hold, over every weekday it may start on, with
 * Saturday and Sunday off: counted from the day after (Civil Code art. 147), and a last day that is a day off
 * moving to the next working day (art. 148(5)).
 */
export function fewestWorkingDays(days: number): number {
  let fewest = Number.POSITIVE_INFINITY;
  for (let start = 0; start < 7; start++) {
    let working = 0;
    for (let d = 1; d <= days; d++) if ((start + d) % 7 < 5) working++;
    if (days > 0 && (start + days) % 7 >= 5) working++; // the period runs on to the next working day
    fewest = Math.min(fewest, working);
  }
  return fewest;
}

/** The working minutes a statutory duration surely allows. */
export function statutoryBudgetMinutes(d: TimeAmount): number {
  const day = WORKING_DAY_MINUTES;
  switch (d.unit) {
    case 'working_days':
      return d.amount === 0 ? day : d.amount * day;
    case 'half_working_days':
      return d.amount === 0 ? day / 2 : (d.amount * day) / 2;
    case 'working_hours':
      return d.amount * 60;
    case 'calendar_days':
      return d.amount === 0 ? day : fewestWorkingDays(d.amount) * day;
    case 'months':
      return fewestWorkingDays(28 * d.amount) * day;
  }
}

/** The most working minutes a step's allotted time can take. */
export function stepMinutes(t: TimeAmount): number {
  const day = WORKING_DAY_MINUTES;
  switch (t.unit) {
    case 'working_days':
      return t.amount * day;
    case 'half_working_days':
      return (t.amount * day) / 2;
    case 'working_hours':
      return Math.round(t.amount * 60);
    case 'calendar_days':
      return t.amount * day;
    case 'months':
      return 31 * t.amount * day;
  }
}

export type TimeProblem =
  | { kind: 'no_steps' }
  | { kind: 'no_statutory_duration' }
  | { kind: 'invalid_step_time'; position: number; reason: string }
  | { kind: 'exceeds'; totalMinutes: number; budgetMinutes: number; channel: Channel };

export interface TimeCheck {
  ok: boolean;
  totalMinutes: number;
  /** The tightest channel's allowance; null when the procedure has no statutory duration. */
  budgetMinutes: number | null;
  channel: Channel | null;
  problems: TimeProblem[];
}

/** Check the steps' times against every channel's statutory duration (the tightest one decides). */
export function checkWorkflowTimes(
  statutory: Array<TimeAmount & { channel: Channel }>,
  steps: TimeAmount[],
): TimeCheck {
  const problems: TimeProblem[] = [];
  if (steps.length === 0) problems.push({ kind: 'no_steps' });
  let total = 0;
  steps.forEach((step, i) => {
    const valid = parseDuration(step.amount, step.unit);
    if (!valid.ok) problems.push({ kind: 'invalid_step_time', position: i + 1, reason: valid.error.reason });
    else if (step.amount <= 0)
      problems.push({ kind: 'invalid_step_time', position: i + 1, reason: 'a step needs time' });
    else total += stepMinutes(step);
  });
  let tightest: { minutes: number; channel: Channel } | null = null;
  for (const d of statutory) {
    const minutes = statutoryBudgetMinutes(d);
    if (!tightest || minutes < tightest.minutes) tightest = { minutes, channel: d.channel };
  }
  if (!tightest) problems.push({ kind: 'no_statutory_duration' });
  else if (total > tightest.minutes)
    problems.push({
      kind: 'exceeds',
      totalMinutes: total,
      budgetMinutes: tightest.minutes,
      channel: tightest.channel,
    });
  return {
    ok: problems.length === 0,
    totalMinutes: total,
    budgetMinutes: tightest?.minutes ?? null,
    channel: tightest?.channel ?? null,
    problems,
  };
}

/** Minutes as the tidiest time amount: whole working days, else half days, else working hours. */
export function minutesToAmount(minutes: number): TimeAmount {
  const day = WORKING_DAY_MINUTES;
  if (minutes % day === 0) return { amount: minutes / day, unit: 'working_days' };
  if (minutes % (day / 2) === 0) return { amount: minutes / (day / 2), unit: 'half_working_days' };
  return { amount: minutes / 60, unit: 'working_hours' };
}
