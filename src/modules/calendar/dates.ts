/**
 * Calendar dates by plain arithmetic (never the host time zone); Vietnamese local time from the platform.
 *
 * A calendar date is an ISO string `YYYY-MM-DD` naming an Asia/Ho_Chi_Minh day. Internally a date is a day
 * number (days since 1970-01-01, as `Date.UTC` at UTC midnight counts them). Vietnam keeps UTC+7 all year
 * (no daylight saving time), so an instant becomes local time by adding 7 hours.
 */

import type { IsoDate } from '../../platform/vietnam-time.js';

// Vietnamese local time has one home, the platform's (issue 23 §3); the calendar's API keeps offering it.
export {
  formatLocal,
  type InstantInput,
  type IsoDate,
  localDate,
  localDateOf,
  localInstant,
  localMsOfDay,
  toInstant,
  VIETNAM_UTC_OFFSET_MS,
} from '../../platform/vietnam-time.js';

/** 0 = Sunday, 1 = Monday, … 6 = Saturday (as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/**
 * Day tables: the first day of every year from TABLE_FIRST_YEAR to TABLE_LAST_YEAR, and each year's ISO strings
 * made once on first use, so the day arithmetic that every due date and clock reading repeats thousands of
 * times (issue 6 §7) parses and formats without a `Date` or a regular expression. Dates outside the tables are
 * parsed by the same arithmetic and formatted through `Date`, as are day numbers that are not whole (same answers,
 * same errors as before the tables).
 */
const TABLE_FIRST_YEAR = 1900;
const TABLE_LAST_YEAR = 2199;
/** Cumulative days before each month (index 1–12; index 13 = the year's length), common and leap years. */
const MONTH_STARTS = [
  [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
  [0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
] as const;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Day number of 1 January of `year`, proleptic Gregorian (H. Hinnant's days_from_civil, for 1 March years). */
function yearStartOf(year: number): number {
  const y = year - 1; // 1 January belongs to the March-based year before
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  // Day of the March-based year of 1 January: 306.
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 306 - 719_468;
}

const YEAR_STARTS = Int32Array.from({ length: TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 2 }, (_, i) =>
  yearStartOf(TABLE_FIRST_YEAR + i),
);
const TABLE_FIRST_DAY = YEAR_STARTS[0]!;
const TABLE_END_DAY = YEAR_STARTS[YEAR_STARTS.length - 1]!;
/** ISO strings by day number − TABLE_FIRST_DAY, filled a year at a time. */
const ISO_BY_DAY: Array<string | undefined> = new Array(TABLE_END_DAY - TABLE_FIRST_DAY);

const firstDayOf = (year: number): number =>
  year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR + 1
    ? YEAR_STARTS[year - TABLE_FIRST_YEAR]!
    : yearStartOf(year);

/** Four (or two) ASCII digits at `at`, or −1. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** The day number of a real date written `YYYY-MM-DD`, or −∞ when `text` is not one. */
function parseIsoDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -Infinity;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return -Infinity;
  const starts = MONTH_STARTS[isLeap(y) ? 1 : 0];
  if (d > starts[m + 1]! - starts[m]!) return -Infinity;
  return firstDayOf(y) + starts[m]! + d - 1;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(typeof text === 'string' ? text : String(text)) !== -Infinity;
}

/** Day number (days since 1970-01-01) of an ISO date. Throws on a malformed date: that is a caller bug. */
export function dayNumber(date: IsoDate): number {
  const day = parseIsoDate(typeof date === 'string' ? date : String(date));
  if (day === -Infinity) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

/** Day number of a proleptic Gregorian date; month and day may overflow (`Date.UTC` semantics, any year). */
function utcDayNumber(year: number, month: number, day: number): number {
  if (Number.isSafeInteger(year) && Number.isSafeInteger(month) && Number.isSafeInteger(day)) {
    const y = year + Math.floor((month - 1) / 12);
    const m = (((month - 1) % 12) + 12) % 12;
    if (Math.abs(y) <= 100_000 && Math.abs(day) <= 100_000_000)
      return firstDayOf(y) + MONTH_STARTS[isLeap(y) ? 1 : 0][m + 1]! + day - 1;
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Fills the table with the ISO strings of the year holding `day` (a day within the tables). */
function fillYearOf(day: number): string {
  let year = TABLE_FIRST_YEAR + Math.floor((day - TABLE_FIRST_DAY) / 365.2425);
  while (firstDayOf(year) > day) year--;
  while (firstDayOf(year + 1) <= day) year++;
  const starts = MONTH_STARTS[isLeap(year) ? 1 : 0];
  let at = firstDayOf(year) - TABLE_FIRST_DAY;
  for (let m = 1; m <= 12; m++) {
    const prefix = `${year}-${pad(m, 2)}-`;
    for (let d = 1; d <= starts[m + 1]! - starts[m]!; d++) ISO_BY_DAY[at++] = prefix + pad(d, 2);
  }
  return ISO_BY_DAY[day - TABLE_FIRST_DAY]!;
}

/** ISO date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  if (Number.isInteger(day) && day >= TABLE_FIRST_DAY && day < TABLE_END_DAY)
    return ISO_BY_DAY[day - TABLE_FIRST_DAY] ?? fillYearOf(day);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO date from year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(utcDayNumber(year, month, day));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

export function daysInMonth(year: number, month: number): number {
  return utcDayNumber(year, month + 1, 1) - utcDayNumber(year, month, 1);
}

/**
 * The same day `n` months later (or earlier), or the last day of that month when it has no such day
 * (Civil Code 2015 art. 148: a period in months ends on the corresponding day of the last month).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const y = yearOf(date);
  const m = Number(date.slice(5, 7)) - 1 + n;
  const ty = y + Math.floor(m / 12);
  const tm = (((m % 12) + 12) % 12) + 1;
  return isoDate(ty, tm, Math.min(Number(date.slice(8, 10)), daysInMonth(ty, tm)));
}
