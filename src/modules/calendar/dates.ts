/**
 * Calendar dates and Vietnamese local time, by plain arithmetic (never the host time zone).
 *
 * A calendar date is an ISO string `YYYY-MM-DD` naming an Asia/Ho_Chi_Minh day. Internally a date is a day
 * number (days since 1970-01-01), computed through `Date.UTC` at UTC midnight. Vietnam keeps UTC+7 all year
 * (no daylight saving time), so an instant becomes local time by adding 7 hours.
 */

/** ISO calendar date `YYYY-MM-DD` (a Vietnamese calendar day). */
export type IsoDate = string;

/** Something that names an instant: a `Date` or an ISO 8601 string with an offset (`…Z`, `…+07:00`). */
export type InstantInput = Date | string;

/** 0 = Sunday, 1 = Monday, … 6 = Saturday (as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh is UTC+7 with no daylight saving time. */
export const VIETNAM_UTC_OFFSET_MS = 7 * MS_PER_HOUR;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Day number (days since 1970-01-01) of an ISO date. Throws on a malformed date: that is a caller bug. */
export function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return utcDayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Day number of a proleptic Gregorian date; month and day may overflow (`Date.UTC` semantics, any year). */
function utcDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** ISO date of a day number. */
export function fromDayNumber(day: number): IsoDate {
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

/** Parses an instant; `undefined` when it is not one. A string must carry its offset (`Z` or `±hh:mm`). */
export function toInstant(input: InstantInput): Date | undefined {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : input;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(input)) return undefined;
  const d = new Date(input);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The Vietnamese calendar day an instant falls on. */
export function localDateOf(instantMs: number): IsoDate {
  return fromDayNumber(Math.floor((instantMs + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY));
}

/** The Vietnamese calendar day of an instant (e.g. for a dossier code's YYMMDD). Throws on a non-instant. */
export function localDate(input: InstantInput): IsoDate {
  const d = toInstant(input);
  if (!d) throw new RangeError(`not an instant: ${String(input)}`);
  return localDateOf(d.getTime());
}

/** Milliseconds since local (UTC+7) midnight. */
export function localMsOfDay(instantMs: number): number {
  const local = instantMs + VIETNAM_UTC_OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant (epoch ms) of local time `msOfDay` on a Vietnamese day (`msOfDay` may be 24:00 = next midnight). */
export function localInstant(date: IsoDate, msOfDay: number): number {
  return dayNumber(date) * MS_PER_DAY + msOfDay - VIETNAM_UTC_OFFSET_MS;
}

/** An instant written with the Vietnamese offset, e.g. `2025-02-05T17:00:00+07:00` (for people and logs). */
export function formatLocal(instantMs: number): string {
  const local = new Date(instantMs + VIETNAM_UTC_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}
