/**
 * Lịch ngày làm việc — which Vietnamese calendar days are working days, and arithmetic on them.
 *
 * Built from data: weekly rest days (Saturday, Sunday), each year's official schedule (days off with their
 * notice, make-up Saturdays worked), days added later by law, and a province's own days off. A year with an
 * official schedule is read from it alone; any other year is derived from the Labour Code rules
 * (holiday-rules.ts) and its rule-chosen days are `provisional`. Pure: data in, answers out.
 */
import type { DayOff, MakeUpWorkday, NoticeRef, YearSchedule } from './calendar-types.js';
import {
  dayNumber,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  type Weekday,
  weekdayOf,
  yearOf,
} from './dates.js';
import { byDate, DEFAULT_WEEKLY_REST_DAYS, daysOffByRule } from './holiday-rules.js';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from './working-hours.js';

export interface CalendarSpec {
  /** Official schedules; a year present here is taken from its schedule and the rules are not used for it. */
  readonly schedules?: readonly YearSchedule[];
  /** Days off added on top of any year, scheduled or derived (e.g. a day created by a later law). */
  readonly additionalDaysOff?: readonly DayOff[];
  /** Make-up Saturdays added on top of any year (a swap announced for a rule-derived year). */
  readonly additionalMakeUpWorkdays?: readonly MakeUpWorkday[];
  /** A province's own days off (kind `local`). */
  readonly localDaysOff?: readonly DayOff[];
  /** Default Saturday and Sunday. */
  readonly weeklyRestDays?: readonly Weekday[];
  /** Default 08:00–12:00 and 13:00–17:00, paper cut-off 15:00. */
  readonly workingHours?: WorkingHours;
  /** The days off of a year without a schedule. Default: Labour Code 2019 rules (daysOffByRule). */
  readonly rules?: (year: number, weeklyRestDays: readonly Weekday[]) => readonly DayOff[];
}

/** Where a year's days come from: an official `notice`, or the Labour Code `rules`. */
export interface YearBasis {
  readonly year: number;
  readonly basis: 'notice' | 'rules';
  readonly notices: readonly NoticeRef[];
}

/** The days-off answer of the CLI contract: `{"year":2025,"daysOff":[…],"makeUpWorkdays":["2025-04-26"]}`. */
export interface YearDaysOff {
  readonly year: number;
  readonly daysOff: readonly IsoDate[];
  readonly makeUpWorkdays: readonly IsoDate[];
}

export interface WorkingCalendar {
  /** The data it was built from, to derive another calendar (e.g. a province's, with its local days). */
  readonly spec: CalendarSpec;
  readonly weeklyRestDays: readonly Weekday[];
  readonly workingHours: WorkingHours;
  /** Ngày làm việc: not a day off, and either not a weekly rest day or a make-up Saturday worked. */
  isWorkingDay(date: IsoDate): boolean;
  /** The day off on `date` (also one that falls on a weekly rest day), if any. */
  dayOff(date: IsoDate): DayOff | undefined;
  /** The make-up working day on `date`, if any. */
  makeUpWorkday(date: IsoDate): MakeUpWorkday | undefined;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate;
  /**
   * The `n`th working day after `from` (`from` itself not counted); `n < 0` counts backwards, `n = 0` is
   * `from`. E.g. addWorkingDays('2025-01-24', 3) = '2025-02-05' (Tết 2025 lies between).
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate;
  /**
   * Working days in (a, b] — after `a`, up to and including `b` — or minus those in (b, a] when b < a. So
   * addWorkingDays(a, workingDaysBetween(a, b)) = b whenever b is a working day.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /** The days off of `year` that fall on days otherwise worked (not weekly rest days), in date order. */
  daysOff(year: number): IsoDate[];
  /** Every day off of `year` with its name, source and kind, weekly-rest-day ones included. */
  daysOffDetailed(year: number): DayOff[];
  /** The make-up Saturdays worked in `year`, in date order. */
  makeUpWorkdays(year: number): IsoDate[];
  /** The CLI's days-off answer for a year. */
  yearDaysOff(year: number): YearDaysOff;
  /** Whether `year` comes from a notice or from the rules, and which notices. */
  yearBasis(year: number): YearBasis;
}

interface YearData {
  readonly basis: YearBasis;
  readonly off: ReadonlyMap<IsoDate, DayOff>;
  readonly makeUp: ReadonlyMap<IsoDate, MakeUpWorkday>;
  /** Day number of 1 January. */
  readonly first: number;
  /** 1 for a working day, 0 otherwise, by day of the year: the answer of `isWorkingDay`, made once a year. */
  readonly working: Uint8Array;
}

/** No calendar has this many non-working days in a row; reaching it means the data is broken. */
const MAX_DAYS_WITHOUT_WORK = 3660;

function groupByYear<T extends { date: IsoDate }>(items: readonly T[] | undefined): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items ?? []) {
    const y = yearOf(item.date);
    const list = map.get(y);
    if (list) list.push(item);
    else map.set(y, [item]);
  }
  return map;
}

function checkDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** Builds a working calendar from data. Throws only on data that is a programming error (a bad date). */
export function createWorkingCalendar(spec: CalendarSpec = {}): WorkingCalendar {
  const weeklyRestDays = spec.weeklyRestDays ?? DEFAULT_WEEKLY_REST_DAYS;
  const rest = new Set<number>(weeklyRestDays);
  const workingHours = spec.workingHours ?? DEFAULT_WORKING_HOURS;
  const rules = spec.rules ?? daysOffByRule;
  const scheduled = new Map<number, YearSchedule>();
  for (const s of spec.schedules ?? []) scheduled.set(s.year, s);
  const scheduledOff = groupByYear((spec.schedules ?? []).flatMap((s) => s.daysOff));
  const scheduledMakeUp = groupByYear((spec.schedules ?? []).flatMap((s) => s.makeUpWorkdays));
  const addedOff = groupByYear(spec.additionalDaysOff);
  const addedMakeUp = groupByYear(spec.additionalMakeUpWorkdays);
  const localOff = groupByYear(spec.localDaysOff);
  const years = new Map<number, YearData>();

  function yearData(year: number): YearData {
    const cached = years.get(year);
    if (cached) return cached;
    const schedule = scheduled.get(year);
    const off = new Map<IsoDate, DayOff>();
    const makeUp = new Map<IsoDate, MakeUpWorkday>();
    // Earlier sources win a date: the notice (or rule) first, then later law, then the province.
    const base = schedule ? (scheduledOff.get(year) ?? []) : rules(year, weeklyRestDays);
    for (const d of [...base, ...(addedOff.get(year) ?? []), ...(localOff.get(year) ?? [])]) {
      checkDate(d.date);
      if (!off.has(d.date)) off.set(d.date, d);
    }
    const baseMakeUp = schedule ? (scheduledMakeUp.get(year) ?? []) : [];
    for (const m of [...baseMakeUp, ...(addedMakeUp.get(year) ?? [])]) {
      checkDate(m.date);
      if (!makeUp.has(m.date)) makeUp.set(m.date, m);
    }
    const basis: YearBasis = schedule
      ? { year, basis: 'notice', notices: schedule.notices }
      : { year, basis: 'rules', notices: [] };
    const first = dayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const working = new Uint8Array(dayNumber(`${String(year).padStart(4, '0')}-12-31`) - first + 1);
    for (let i = 0; i < working.length; i++) {
      const date = fromDayNumber(first + i);
      // A day off wins over a make-up day on the same date; a make-up day is worked though a weekly rest day.
      working[i] = off.has(date) ? 0 : makeUp.has(date) || !rest.has(weekdayOf(date)) ? 1 : 0;
    }
    const data = { basis, off, makeUp, first, working };
    years.set(year, data);
    return data;
  }

  /** The year of the last look-up: consecutive days mostly fall in the same year. */
  let recent: YearData | undefined;

  /** `isWorkingDay` by day number, from the year's table. */
  function worksOn(day: number): boolean {
    let data = recent;
    if (data === undefined || day < data.first || day >= data.first + data.working.length) {
      const date = fromDayNumber(day);
      checkDate(date); // past year 9999 there is no ISO date: the same error as before the tables
      data = yearData(yearOf(date));
      recent = data;
    }
    return data.working[day - data.first] === 1;
  }

  function isWorkingDay(date: IsoDate): boolean {
    return worksOn(dayNumber(date));
  }

  function step(date: IsoDate, direction: 1 | -1): IsoDate {
    let day = dayNumber(date);
    for (let i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
      day += direction;
      if (worksOn(day)) return fromDayNumber(day);
    }
    throw new Error(
      `no working day within ${MAX_DAYS_WITHOUT_WORK} days of ${date}: calendar data is broken`,
    );
  }

  function addWorkingDays(from: IsoDate, n: number): IsoDate {
    checkDate(from);
    if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
    const direction = n < 0 ? -1 : 1;
    let day = from;
    for (let i = 0; i < Math.abs(n); i++) day = step(day, direction);
    return day;
  }

  function workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const [from, to, sign] = dayNumber(a) <= dayNumber(b) ? [a, b, 1] : [b, a, -1];
    const start = dayNumber(from);
    const span = dayNumber(to) - start;
    let count = 0;
    for (let i = 1; i <= span; i++) if (worksOn(start + i)) count++;
    return sign * count;
  }

  function daysOffDetailed(year: number): DayOff[] {
    return [...yearData(year).off.values()].sort(byDate);
  }

  function daysOff(year: number): IsoDate[] {
    return daysOffDetailed(year)
      .filter((d) => !rest.has(weekdayOf(d.date)))
      .map((d) => d.date);
  }

  function makeUpWorkdays(year: number): IsoDate[] {
    return [...yearData(year).makeUp.keys()].filter((d) => !yearData(year).off.has(d)).sort();
  }

  return {
    spec,
    weeklyRestDays,
    workingHours,
    isWorkingDay,
    dayOff: (date) => {
      checkDate(date);
      return yearData(yearOf(date)).off.get(date);
    },
    makeUpWorkday: (date) => {
      checkDate(date);
      return yearData(yearOf(date)).makeUp.get(date);
    },
    nextWorkingDay: (date) => step(date, 1),
    previousWorkingDay: (date) => step(date, -1),
    addWorkingDays,
    workingDaysBetween,
    daysOff,
    daysOffDetailed,
    makeUpWorkdays,
    yearDaysOff: (year) => ({ year, daysOff: daysOff(year), makeUpWorkdays: makeUpWorkdays(year) }),
    yearBasis: (year) => yearData(year).basis,
  };
}
