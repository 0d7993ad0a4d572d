/**
 * Reading the calendar: a year's days off, make-up Saturdays and notices; whether a day is worked; working
 * days added to a date; the due date of a duration counted from an instant. Public: no actor needed.
 */
import type { Executor } from '../../platform/database/connection.js';
import {
  type FieldError,
  codedFieldError as field,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import {
  checkDate,
  FIRST_YEAR,
  isProvince,
  isWeeklyRestDay,
  LAST_YEAR,
  yearInRange,
} from './calendar-input.js';
import { type CalendarCacheOptions, type LoadedCalendar, loadCalendar } from './calendar-store.js';
import type { DayOff, DayOffKind, MakeUpWorkday } from './calendar-types.js';
import {
  formatLocal,
  type IsoDate,
  localDate,
  MS_PER_MINUTE,
  toInstant,
  type Weekday,
  weekdayOf,
} from './dates.js';
import {
  countingStart,
  DURATION_UNITS,
  type DurationUnit,
  dueDate,
  type Medium,
  parseDuration,
} from './durations.js';
import { msg } from './messages.js';

export interface NoticeView {
  number: string | null;
  issued: IsoDate | null;
  issuer: string;
  covers: string;
  reportedBy: string;
  confidence: string;
  /** Null for a national notice. */
  provinceCode: string | null;
}

export interface DayOffView {
  date: IsoDate;
  weekday: Weekday;
  name: string;
  source: string;
  kind: DayOffKind;
  provisional: boolean;
  /** The number of the notice that fixed it, when recorded. */
  notice: string | null;
  /** A holiday on a Saturday or Sunday: listed because it explains a make-up day off (art. 111(3)). */
  onRestDay: boolean;
}

export interface MakeUpView {
  date: IsoDate;
  weekday: Weekday;
  name: string;
  source: string;
  provisional: boolean;
  notice: string | null;
}

export interface WorkingHoursView {
  periods: Array<{ start: string; end: string }>;
  paperCutoff: string;
  /** False when the province uses the default 08:00–12:00, 13:00–17:00. */
  custom: boolean;
}

export interface YearView {
  year: number;
  provinceCode: string | null;
  /** `notice`: from the year's official notices; `rules`: derived from the Labour Code until one is recorded. */
  basis: 'notice' | 'rules';
  notices: NoticeView[];
  daysOff: DayOffView[];
  makeUpWorkdays: MakeUpView[];
  /** The CLI's lists: every weekday off and every weekly rest day worked. */
  summary: { year: number; daysOff: IsoDate[]; makeUpWorkdays: IsoDate[] };
  workingHours: WorkingHoursView;
  revision: number;
}

export interface DayView {
  date: IsoDate;
  weekday: Weekday;
  working: boolean;
  weeklyRestDay: boolean;
  dayOff: DayOffView | null;
  makeUpWorkday: MakeUpView | null;
  basis: 'notice' | 'rules';
  provinceCode: string | null;
}

/** The largest amount accepted per unit, so every answer stays inside the years the calendar serves. */
export const MAX_AMOUNT: Record<DurationUnit, number> = {
  working_days: 5000,
  half_working_days: 10000,
  working_hours: 40000,
  calendar_days: 10000,
  months: 480,
};

const clock = (ms: number) => {
  const minutes = Math.round(ms / MS_PER_MINUTE);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** The calendar of a scope, after checking the province exists (404 otherwise). */
async function scoped(
  db: Executor,
  provinceCode: string | null | undefined,
  options?: CalendarCacheOptions,
): Promise<Result<LoadedCalendar>> {
  if (provinceCode && !(await isProvince(db, provinceCode))) return notFound('province', provinceCode);
  return ok(await loadCalendar(db, provinceCode ?? null, options));
}

function dayOffView(loaded: LoadedCalendar, d: DayOff): DayOffView {
  return {
    date: d.date,
    weekday: weekdayOf(d.date),
    name: d.name,
    source: d.source,
    kind: d.kind,
    provisional: d.provisional,
    notice: loaded.noticeOf(d.date),
    onRestDay: isWeeklyRestDay(d.date),
  };
}

function makeUpView(loaded: LoadedCalendar, m: MakeUpWorkday): MakeUpView {
  return { ...m, weekday: weekdayOf(m.date), notice: loaded.noticeOf(m.date) };
}

function hoursView(loaded: LoadedCalendar): WorkingHoursView {
  const hours = loaded.calendar.workingHours;
  return {
    periods: hours.periods.map((p) => ({ start: clock(p.startMs), end: clock(p.endMs) })),
    paperCutoff: clock(hours.paperCutoffMs),
    custom: loaded.rows.hours !== null,
  };
}

/** A year's calendar for a province (with its local days) or the nation. */
export async function describeYear(
  db: Executor,
  year: number,
  provinceCode?: string | null,
  options?: CalendarCacheOptions,
): Promise<Result<YearView>> {
  if (!yearInRange(year)) {
    const years = { first: FIRST_YEAR, last: LAST_YEAR };
    return invalidBecause(msg('calendar.noYear', { year, ...years }), [
      field('year', msg('calendar.yearOutOfRange', years)),
    ]);
  }
  const found = await scoped(db, provinceCode, options);
  if (!found.ok) return found;
  const loaded = found.value;
  const cal = loaded.calendar;
  const makeUps = new Set(cal.makeUpWorkdays(year));
  return ok({
    year,
    provinceCode: loaded.provinceCode,
    basis: cal.yearBasis(year).basis,
    notices: loaded.rows.notices
      .filter((n) => n.year === year)
      .map((n) => ({
        number: n.number,
        issued: n.issued,
        issuer: n.issuer,
        covers: n.covers,
        reportedBy: n.reportedBy,
        confidence: n.confidence,
        provinceCode: n.provinceCode,
      })),
    daysOff: cal.daysOffDetailed(year).map((d) => dayOffView(loaded, d)),
    makeUpWorkdays: [...makeUps].map((date) => makeUpView(loaded, cal.makeUpWorkday(date)!)),
    summary: { year, daysOff: cal.daysOff(year), makeUpWorkdays: cal.makeUpWorkdays(year) },
    workingHours: hoursView(loaded),
    revision: loaded.revision,
  });
}

/** Whether a date is a working day, and why not. */
export async function describeDay(
  db: Executor,
  date: IsoDate,
  provinceCode?: string | null,
  options?: CalendarCacheOptions,
): Promise<Result<DayView>> {
  const bad = checkDate('date', date);
  if (bad) return invalidBecause(msg('calendar.dayInvalid'), [bad]);
  const found = await scoped(db, provinceCode, options);
  if (!found.ok) return found;
  const loaded = found.value;
  const cal = loaded.calendar;
  const off = cal.dayOff(date);
  const makeUp = cal.makeUpWorkday(date);
  return ok({
    date,
    weekday: weekdayOf(date),
    working: cal.isWorkingDay(date),
    weeklyRestDay: isWeeklyRestDay(date),
    dayOff: off ? dayOffView(loaded, off) : null,
    makeUpWorkday: makeUp && !off ? makeUpView(loaded, makeUp) : null,
    basis: cal.yearBasis(Number(date.slice(0, 4))).basis,
    provinceCode: loaded.provinceCode,
  });
}

export interface AddWorkingDaysAnswer {
  from: IsoDate;
  workingDays: number;
  /** The Nth working day after `from` (`from` not counted). */
  date: IsoDate;
  provinceCode: string | null;
}

/** The `workingDays`-th working day after `from` (before it when negative). */
export async function addWorkingDaysFrom(
  db: Executor,
  input: { from: IsoDate; workingDays: number; provinceCode?: string | null },
  options?: CalendarCacheOptions,
): Promise<Result<AddWorkingDaysAnswer>> {
  const errors: FieldError[] = [];
  const bad = checkDate('from', input.from);
  if (bad) errors.push(bad);
  const max = MAX_AMOUNT.working_days;
  if (!Number.isInteger(input.workingDays) || Math.abs(input.workingDays) > max) {
    errors.push(field('workingDays', msg('calendar.workingDaysRange', { max })));
  }
  if (errors.length > 0) return invalidBecause(msg('calendar.questionInvalid'), errors);
  const found = await scoped(db, input.provinceCode, options);
  if (!found.ok) return found;
  const date = found.value.calendar.addWorkingDays(input.from, input.workingDays);
  return ok({
    from: input.from,
    workingDays: input.workingDays,
    date,
    provinceCode: found.value.provinceCode,
  });
}

export interface DueDateInput {
  /** When the dossier (or request) was received: an ISO 8601 instant with its offset. */
  receivedAt: string;
  amount: number;
  unit: string;
  medium: Medium;
  provinceCode?: string | null;
}

export interface DueDateAnswer {
  receivedAt: string;
  medium: Medium;
  amount: number;
  unit: DurationUnit;
  /** When the time starts counting (the next working day at 08:00 for paper after 15:00, Decree 61 art. 18). */
  countingFrom: string;
  countingFromLocal: string;
  due: string;
  /** The due instant in Vietnamese time, e.g. `2025-02-05T17:00:00+07:00`. */
  dueLocal: string;
  dueDate: IsoDate;
  provinceCode: string | null;
}

/** The due date of a duration counted from reception (durations.ts says what "due" means per unit). */
export async function computeDueDate(
  db: Executor,
  input: DueDateInput,
  options?: CalendarCacheOptions,
): Promise<Result<DueDateAnswer>> {
  const errors: FieldError[] = [];
  const at = toInstant(input.receivedAt);
  const year = at ? Number(localDate(at).slice(0, 4)) : undefined;
  if (!at) errors.push(field('receivedAt', msg('calendar.instant')));
  else if (!yearInRange(year!))
    errors.push(field('receivedAt', msg('calendar.instantBefore', { year: LAST_YEAR + 1 })));
  const duration = parseDuration(input.amount, input.unit);
  if (!(DURATION_UNITS as readonly string[]).includes(input.unit)) {
    errors.push(field('unit', msg('calendar.unit', { units: DURATION_UNITS.join(', ') })));
  } else if (!duration.ok) {
    errors.push(field('amount', msg('calendar.amount')));
  } else if (input.amount > MAX_AMOUNT[duration.value.unit]) {
    errors.push(
      field(
        'amount',
        msg('calendar.amountAtMost', { max: MAX_AMOUNT[duration.value.unit], unit: input.unit }),
      ),
    );
  }
  if (errors.length > 0 || !at || !duration.ok)
    return invalidBecause(msg('calendar.questionInvalid'), errors);
  const found = await scoped(db, input.provinceCode, options);
  if (!found.ok) return found;
  const cal = found.value.calendar;
  const start = countingStart(cal, at, input.medium);
  const due = dueDate(cal, duration.value, start);
  const dueLocal = formatLocal(due.getTime());
  return ok({
    receivedAt: at.toISOString(),
    medium: input.medium,
    amount: duration.value.amount,
    unit: duration.value.unit,
    countingFrom: start.toISOString(),
    countingFromLocal: formatLocal(start.getTime()),
    due: due.toISOString(),
    dueLocal,
    // 24:00 of a civil day is written as 00:00 of the next; the due day is the one that ends then.
    dueDate: localDate(new Date(due.getTime() - 1)),
    provinceCode: found.value.provinceCode,
  });
}
