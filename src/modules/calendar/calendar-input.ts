/**
 * Shared checks of calendar input: the years the calendar serves, dates, provinces. Field errors name the
 * field as the API receives it (`days.3.date`), so the web form can show each next to its input.
 */
import type { Executor } from '../../platform/database/connection.js';
import { type FieldError, codedFieldError as field } from '../../platform/result.js';
import { findUnit } from '../units/index.js';
import { type IsoDate, isIsoDate, type Weekday, weekdayOf, yearOf } from './dates.js';
import { DEFAULT_WEEKLY_REST_DAYS } from './holiday-rules.js';
import { msg } from './messages.js';

/**
 * The years the calendar answers for. The lunar algorithm is checked for 1800–2199; the last year leaves room
 * for long durations counted from it.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2150;

/** Civil-service weekly rest days (Decision 188/1999/QĐ-TTg): Saturday and Sunday. */
const REST = new Set<Weekday>(DEFAULT_WEEKLY_REST_DAYS);

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function isWeeklyRestDay(date: IsoDate): boolean {
  return REST.has(weekdayOf(date));
}

export function yearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A field error when `date` is not a real date within the calendar's years; undefined when it is fine. */
export function checkDate(name: string, date: string): FieldError | undefined {
  if (!isIsoDate(date)) return field(name, msg('calendar.dateNotReal'));
  if (!yearInRange(yearOf(date)))
    return field(name, msg('calendar.dateOutsideYears', { first: FIRST_YEAR, last: LAST_YEAR }));
  return undefined;
}

/** Whether `code` is a province-level unit (2-digit code, Decision 19/2025/QĐ-TTg). */
export async function isProvince(db: Executor, code: string): Promise<boolean> {
  if (!/^\d{2}$/.test(code)) return false;
  const unit = await findUnit(db, code);
  return unit?.level === 'province';
}

/** Text NFC-normalised and trimmed (STYLE.md: text is NFC-normalised on the way in); null when blank. */
export function text(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const normalised = value.normalize('NFC').trim();
  return normalised === '' ? null : normalised;
}
