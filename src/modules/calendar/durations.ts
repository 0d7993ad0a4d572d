/**
 * Thời hạn — due dates for statutory durations.
 *
 * What "due" means, per unit (the start is the instant the time counts from, see `countingStart`):
 * - `working_days` (ngày làm việc): the start's calendar day is not counted; due at the end of the working day
 *   (17:00 by default) of the Nth working day after it. So a dossier received on Friday 24/1/2025 with 3 working
 *   days is due Wednesday 5/2/2025 at 17:00 (Tết lies between). Like Civil Code art. 147(2), the day of the
 *   event is not counted, and an appointment is always a whole working day.
 * - `half_working_days`: each working day has a morning half (ending when half its working time has passed,
 *   12:00 by default) and an afternoon half (ending at 17:00). The half in progress at the start — by clock
 *   time, 00:00–12:00 or 12:00–24:00 — is not counted; due at the end of the Nth half after it.
 * - `working_hours`: exactly N hours of working time after the start (time outside working periods and days off
 *   does not count); an exact fit ends at the end of a period (12:00, 17:00).
 * - `calendar_days` (Civil Code 2015 art. 147–148): counted from the day after the start; the period ends at
 *   24:00 of the last day; a last day that is a day off moves to the next working day (art. 148(5)).
 * - `months` (art. 148): ends on the same day of the Nth month (its last day when it has none), then as above.
 *
 * Amount 0 means "within the unit in progress": due at the end of the current working day, half-day or
 * (calendar) day.
 */
import { fail, ok, type Result } from '../../platform/result.js';
import {
  addDays,
  addMonths,
  type InstantInput,
  localDateOf,
  localInstant,
  localMsOfDay,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  toInstant,
} from './dates.js';
import type { WorkingCalendar } from './working-calendar.js';
import { midDayMs } from './working-hours.js';
import {
  addWorkingMs,
  endOfWorkingDay,
  middleOfWorkingDay,
  startOfWorkingDay,
  workingMsBetween,
} from './working-time.js';

/** Units the procedure catalogue gives processing times in. */
export type DurationUnit =
  | 'working_days'
  | 'half_working_days'
  | 'working_hours'
  | 'calendar_days'
  | 'months';

export const DURATION_UNITS: readonly DurationUnit[] = [
  'working_days',
  'half_working_days',
  'working_hours',
  'calendar_days',
  'months',
];

export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

export type DurationError = { kind: 'invalid_duration'; reason: string };

/** Early / on time / late: trước hạn / đúng hạn / quá hạn. */
export type Timeliness = 'early' | 'on_time' | 'late';

/** How a dossier arrived: on paper (in person, by post) or electronically. */
export type Medium = 'paper' | 'electronic';

/** Validates a duration: a whole number of units, or of minutes for working hours; never negative. */
export function parseDuration(amount: number, unit: string): Result<Duration, DurationError> {
  if (!(DURATION_UNITS as readonly string[]).includes(unit)) {
    return fail({ kind: 'invalid_duration', reason: `unknown unit ${unit}` });
  }
  if (!Number.isFinite(amount) || amount < 0) {
    return fail({ kind: 'invalid_duration', reason: `amount must be a number ≥ 0, got ${amount}` });
  }
  const scaled = unit === 'working_hours' ? amount * 60 : amount; // working hours: whole minutes
  const whole = Math.abs(scaled - Math.round(scaled)) < 1e-9;
  if (!whole) return fail({ kind: 'invalid_duration', reason: `${amount} is not a whole number of ${unit}` });
  return ok({ amount, unit: unit as DurationUnit });
}

/** True for units measured in working time; calendar days and months run on calendar time. */
export function isWorkingTimeUnit(unit: DurationUnit): boolean {
  return unit !== 'calendar_days' && unit !== 'months';
}

function instantMs(input: InstantInput): number {
  const d = toInstant(input);
  if (!d) throw new RangeError(`not an instant: ${String(input)}`);
  return d.getTime();
}

/** Civil Code 2015 art. 148(5)–(6): 24:00 of `date`, or of the next working day when `date` is a day off. */
function endOfCivilPeriod(cal: WorkingCalendar, date: string): number {
  const last = cal.isWorkingDay(date) ? date : cal.nextWorkingDay(date);
  return localInstant(addDays(last, 1), 0);
}

/** The end of the N-th half working day after the half in progress at `start`. */
function halfDaysDue(cal: WorkingCalendar, start: number, n: number): number {
  if (n === 0) return roundUpMs(cal, 'half_working_days', start);
  let day = localDateOf(start);
  let afternoon = !cal.isWorkingDay(day) || localMsOfDay(start) >= midDayMs(cal.workingHours);
  for (let i = 0; i < n; i++) {
    if (afternoon) day = cal.nextWorkingDay(day);
    afternoon = !afternoon;
  }
  return afternoon ? endOfWorkingDay(cal, day) : middleOfWorkingDay(cal, day);
}

/** Due instant (epoch ms) of `duration` counted from `start` (epoch ms). See the module comment. */
export function dueMs(cal: WorkingCalendar, duration: Duration, start: number): number {
  const { amount: n, unit } = duration;
  const day = localDateOf(start);
  switch (unit) {
    case 'working_days': {
      if (n > 0) return endOfWorkingDay(cal, cal.addWorkingDays(day, n));
      return roundUpMs(cal, 'working_days', start);
    }
    case 'half_working_days':
      return halfDaysDue(cal, start, n);
    case 'working_hours':
      return addWorkingMs(cal, start, Math.round(n * MS_PER_HOUR));
    case 'calendar_days':
      return endOfCivilPeriod(cal, addDays(day, n));
    case 'months':
      return endOfCivilPeriod(cal, addMonths(day, n));
  }
}

/**
 * The first due boundary of `unit` at or after `t`: the end of that working day (17:00), of that half-day
 * (12:00 or 17:00), of that civil day (24:00, moved past days off), or `t` itself for working hours. Used when a
 * due date is moved by a pause, so it stays on a boundary of its unit and never moves earlier.
 */
export function roundUpMs(cal: WorkingCalendar, unit: DurationUnit, t: number): number {
  const day = localDateOf(t);
  switch (unit) {
    case 'working_days':
      if (cal.isWorkingDay(day) && t <= endOfWorkingDay(cal, day)) return endOfWorkingDay(cal, day);
      return endOfWorkingDay(cal, cal.nextWorkingDay(day));
    case 'half_working_days':
      if (cal.isWorkingDay(day) && t <= middleOfWorkingDay(cal, day)) return middleOfWorkingDay(cal, day);
      if (cal.isWorkingDay(day) && t <= endOfWorkingDay(cal, day)) return endOfWorkingDay(cal, day);
      return middleOfWorkingDay(cal, cal.nextWorkingDay(day));
    case 'working_hours':
      return t;
    case 'calendar_days':
    case 'months':
      // An instant at exactly local midnight is 24:00 of the day before.
      return endOfCivilPeriod(cal, localMsOfDay(t) === 0 ? addDays(day, -1) : day);
  }
}

/**
 * Early, on time or late at the granularity of the unit (Circular 01/2018 art. 13, indicator 1: shorter than
 * the limit = early, equal = on time, longer = late). "Equal" means finished within the last unit before the
 * due instant: on the due working day (or half-day, or civil day), or within the last working hour. After the
 * due instant is late.
 */
export function timelinessMs(cal: WorkingCalendar, unit: DurationUnit, end: number, due: number): Timeliness {
  if (end > due) return 'late';
  const lastMoment = due - 1;
  switch (unit) {
    case 'working_hours':
      return workingMsBetween(cal, end, due) < MS_PER_HOUR ? 'on_time' : 'early';
    case 'half_working_days': {
      const mid = midDayMs(cal.workingHours);
      const half = (t: number) => `${localDateOf(t)}${localMsOfDay(t) < mid ? 'am' : 'pm'}`;
      return half(end) === half(lastMoment) ? 'on_time' : 'early';
    }
    default:
      return localDateOf(end) === localDateOf(lastMoment) ? 'on_time' : 'early';
  }
}

/**
 * Decree 61/2018 art. 18: a paper dossier received after 15:00 (the calendar's cut-off) counts from the start of
 * the next working day (08:00). Otherwise the time counts from reception. Epoch ms in and out.
 */
export function countingStartMs(cal: WorkingCalendar, receivedAt: number, medium: Medium): number {
  if (medium === 'paper' && localMsOfDay(receivedAt) > cal.workingHours.paperCutoffMs) {
    return startOfWorkingDay(cal, cal.nextWorkingDay(localDateOf(receivedAt)));
  }
  return receivedAt;
}

/** The due instant of `duration` counted from `start`. */
export function dueDate(cal: WorkingCalendar, duration: Duration, start: InstantInput): Date {
  return new Date(dueMs(cal, duration, instantMs(start)));
}

/** When a dossier received at `receivedAt` starts counting (Decree 61 art. 18 for paper after 15:00). */
export function countingStart(cal: WorkingCalendar, receivedAt: InstantInput, medium: Medium): Date {
  return new Date(countingStartMs(cal, instantMs(receivedAt), medium));
}

/** Early, on time or late for a dossier finished at `end` with due instant `due`, at the unit's granularity. */
export function timeliness(
  cal: WorkingCalendar,
  unit: DurationUnit,
  end: InstantInput,
  due: InstantInput,
): Timeliness {
  return timelinessMs(cal, unit, instantMs(end), instantMs(due));
}

/** Working minutes between two instants (negative when `b` is before `a`). */
export function workingMinutesBetween(cal: WorkingCalendar, a: InstantInput, b: InstantInput): number {
  return workingMsBetween(cal, instantMs(a), instantMs(b)) / MS_PER_MINUTE;
}

/** The instant `minutes` of working time after `from` (before it when negative). */
export function addWorkingMinutes(cal: WorkingCalendar, from: InstantInput, minutes: number): Date {
  return new Date(addWorkingMs(cal, instantMs(from), Math.round(minutes * MS_PER_MINUTE)));
}
