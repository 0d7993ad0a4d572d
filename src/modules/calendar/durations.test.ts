import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatLocal, localDateOf } from './dates.js';
import {
  addWorkingMinutes,
  countingStart,
  type Duration,
  type DurationUnit,
  dueDate,
  parseDuration,
  timeliness,
  workingMinutesBetween,
} from './durations.js';
import { loadNationalCalendar } from './reference-calendar.js';
import { createWorkingCalendar } from './working-calendar.js';
import { parseWorkingHours } from './working-hours.js';

const loaded = await loadNationalCalendar();
if (!loaded.ok) throw new Error(`calendar data: ${JSON.stringify(loaded.error)}`);
const cal = loaded.value;

/** A Vietnamese local time, e.g. vn('2025-01-24T10:00'). */
const vn = (local: string) => new Date(`${local}:00+07:00`);
const due = (amount: number, unit: DurationUnit, start: string) =>
  formatLocal(dueDate(cal, { amount, unit }, vn(start)).getTime());

describe('working-day durations: due at 17:00 of the Nth working day after the start day', () => {
  it('makes 3 working days from Fri 24/1/2025 due Wed 5/2/2025 at 17:00, across Tết', () => {
    assert.equal(due(3, 'working_days', '2025-01-24T10:00'), '2025-02-05T17:00:00+07:00');
  });

  it('does not count the day of reception, even early in the morning', () => {
    assert.equal(due(1, 'working_days', '2025-03-03T07:30'), '2025-03-04T17:00:00+07:00');
  });

  it('counts the make-up Saturday 26/4/2025 as a working day', () => {
    assert.equal(due(1, 'working_days', '2025-04-25T09:00'), '2025-04-26T17:00:00+07:00');
  });

  it('makes 0 working days due at the end of the same working day', () => {
    assert.equal(due(0, 'working_days', '2025-03-03T09:00'), '2025-03-03T17:00:00+07:00');
    assert.equal(due(0, 'working_days', '2025-03-03T18:00'), '2025-03-04T17:00:00+07:00');
  });

  it('uses the province working hours for the due time', () => {
    const hours = parseWorkingHours({
      periods: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:30' },
      ],
    });
    assert.ok(hours.ok);
    const local = createWorkingCalendar({ ...cal.spec, workingHours: hours.value });
    const d = dueDate(local, { amount: 2, unit: 'working_days' }, vn('2025-03-03T09:00'));
    assert.equal(formatLocal(d.getTime()), '2025-03-05T17:30:00+07:00');
  });
});

describe('Decree 61/2018 art. 18: a paper dossier after 15:00 counts from the next working day', () => {
  it('moves paper received at 15:30 on Monday to Tuesday 08:00', () => {
    const start = countingStart(cal, vn('2025-03-03T15:30'), 'paper');
    assert.equal(formatLocal(start.getTime()), '2025-03-04T08:00:00+07:00');
    assert.equal(
      formatLocal(dueDate(cal, { amount: 3, unit: 'working_days' }, start).getTime()),
      '2025-03-07T17:00:00+07:00',
    );
  });

  it('keeps paper received at exactly 15:00, and electronic dossiers at any time, on their day', () => {
    assert.equal(
      formatLocal(countingStart(cal, vn('2025-03-03T15:00'), 'paper').getTime()),
      '2025-03-03T15:00:00+07:00',
    );
    assert.equal(
      formatLocal(countingStart(cal, vn('2025-03-03T15:30'), 'electronic').getTime()),
      '2025-03-03T15:30:00+07:00',
    );
  });

  it('moves paper received on Friday 25/4/2025 at 16:00 to the make-up Saturday 26/4', () => {
    assert.equal(
      formatLocal(countingStart(cal, vn('2025-04-25T16:00'), 'paper').getTime()),
      '2025-04-26T08:00:00+07:00',
    );
  });

  it('moves paper received after 15:00 on Fri 24/1/2025 past Tết to Mon 3/2', () => {
    assert.equal(
      formatLocal(countingStart(cal, vn('2025-01-24T16:00'), 'paper').getTime()),
      '2025-02-03T08:00:00+07:00',
    );
  });
});

describe('half working days and working hours', () => {
  it('does not count the half-day in progress: 1 half-day from Monday 10:00 is due Monday 17:00', () => {
    assert.equal(due(1, 'half_working_days', '2025-03-03T10:00'), '2025-03-03T17:00:00+07:00');
    assert.equal(due(2, 'half_working_days', '2025-03-03T10:00'), '2025-03-04T12:00:00+07:00');
    assert.equal(due(1, 'half_working_days', '2025-03-03T12:30'), '2025-03-04T12:00:00+07:00');
  });

  it('counts working hours only inside 08:00–12:00 and 13:00–17:00 on working days', () => {
    assert.equal(due(4, 'working_hours', '2025-03-03T16:00'), '2025-03-04T11:00:00+07:00');
    assert.equal(due(1, 'working_hours', '2025-03-03T11:00'), '2025-03-03T12:00:00+07:00');
    assert.equal(due(2, 'working_hours', '2025-01-24T16:00'), '2025-02-03T09:00:00+07:00');
  });

  it('measures working minutes between instants, negative backwards', () => {
    assert.equal(workingMinutesBetween(cal, vn('2025-03-03T11:00'), vn('2025-03-03T14:00')), 120);
    assert.equal(workingMinutesBetween(cal, vn('2025-03-03T14:00'), vn('2025-03-03T11:00')), -120);
    assert.equal(
      formatLocal(addWorkingMinutes(cal, vn('2025-03-04T09:00'), -120).getTime()),
      '2025-03-03T16:00:00+07:00',
    );
  });
});

describe('Civil Code 2015 art. 147–148: calendar days and months', () => {
  it('counts from the next day and ends at 24:00 of the last day', () => {
    assert.equal(due(4, 'calendar_days', '2025-03-03T10:00'), '2025-03-08T00:00:00+07:00'); // 24:00 Fri 7/3
  });

  it('moves a last day that is a day off to the next working day (art. 148(5))', () => {
    assert.equal(due(5, 'calendar_days', '2025-03-03T10:00'), '2025-03-11T00:00:00+07:00'); // Sat 8/3 → Mon 10/3
    assert.equal(due(10, 'calendar_days', '2025-01-20T10:00'), '2025-02-04T00:00:00+07:00'); // 30/1 in Tết → 3/2
  });

  it('ends a period in months on the same day of the last month, or its last day', () => {
    assert.equal(due(1, 'months', '2025-01-31T10:00'), '2025-03-01T00:00:00+07:00'); // 24:00 Fri 28/2
    assert.equal(due(1, 'months', '2024-01-31T10:00'), '2024-03-01T00:00:00+07:00'); // 24:00 Thu 29/2
    assert.equal(due(1, 'months', '2025-03-31T10:00'), '2025-05-06T00:00:00+07:00'); // 30/4 → Mon 5/5
  });
});

describe('early, on time, late at the granularity of the unit (Circular 01/2018 art. 13)', () => {
  const wd = vn('2025-03-05T17:00');
  it('finished on the due working day is on time, a day before is early, after 17:00 is late', () => {
    assert.equal(timeliness(cal, 'working_days', vn('2025-03-05T09:00'), wd), 'on_time');
    assert.equal(timeliness(cal, 'working_days', vn('2025-03-05T17:00'), wd), 'on_time');
    assert.equal(timeliness(cal, 'working_days', vn('2025-03-04T16:00'), wd), 'early');
    assert.equal(timeliness(cal, 'working_days', vn('2025-03-05T17:01'), wd), 'late');
  });

  it('finished within the last working hour of an hours limit is on time', () => {
    assert.equal(timeliness(cal, 'working_hours', vn('2025-03-05T16:30'), wd), 'on_time');
    assert.equal(timeliness(cal, 'working_hours', vn('2025-03-05T15:30'), wd), 'early');
  });

  it('finished in the due half-day is on time', () => {
    assert.equal(timeliness(cal, 'half_working_days', vn('2025-03-05T13:30'), wd), 'on_time');
    assert.equal(timeliness(cal, 'half_working_days', vn('2025-03-05T11:30'), wd), 'early');
  });
});

describe('durations are validated', () => {
  it('refuses negative, fractional and unknown durations as values', () => {
    assert.equal(parseDuration(-1, 'working_days').ok, false);
    assert.equal(parseDuration(1.5, 'working_days').ok, false);
    assert.equal(parseDuration(3, 'fortnights').ok, false);
    assert.equal(parseDuration(1.5, 'working_hours').ok, true);
    assert.equal(parseDuration(1.01, 'working_hours').ok, false);
  });
});

const unit = fc.constantFrom<DurationUnit>(
  'working_days',
  'half_working_days',
  'working_hours',
  'calendar_days',
  'months',
);
const startMs = fc.integer({ min: Date.UTC(2023, 11, 1), max: Date.UTC(2027, 11, 31) });

describe('due-date properties', () => {
  it('never makes a due date fall on a day off', () => {
    fc.assert(
      fc.property(startMs, unit, fc.integer({ min: 1, max: 40 }), (start, u, amount) => {
        const d = dueDate(cal, { amount, unit: u }, new Date(start)).getTime();
        assert.ok(d > start);
        assert.equal(
          cal.isWorkingDay(localDateOf(d - 1)),
          true,
          `${u} ${amount} from ${new Date(start).toISOString()}`,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('never makes a longer duration due earlier', () => {
    fc.assert(
      fc.property(startMs, unit, fc.integer({ min: 0, max: 30 }), (start, u, amount) => {
        const a: Duration = { amount, unit: u };
        const b: Duration = { amount: amount + 1, unit: u };
        assert.ok(dueDate(cal, a, new Date(start)) <= dueDate(cal, b, new Date(start)));
      }),
      { numRuns: 300 },
    );
  });

  it('puts exactly N hours of working time between the start and a working-hours due date', () => {
    fc.assert(
      fc.property(startMs, fc.integer({ min: 1, max: 200 }), (start, hours) => {
        const d = dueDate(cal, { amount: hours, unit: 'working_hours' }, new Date(start));
        assert.equal(workingMinutesBetween(cal, new Date(start), d), hours * 60);
      }),
      { numRuns: 300 },
    );
  });
});
