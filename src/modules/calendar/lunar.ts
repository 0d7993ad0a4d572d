/**
 * Âm lịch — the Vietnamese lunisolar calendar, computed at UTC+7.
 *
 * Follows the method Hồ Ngọc Đức published for the Vietnamese calendar (the astronomy is from Jean Meeus'
 * series for the new moon and the sun's longitude):
 * 1. a lunar month begins on the local (UTC+7) day that holds the new moon;
 * 2. month 11 is the month that holds the winter solstice (sun's longitude 270°);
 * 3. when 13 months lie between two months 11, the first of them (after month 11) that holds no major solar
 *    term (sun's longitude a multiple of 30°) is the leap month and repeats the number of the month before it.
 *
 * The time zone matters: at UTC+8 (the Chinese calendar) some new moons fall on the next day, so Tết 2030 is
 * 2/2 in Vietnam but 3/2 in China, and Tết 1985 is 21/1 in Vietnam but 20/2 in China. Intended for years
 * 1800–2199, the range the published method was checked on.
 */
import { dayNumber, fromDayNumber, type IsoDate, isoDate, yearOf } from './dates.js';

/** Hours east of UTC at which the Vietnamese calendar is computed. */
export const VIETNAM_TIME_ZONE_HOURS = 7;

/** A lunar date. `leap` marks a day of the leap month (tháng nhuận). */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of new moon number 0 of the series (6 January 1900). */
const NEW_MOON_EPOCH_JD = 2415021.076998695;
/** Julian day number of 1970-01-01, day number 0 of dates.ts. */
const JDN_OF_UNIX_EPOCH = 2440588;

const sinDeg = (degrees: number): number => Math.sin(degrees * RAD);

/** Julian day (UT) of new moon number `k` counted from January 1900 (Meeus' series, with ΔT removed). */
function newMoonJulianDay(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const [m, mp, f] = [sunAnomaly, moonAnomaly, moonLatitude];
  const periodic =
    (0.1734 - 0.000393 * t) * sinDeg(m) +
    0.0021 * sinDeg(2 * m) -
    0.4068 * sinDeg(mp) +
    0.0161 * sinDeg(2 * mp) -
    0.0004 * sinDeg(3 * mp) +
    0.0104 * sinDeg(2 * f) -
    0.0051 * sinDeg(m + mp) -
    0.0074 * sinDeg(m - mp) +
    0.0004 * sinDeg(2 * f + m) -
    0.0004 * sinDeg(2 * f - m) -
    0.0006 * sinDeg(2 * f + mp) +
    0.001 * sinDeg(2 * f - mp) +
    0.0005 * sinDeg(m + 2 * mp);
  // ΔT = TT − UT, in days: a polynomial before about 1780 (t < −11 centuries is 1800 and earlier), another after.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + periodic - deltaT;
}

/** Julian day number of the local day that holds new moon `k`. */
function newMoonDay(k: number, zone: number): number {
  return Math.floor(newMoonJulianDay(k) + 0.5 + zone / 24);
}

/**
 * Which 30° sector (0–11) of ecliptic longitude the sun is in at local midnight starting day `jdn`.
 * Sector 9 begins at the winter solstice (270°). Low-precision solar theory (Meeus), enough for whole days.
 */
function sunSector(jdn: number, zone: number): number {
  const t = (jdn - 2451545.5 - zone / 24) / 36525; // Julian centuries since J2000
  const t2 = t * t;
  const anomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * sinDeg(anomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * anomaly) +
    0.00029 * sinDeg(3 * anomaly);
  const longitude = (((meanLongitude + center) % 360) + 360) % 360;
  return Math.floor(longitude / 30);
}

/** Julian day number of the first day of the lunar month that holds the winter solstice of `year`. */
function month11Start(year: number, zone: number): number {
  const lastDayOfYear = dayNumber(isoDate(year, 12, 31)) + JDN_OF_UNIX_EPOCH;
  const k = Math.floor((lastDayOfYear - 2415021) / SYNODIC_MONTH);
  const candidate = newMoonDay(k, zone);
  // If the sun has already passed 270° when this month begins, the solstice fell in the month before.
  return sunSector(candidate, zone) >= 9 ? newMoonDay(k - 1, zone) : candidate;
}

interface LunarMonthSpan {
  /** Julian day number of day 1. */
  start: number;
  /** 29 or 30. */
  length: number;
  month: number;
  year: number;
  leap: boolean;
}

const monthCache = new Map<string, readonly LunarMonthSpan[]>();

/**
 * The lunar months from month 11 of lunar year `year − 1` up to (not including) month 11 of lunar year `year`,
 * i.e. between the months that hold the winter solstices of `year − 1` and `year`. 12 or 13 months.
 */
function monthsBetweenSolstices(year: number, zone: number): readonly LunarMonthSpan[] {
  const key = `${zone}:${year}`;
  const cached = monthCache.get(key);
  if (cached) return cached;

  const first = month11Start(year - 1, zone);
  const next = month11Start(year, zone);
  const k0 = Math.round((first - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  const count = Math.round((next - first) / SYNODIC_MONTH);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(i === 0 ? first : newMoonDay(k0 + i, zone));
  starts.push(next);

  // Leap year (13 months): the first month after month 11 in which the sun enters no new sector.
  let leapIndex = -1;
  if (count === 13) {
    leapIndex = 12;
    for (let i = 1; i < count; i++) {
      if (sunSector(starts[i]!, zone) === sunSector(starts[i + 1]!, zone)) {
        leapIndex = i;
        break;
      }
    }
  }

  const months: LunarMonthSpan[] = [];
  let month = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) month = (month % 12) + 1;
    months.push({
      start: starts[i]!,
      length: starts[i + 1]! - starts[i]!,
      month,
      year: month >= 11 ? year - 1 : year,
      leap,
    });
  }
  monthCache.set(key, months);
  return months;
}

/** The lunar date of a (Vietnamese) calendar day. */
export function solarToLunar(date: IsoDate, zone: number = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  const jdn = dayNumber(date) + JDN_OF_UNIX_EPOCH;
  const year = yearOf(date);
  const span = jdn >= month11Start(year, zone) ? year + 1 : year;
  const months = monthsBetweenSolstices(span, zone);
  let found = months[0]!;
  for (const m of months) if (m.start <= jdn) found = m;
  return { day: jdn - found.start + 1, month: found.month, year: found.year, leap: found.leap };
}

/**
 * The calendar day of a lunar date, or `undefined` when that lunar date does not exist (day 30 of a 29-day
 * month, or a leap month the year does not have).
 */
export function lunarToSolar(
  day: number,
  month: number,
  year: number,
  leap = false,
  zone: number = VIETNAM_TIME_ZONE_HOURS,
): IsoDate | undefined {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const months = monthsBetweenSolstices(month >= 11 ? year + 1 : year, zone);
  const span = months.find((m) => m.month === month && m.leap === leap);
  if (!span || day > span.length) return undefined;
  return fromDayNumber(span.start + day - 1 - JDN_OF_UNIX_EPOCH);
}

/** Tết Nguyên Đán — the first day of the lunar year that begins in Gregorian `year`. */
export function tetDate(year: number): IsoDate {
  const date = lunarToSolar(1, 1, year);
  if (date === undefined) throw new Error(`no lunar 1/1 for ${year}`); // every lunar year has a month 1
  return date;
}

/** The leap month (1–12) of lunar year `year`, or `undefined` when the year has none. */
export function leapMonthOf(year: number, zone: number = VIETNAM_TIME_ZONE_HOURS): number | undefined {
  const spans = [...monthsBetweenSolstices(year, zone), ...monthsBetweenSolstices(year + 1, zone)];
  return spans.find((m) => m.leap && m.year === year)?.month;
}
