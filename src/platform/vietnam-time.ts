/**
 * Vietnamese local time, the one home of "what day and hour is it in Vietnam" (issue 23 §3). Vietnam keeps
 * UTC+7 all year (Asia/Ho_Chi_Minh, no daylight saving time), so an instant becomes local time by adding seven
 * hours — never through the host's time zone, which on a server is usually UTC. The working calendar
 * (src/modules/calendar) builds its day arithmetic on these; working hours (when the day's work ends) are the
 * calendar's, per province.
 */

/** ISO calendar date `YYYY-MM-DD` naming a Vietnamese day. */
export type IsoDate = string;

/** Something that names an instant: a `Date` or an ISO 8601 string with an offset (`…Z`, `…+07:00`). */
export type InstantInput = Date | string;

const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh is UTC+7 with no daylight saving time. */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/** Parses an instant; `undefined` when it is not one. A string must carry its offset (`Z` or `±hh:mm`). */
export function toInstant(input: InstantInput): Date | undefined {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : input;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(input)) return undefined;
  const d = new Date(input);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The Vietnamese calendar day an instant (epoch ms) falls on. */
export function localDateOf(instantMs: number): IsoDate {
  return new Date(instantMs + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Vietnamese calendar day of an instant (e.g. for a dossier code's YYMMDD). Throws on a non-instant. */
export function localDate(input: InstantInput): IsoDate {
  const d = toInstant(input);
  if (!d) throw new RangeError(`not an instant: ${String(input)}`);
  return localDateOf(d.getTime());
}

/** Today in Vietnam, or the Vietnamese day of `now`. */
export function vietnamToday(now: Date = new Date()): IsoDate {
  return localDateOf(now.getTime());
}

/** Milliseconds since local (UTC+7) midnight. */
export function localMsOfDay(instantMs: number): number {
  const local = instantMs + VIETNAM_UTC_OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant (epoch ms) of local time `msOfDay` on a Vietnamese day (`msOfDay` may be 24:00 = next midnight). */
export function localInstant(date: IsoDate, msOfDay: number): number {
  return Date.parse(`${date}T00:00:00Z`) + msOfDay - VIETNAM_UTC_OFFSET_MS;
}

/** The instant of a Vietnamese wall-clock time on a day: `vietnamInstant('2026-03-02', '09:30')`. */
export function vietnamInstant(date: IsoDate, time = '00:00'): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(localInstant(date, ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000));
}

/** An instant written with the Vietnamese offset, e.g. `2025-02-05T17:00:00+07:00` (for people, logs, W3C). */
export function formatLocal(instantMs: number): string {
  const local = new Date(instantMs + VIETNAM_UTC_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}
