/**
 * Ngày nghỉ lễ, tết theo quy tắc — a year's holidays derived from the law, for years no notice covers yet.
 *
 * Labour Code 2019 (Law 45/2019/QH14, in force from 1/1/2021) art. 112(1) lists the paid holidays: 1/1, five
 * Tết days, 30/4, 1/5, 2/9 plus one adjacent day, and 10/3 lunar. Art. 112(3) lets the Prime Minister choose
 * each year which five days are Tết and which day is National Day's second, so for a year without a notice
 * those days are a documented default, marked `provisional`. Art. 111(3) gives a make-up day for a holiday on
 * a weekly rest day. Swaps (a weekday off for a Saturday worked) are never derived: only a notice makes them.
 */
import type { DayOff } from './calendar-types.js';
import { addDays, type IsoDate, isoDate, type Weekday, weekdayOf } from './dates.js';
import { lunarToSolar, solarToLunar, tetDate } from './lunar.js';

/** Saturday and Sunday: the civil-service weekly rest days (Decision 188/1999/QĐ-TTg). */
export const DEFAULT_WEEKLY_REST_DAYS: readonly Weekday[] = [6, 0];

/** Vietnamese Culture Day (24/11) is a paid day off from 1/7/2026 (Resolution 28/2026/QH16 art. 2). */
export const CULTURE_DAY_FIRST_YEAR = 2026;

const ART_112 = 'Labour Code 2019 art. 112(1)';
const TET_DEFAULT =
  'default choice: the last two days of the lunar year and the first three of the new one (as in 2024 and 2025), until the yearly notice (art. 112(3))';
const NATIONAL_DAY_DEFAULT =
  'default choice: the adjacent day that joins the holiday to a weekend, until the yearly notice (art. 112(3))';

/**
 * The day National Day's second day falls on by default, as an offset from 2/9 by the weekday of 2/9: after
 * it when 2/9 is a Sunday, Monday or Thursday, before it otherwise. Matches 2024 (Mon → 3/9) and 2025
 * (Tue → 1/9); for a Wednesday the day before, as the 2026 data has it.
 */
const NATIONAL_DAY_SECOND_OFFSET: Record<Weekday, 1 | -1> = { 0: 1, 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1 };

/** Orders anything dated by its ISO date. */
export function byDate(a: { date: IsoDate }, b: { date: IsoDate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

interface Holiday {
  date: IsoDate;
  name: string;
  source: string;
  provisional: boolean;
}

/** The five Tết days by default: lunar year's last two days (Tết−2, Tết−1) and its first three (Tết…Tết+2). */
function tetHolidays(year: number): Holiday[] {
  const tet = tetDate(year);
  const names = new Map<number, string>([
    [-1, 'Giao thừa Tết Nguyên Đán'],
    [0, 'Tết Nguyên Đán'],
    [1, 'Mùng hai Tết Nguyên Đán'],
    [2, 'Mùng ba Tết Nguyên Đán'],
  ]);
  const days: Holiday[] = [];
  for (let offset = -2; offset <= 2; offset++) {
    const date = addDays(tet, offset);
    const name = names.get(offset) ?? `Nghỉ Tết (${solarToLunar(date).day} tháng Chạp)`;
    days.push({ date, name, source: `${ART_112}(b); ${TET_DEFAULT}`, provisional: true });
  }
  return days;
}

/** The art. 112(1) holidays of a Gregorian year (some may fall on weekly rest days). */
export function statutoryHolidays(year: number): DayOff[] {
  const nationalDay = isoDate(year, 9, 2);
  const secondDay = addDays(nationalDay, NATIONAL_DAY_SECOND_OFFSET[weekdayOf(nationalDay)]);
  const hungKings = lunarToSolar(10, 3, year);
  if (hungKings === undefined) throw new Error(`no lunar 10/3 in ${year}`); // month 3 always has a day 10
  const holidays: Holiday[] = [
    { date: isoDate(year, 1, 1), name: 'Tết Dương lịch', source: `${ART_112}(a)`, provisional: false },
    ...tetHolidays(year),
    {
      date: hungKings,
      name: 'Ngày Giỗ Tổ Hùng Vương',
      source: `${ART_112}(e): 10/3 lunar`,
      provisional: false,
    },
    { date: isoDate(year, 4, 30), name: 'Ngày Chiến thắng', source: `${ART_112}(c)`, provisional: false },
    { date: isoDate(year, 5, 1), name: 'Ngày Quốc tế Lao động', source: `${ART_112}(d)`, provisional: false },
    { date: nationalDay, name: 'Quốc khánh', source: `${ART_112}(đ)`, provisional: false },
    {
      date: secondDay,
      name: 'Quốc khánh (ngày liền kề)',
      source: `${ART_112}(đ); ${NATIONAL_DAY_DEFAULT}`,
      provisional: true,
    },
  ];
  return holidays.map((h) => ({ ...h, kind: 'holiday' as const })).sort(byDate);
}

/** Culture Day of `year`, when it is a day off that year. Not an art. 112(1) holiday: no art. 111(3) make-up. */
export function cultureDay(year: number): DayOff | undefined {
  if (year < CULTURE_DAY_FIRST_YEAR) return undefined;
  return {
    date: isoDate(year, 11, 24),
    name: 'Ngày Văn hóa Việt Nam',
    source:
      'Resolution 28/2026/QH16 art. 2 (paid day off from 1/7/2026); not in Labour Code 2019 art. 112(1), so no art. 111(3) make-up day',
    kind: 'holiday',
    provisional: false,
  };
}

/**
 * Labour Code 2019 art. 111(3): each art. 112(1) holiday that falls on a weekly rest day is made up on the next
 * working day — the next day that is neither a rest day, nor a holiday, nor an earlier make-up day, nor another
 * day off in `alsoOff`. Holidays are taken in date order, so a run of them stacks its make-up days after it.
 */
export function compensatoryDays(
  holidays: readonly DayOff[],
  weeklyRestDays: readonly Weekday[] = DEFAULT_WEEKLY_REST_DAYS,
  alsoOff: ReadonlySet<IsoDate> = new Set(),
): DayOff[] {
  const rest = new Set<number>(weeklyRestDays);
  if (rest.size >= 7) return [];
  const taken = new Set<IsoDate>([...holidays.map((h) => h.date), ...alsoOff]);
  const made: DayOff[] = [];
  for (const h of [...holidays].sort(byDate)) {
    if (!rest.has(weekdayOf(h.date))) continue;
    let day = addDays(h.date, 1);
    while (rest.has(weekdayOf(day)) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    made.push({
      date: day,
      name: `Nghỉ bù ${h.name} (${h.date.slice(8, 10)}/${h.date.slice(5, 7)})`,
      source: `Labour Code 2019 art. 111(3): ${h.date} is a weekly rest day that coincides with ${h.name}`,
      kind: 'compensatory',
      provisional: h.provisional,
    });
  }
  return made;
}

/**
 * Every day off of `year` derived by rule, in date order: the art. 112(1) holidays (also those on rest days),
 * their art. 111(3) make-up days, and Culture Day from 2026.
 */
export function daysOffByRule(
  year: number,
  weeklyRestDays: readonly Weekday[] = DEFAULT_WEEKLY_REST_DAYS,
): DayOff[] {
  const holidays = statutoryHolidays(year);
  const culture = cultureDay(year);
  const extra = culture ? [culture] : [];
  const made = compensatoryDays(holidays, weeklyRestDays, new Set(extra.map((d) => d.date)));
  return [...holidays, ...made, ...extra].sort(byDate);
}
