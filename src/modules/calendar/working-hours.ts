/**
 * Giờ làm việc — the daily working hours of the offices a calendar serves.
 *
 * Working hours are set by each agency (RULES.md §3); 08:00–12:00 and 13:00–17:00 is the common default and a
 * province may configure its own. The 15:00 paper cut-off (Decree 61/2018 art. 18) is kept here too, so a
 * province that changes its hours can keep or move it explicitly.
 */
import { fail, ok, type Result } from '../../platform/result.js';
import { type IsoDate, localInstant, MS_PER_MINUTE } from './dates.js';

/** One working period of the day, as local clock times in ms since midnight (end exclusive). */
export interface WorkingPeriod {
  readonly startMs: number;
  readonly endMs: number;
}

export interface WorkingHours {
  /** Ordered, non-overlapping, non-empty periods inside one day. */
  readonly periods: readonly WorkingPeriod[];
  /** Local clock time after which a paper dossier counts from the next working day (Decree 61 art. 18). */
  readonly paperCutoffMs: number;
}

/** Working hours as people write them: `{ periods: [{ start: '08:00', end: '12:00' }, …], paperCutoff: '15:00' }`. */
export interface WorkingHoursSpec {
  periods: readonly { start: string; end: string }[];
  paperCutoff?: string;
}

export type WorkingHoursError =
  | { kind: 'bad_time'; value: string }
  | { kind: 'empty' }
  | { kind: 'bad_period'; start: string; end: string }
  | { kind: 'overlapping'; start: string };

const HH_MM = /^(\d{2}):(\d{2})$/;

function parseClock(text: string): number | undefined {
  const m = HH_MM.exec(text);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return (h * 60 + min) * MS_PER_MINUTE;
}

/** Validates working hours written as `HH:MM` clock times. */
export function parseWorkingHours(spec: WorkingHoursSpec): Result<WorkingHours, WorkingHoursError> {
  if (spec.periods.length === 0) return fail({ kind: 'empty' });
  const periods: WorkingPeriod[] = [];
  for (const p of spec.periods) {
    const startMs = parseClock(p.start);
    if (startMs === undefined) return fail({ kind: 'bad_time', value: p.start });
    const endMs = parseClock(p.end);
    if (endMs === undefined) return fail({ kind: 'bad_time', value: p.end });
    if (endMs <= startMs) return fail({ kind: 'bad_period', start: p.start, end: p.end });
    const last = periods[periods.length - 1];
    if (last && startMs < last.endMs) return fail({ kind: 'overlapping', start: p.start });
    periods.push({ startMs, endMs });
  }
  const cutoffText = spec.paperCutoff ?? '15:00';
  const paperCutoffMs = parseClock(cutoffText);
  if (paperCutoffMs === undefined) return fail({ kind: 'bad_time', value: cutoffText });
  return ok({ periods, paperCutoffMs });
}

const defaultHours = parseWorkingHours({
  periods: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  paperCutoff: '15:00',
});
if (!defaultHours.ok) throw new Error('default working hours are invalid');

/** 08:00–12:00 and 13:00–17:00, paper cut-off 15:00. */
export const DEFAULT_WORKING_HOURS: WorkingHours = defaultHours.value;

/** Working time in one working day (8 hours by default). */
export function workingMsPerDay(hours: WorkingHours): number {
  return hours.periods.reduce((sum, p) => sum + (p.endMs - p.startMs), 0);
}

/** Local clock time the working day starts (08:00 by default). */
export function dayStartMs(hours: WorkingHours): number {
  return hours.periods[0]!.startMs;
}

/** Local clock time the working day ends (17:00 by default): the due time of a working-day duration. */
export function dayEndMs(hours: WorkingHours): number {
  return hours.periods[hours.periods.length - 1]!.endMs;
}

/**
 * Local clock time at which half of the day's working time has passed: 12:00 by default. The morning half-day
 * ends there; the afternoon half-day ends at the end of the day.
 */
export function midDayMs(hours: WorkingHours): number {
  let left = workingMsPerDay(hours) / 2;
  for (const p of hours.periods) {
    const length = p.endMs - p.startMs;
    if (left <= length) return p.startMs + left;
    left -= length;
  }
  return dayEndMs(hours);
}

/**
 * The instant a Vietnamese day's work ends under these hours (17:00 by default): the deadline of a date-only
 * due date, consultation or extension, the same instant the clock's working-day durations end at.
 */
export function endOfWorkingDay(hours: WorkingHours, date: IsoDate): Date {
  return new Date(localInstant(date, dayEndMs(hours)));
}
