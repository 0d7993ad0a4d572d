import { z } from 'zod';

/**
 * The one home of how the API reads dates, instants and whole numbers from clients (issue 18 §6: no input
 * reaches a 500). A date PostgreSQL cannot hold (year 0, 99999-12-31) or JavaScript cannot (−271821) used to
 * pass validation and fail in the database; every route takes its dates and numbers from here instead.
 *
 * Years 1900–2200 hold every date a province's records need — the oldest land-use records and birth dates
 * (1900) to the longest statutory deadline or plan horizon — and refuse the rest with a 400 naming the field.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** PostgreSQL `integer` (the type of versions, positions, counts in the schema): −2³¹ … 2³¹−1. */
export const MAX_INT4 = 2_147_483_647;

const yearMessage = `year must be between ${MIN_YEAR} and ${MAX_YEAR}`;

function yearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A calendar date, `YYYY-MM-DD`, a real day (no 30 February) in years 1900–2200; stays a string. */
export const calendarDate = z.iso
  .date({ error: 'expected a date YYYY-MM-DD' })
  .refine((value) => yearInRange(Number(value.slice(0, 4))), { error: yearMessage });

/**
 * An instant, ISO 8601 with a time-zone offset (`2026-03-02T08:00:00+07:00`), in years 1900–2200; stays a
 * string. Use `instantAsDate` where the handler wants a Date.
 */
export const instant = z.iso
  .datetime({ offset: true, error: 'expected a date-time with offset, e.g. 2026-03-02T08:00:00+07:00' })
  .refine((value) => yearInRange(new Date(value).getUTCFullYear()), { error: yearMessage });

/** `instant`, turned into a Date. */
export const instantAsDate = instant.transform((value) => new Date(value));

/**
 * A query bound that may be a day or an instant (`from=2026-03-01`, `from=2026-03-01T08:00:00Z`), as a Date;
 * a bare day is its start in UTC, as `new Date('2026-03-01')` reads it.
 */
export const dateOrInstant = z
  .union([calendarDate, instant], { error: 'expected a date YYYY-MM-DD or a date-time with offset' })
  .transform((value) => new Date(value));

/**
 * A whole number from a query string or path (`?page=2`), between min and max (at most PostgreSQL integer):
 * refuses 1.5, NaN, Infinity, 1e308, 2⁵³+1 and anything past the bounds with a 400.
 */
export function queryInt(min: number, max: number = MAX_INT4) {
  return z.coerce.number({ error: 'expected a whole number' }).int().min(min).max(Math.min(max, MAX_INT4));
}

/** A whole number in a JSON body, between min and max (at most PostgreSQL integer). */
export function bodyInt(min: number, max: number = MAX_INT4) {
  return z.number({ error: 'expected a whole number' }).int().min(min).max(Math.min(max, MAX_INT4));
}
