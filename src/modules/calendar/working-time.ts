/**
 * Thời gian làm việc — working time between instants: the parts of working periods (08:00–12:00, 13:00–17:00
 * by default) on working days, in Vietnamese local time. Instants are epoch milliseconds here.
 */
import { addDays, type IsoDate, localDateOf, localInstant, localMsOfDay } from './dates.js';
import type { WorkingCalendar } from './working-calendar.js';
import { dayEndMs, dayStartMs, midDayMs } from './working-hours.js';

/** Guard against endless loops on broken data: no search walks further than this many days. */
const MAX_DAYS = 36_600;

/** Working milliseconds in [a, b]; negative when b is before a. */
export function workingMsBetween(cal: WorkingCalendar, a: number, b: number): number {
  if (b < a) return -workingMsBetween(cal, b, a);
  const last = localDateOf(b);
  let total = 0;
  for (let day = localDateOf(a), i = 0; day <= last && i < MAX_DAYS; day = addDays(day, 1), i++) {
    if (!cal.isWorkingDay(day)) continue;
    for (const p of cal.workingHours.periods) {
      const from = Math.max(a, localInstant(day, p.startMs));
      const to = Math.min(b, localInstant(day, p.endMs));
      if (to > from) total += to - from;
    }
  }
  return total;
}

/**
 * The instant `ms` of working time after `from` (before it when `ms < 0`). Forwards, an exact fit ends at the
 * end of a period (12:00, 17:00), not at the start of the next; `ms = 0` returns `from` unchanged.
 */
export function addWorkingMs(cal: WorkingCalendar, from: number, ms: number): number {
  if (ms === 0) return from;
  const periods = cal.workingHours.periods;
  let left = Math.abs(ms);
  let day = localDateOf(from);
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, ms > 0 ? 1 : -1)) {
    if (!cal.isWorkingDay(day)) continue;
    const ordered = ms > 0 ? periods : [...periods].reverse();
    for (const p of ordered) {
      const start = localInstant(day, p.startMs);
      const end = localInstant(day, p.endMs);
      if (ms > 0) {
        const begin = Math.max(start, from);
        if (end <= begin) continue;
        if (left <= end - begin) return begin + left;
        left -= end - begin;
      } else {
        const finish = Math.min(end, from);
        if (finish <= start) continue;
        if (left <= finish - start) return finish - left;
        left -= finish - start;
      }
    }
  }
  throw new Error(`no working time found within ${MAX_DAYS} days of ${new Date(from).toISOString()}`);
}

/** The first instant at or after `t` that is working time (`t` itself when it is). */
export function nextWorkingInstant(cal: WorkingCalendar, t: number): number {
  const day = localDateOf(t);
  if (cal.isWorkingDay(day)) {
    const clock = localMsOfDay(t);
    for (const p of cal.workingHours.periods) {
      if (clock < p.endMs) return clock >= p.startMs ? t : localInstant(day, p.startMs);
    }
  }
  return startOfWorkingDay(cal, cal.nextWorkingDay(day));
}

/** 08:00 local (by default) on `date`. */
export function startOfWorkingDay(cal: WorkingCalendar, date: IsoDate): number {
  return localInstant(date, dayStartMs(cal.workingHours));
}

/** 17:00 local (by default) on `date`: the due time of a working-day duration ending that day. */
export function endOfWorkingDay(cal: WorkingCalendar, date: IsoDate): number {
  return localInstant(date, dayEndMs(cal.workingHours));
}

/** 12:00 local (by default) on `date`: the end of the morning half-day. */
export function middleOfWorkingDay(cal: WorkingCalendar, date: IsoDate): number {
  return localInstant(date, midDayMs(cal.workingHours));
}
