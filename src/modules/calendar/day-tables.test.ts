/**
 * The day tables (dates.ts) and the per-year working-day tables (working-calendar.ts) give exactly the answers
 * of the `Date`-based arithmetic and the day-by-day calendar they replaced: the reference implementations are
 * kept here, as they were, and compared on random dates and durations (issue 6 §7: faster, no result changed).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  isoDate,
  localDateOf,
  localInstant,
  weekdayOf,
} from './dates.js';
import { dueMs, roundUpMs, timelinessMs } from './durations.js';
import { loadNationalCalendar } from './reference-calendar.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingMs, workingMsBetween } from './working-time.js';

const MS_PER_DAY = 86_400_000;

/** The arithmetic before the tables: through `Date` and a regular expression. */
const reference = {
  isIsoDate(text: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1) return false;
    return d <= reference.daysInMonth(y, mo);
  },
  utcDayNumber(year: number, month: number, day: number): number {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return Math.round(d.getTime() / MS_PER_DAY);
  },
  dayNumber(date: string): number {
    if (!reference.isIsoDate(date))
      throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    return reference.utcDayNumber(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)),
      Number(date.slice(8, 10)),
    );
  },
  fromDayNumber: (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
  daysInMonth: (year: number, month: number): number =>
    reference.utcDayNumber(year, month + 1, 1) - reference.utcDayNumber(year, month, 1),
  addDays: (date: string, n: number): string => reference.fromDayNumber(reference.dayNumber(date) + n),
};

/** Any day from year 0000 to 9999, as a day number. */
const anyDay = fc.integer({ min: reference.dayNumber('0000-01-01'), max: reference.dayNumber('9999-12-31') });
/** A day within a few years of now, where dossiers live. */
const recentDay = fc.integer({
  min: reference.dayNumber('2022-01-01'),
  max: reference.dayNumber('2028-12-31'),
});

describe('day tables (dates.ts) against the Date arithmetic they replaced', () => {
  it('gives every day the same number and the same ISO date, years 0000–9999', () => {
    fc.assert(
      fc.property(anyDay, (n) => {
        const date = reference.fromDayNumber(n);
        assert.equal(fromDayNumber(n), date);
        assert.equal(dayNumber(date), reference.dayNumber(date));
        assert.equal(weekdayOf(date), (((n + 4) % 7) + 7) % 7);
      }),
      { numRuns: 3000 },
    );
  });

  it('adds days and months, and builds dates from overflowing parts, as Date.UTC does', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -40, max: 40 }),
        (n, days, months) => {
          const date = reference.fromDayNumber(n);
          const target = n + days;
          if (target >= reference.dayNumber('0000-01-01') && target <= reference.dayNumber('9999-12-31'))
            assert.equal(addDays(date, days), reference.addDays(date, days));
          const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
          assert.equal(daysInMonth(y, m + months), reference.daysInMonth(y, m + months));
          if (y > 10 && y < 9990) {
            assert.equal(
              isoDate(y, m + months, d + days),
              reference.fromDayNumber(reference.utcDayNumber(y, m + months, d + days)),
            );
            const total = m - 1 + months;
            const [ty, tm] = [y + Math.floor(total / 12), (((total % 12) + 12) % 12) + 1];
            const day = Math.min(d, reference.daysInMonth(ty, tm));
            assert.equal(
              addMonths(date, months),
              reference.fromDayNumber(reference.utcDayNumber(ty, tm, day)),
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('accepts and refuses the same texts as the regular expression', () => {
    const digit = fc.constantFrom(...'0123456789');
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(
          fc.array(digit, { minLength: 4, maxLength: 4 }),
          fc.constantFrom('-', '/', ''),
          fc.array(digit, { minLength: 2, maxLength: 2 }),
          fc.constantFrom('-', '.'),
          fc.array(digit, { minLength: 2, maxLength: 2 }),
          fc.constantFrom('', '\n', 'Z', ' '),
        )
        .map(([y, a, m, b, d, tail]) => `${y.join('')}${a}${m.join('')}${b}${d.join('')}${tail}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(isIsoDate(t), reference.isIsoDate(t), JSON.stringify(t));
        if (reference.isIsoDate(t)) assert.equal(dayNumber(t), reference.dayNumber(t));
        else
          assert.throws(() => dayNumber(t), {
            name: 'RangeError',
            message: `not an ISO date (YYYY-MM-DD): ${JSON.stringify(t)}`,
          });
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the Date answers for day numbers that are not whole or lie past the tables', () => {
    for (const n of [0.5, -0.5, 12345.75, -719_529, 2_932_897, 1e7])
      assert.equal(fromDayNumber(n), reference.fromDayNumber(n));
    assert.throws(() => fromDayNumber(Number.NaN), RangeError);
  });
});

const loaded = await loadNationalCalendar();
assert.ok(loaded.ok);
const cal = loaded.value;

/** The calendar as it worked before the year tables: day by day, asking the day-off and make-up lists. */
function dayByDay(of: WorkingCalendar): WorkingCalendar {
  const isWorkingDay = (date: IsoDate): boolean => {
    if (!reference.isIsoDate(date))
      throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    if (of.dayOff(date)) return false;
    if (of.makeUpWorkday(date)) return true;
    const weekday = (((reference.dayNumber(date) + 4) % 7) + 7) % 7;
    return !of.weeklyRestDays.includes(weekday as 0);
  };
  const step = (date: IsoDate, direction: 1 | -1): IsoDate => {
    let day = date;
    do day = reference.addDays(day, direction);
    while (!isWorkingDay(day));
    return day;
  };
  const addWorkingDays = (from: IsoDate, n: number): IsoDate => {
    let day = from;
    for (let i = 0; i < Math.abs(n); i++) day = step(day, n < 0 ? -1 : 1);
    return day;
  };
  const workingDaysBetween = (a: IsoDate, b: IsoDate): number => {
    const [from, to, sign] = reference.dayNumber(a) <= reference.dayNumber(b) ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let day = from; day < to; ) {
      day = reference.addDays(day, 1);
      if (isWorkingDay(day)) count++;
    }
    return sign * count;
  };
  return {
    ...of,
    isWorkingDay,
    nextWorkingDay: (date) => step(date, 1),
    previousWorkingDay: (date) => step(date, -1),
    addWorkingDays,
    workingDaysBetween,
  };
}

const slow = dayByDay(cal);
const UNITS = ['working_days', 'half_working_days', 'working_hours', 'calendar_days', 'months'] as const;

describe('the working calendar on year tables against the day-by-day calendar', () => {
  it('answers every working-day question the same, 2022–2028', () => {
    fc.assert(
      fc.property(recentDay, fc.integer({ min: -80, max: 80 }), (n, k) => {
        const date = fromDayNumber(n);
        assert.equal(cal.isWorkingDay(date), slow.isWorkingDay(date), date);
        assert.equal(cal.nextWorkingDay(date), slow.nextWorkingDay(date));
        assert.equal(cal.previousWorkingDay(date), slow.previousWorkingDay(date));
        assert.equal(cal.addWorkingDays(date, k), slow.addWorkingDays(date, k));
        const other = fromDayNumber(n + k);
        assert.equal(cal.workingDaysBetween(date, other), slow.workingDaysBetween(date, other));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same due dates, working time and timeliness for random instants and durations', () => {
    const instant = fc
      .tuple(recentDay, fc.integer({ min: 0, max: MS_PER_DAY / 60_000 - 1 }))
      .map(([day, minute]) => localInstant(fromDayNumber(day), minute * 60_000));
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -120 * 24 * 60, max: 120 * 24 * 60 }),
        fc.constantFrom(...UNITS),
        fc.integer({ min: 0, max: 60 }),
        (a, minutes, unit, amount) => {
          const b = a + minutes * 60_000;
          const duration = { amount, unit };
          const due = dueMs(cal, duration, a);
          assert.equal(due, dueMs(slow, duration, a), `${unit} ${amount} from ${new Date(a).toISOString()}`);
          assert.equal(roundUpMs(cal, unit, b), roundUpMs(slow, unit, b));
          assert.equal(timelinessMs(cal, unit, b, due), timelinessMs(slow, unit, b, due));
          assert.equal(workingMsBetween(cal, a, b), workingMsBetween(slow, a, b));
          assert.equal(addWorkingMs(cal, a, amount * 3_600_000), addWorkingMs(slow, a, amount * 3_600_000));
          assert.equal(localDateOf(a), reference.fromDayNumber(Math.floor((a + 7 * 3_600_000) / MS_PER_DAY)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
