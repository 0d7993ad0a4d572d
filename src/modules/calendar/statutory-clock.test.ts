import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Result } from '../../platform/result.js';
import { formatLocal } from './dates.js';
import { type Duration, type DurationUnit, dueDate, workingMinutesBetween } from './durations.js';
import { loadNationalCalendar } from './reference-calendar.js';
import {
  type ClockError,
  type ClockReading,
  extendClock,
  finishClock,
  pauseClock,
  readClock,
  restartClock,
  resumeClock,
  type StatutoryClock,
  startClock,
} from './statutory-clock.js';

const loaded = await loadNationalCalendar();
if (!loaded.ok) throw new Error(`calendar data: ${JSON.stringify(loaded.error)}`);
const cal = loaded.value;

const vn = (local: string) => new Date(`${local}:00+07:00`);
const local = (iso: string) => formatLocal(Date.parse(iso));

function must<T>(r: Result<T, ClockError>): T {
  if (!r.ok) assert.fail(`unexpected error ${JSON.stringify(r.error)}`);
  return r.value;
}
function errorOf<T>(r: Result<T, ClockError>): ClockError {
  if (r.ok) assert.fail('expected an error');
  return r.error;
}
const read = (clock: StatutoryClock, at: string): ClockReading => must(readClock(cal, clock, vn(at)));

/** 5 working days from Monday 3/3/2025 09:00: due Monday 10/3/2025 at 17:00. */
const FIVE_DAYS: Duration = { amount: 5, unit: 'working_days' };
const started = must(startClock(cal, FIVE_DAYS, vn('2025-03-03T09:00')));

describe('statutory clock: start, pause, resume', () => {
  it('starts at reception and is due at 17:00 of the 5th working day after it', () => {
    const r = read(started, '2025-03-03T09:00');
    assert.equal(r.state, 'running');
    assert.equal(local(r.due), '2025-03-10T17:00:00+07:00');
    assert.equal(r.portal.appointment, r.due);
    assert.equal(r.elapsedMinutes, 0);
    assert.equal(r.remainingMinutes, 47 * 60);
  });

  it('starts a paper dossier received after 15:00 from the next working day (Decree 61 art. 18)', () => {
    const clock = must(startClock(cal, FIVE_DAYS, vn('2025-03-03T15:30'), { medium: 'paper' }));
    const r = read(clock, '2025-03-03T16:00');
    assert.equal(local(r.countingFrom), '2025-03-04T08:00:00+07:00');
    assert.equal(local(r.due), '2025-03-11T17:00:00+07:00');
    assert.equal(r.elapsedMinutes, 0);
    assert.equal(r.remainingMinutes, 48 * 60);
  });

  it('freezes the remaining time during a supplement pause and moves the due date by the pause', () => {
    const paused = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    const during = read(paused, '2025-03-05T10:00');
    assert.equal(during.state, 'paused');
    assert.equal(during.remainingMinutes, 38 * 60);
    assert.equal(local(during.due), '2025-03-11T17:00:00+07:00'); // if resumed now
    const resumed = must(resumeClock(cal, paused, vn('2025-03-06T10:00')));
    const after = read(resumed, '2025-03-06T10:00');
    assert.equal(after.state, 'running');
    assert.equal(local(after.due), '2025-03-12T17:00:00+07:00');
    assert.equal(after.remainingMinutes, 38 * 60);
    assert.equal(after.supplementMinutes, 48 * 60);
    assert.equal(after.elapsedMinutes, 9 * 60);
  });

  it('keeps the whole history, so an earlier instant reads as it was then', () => {
    const done = must(finishClock(cal, started, vn('2025-03-07T10:00')));
    assert.equal(read(done, '2025-03-05T10:00').state, 'running');
    assert.equal(read(done, '2025-03-07T10:00').state, 'finished');
    assert.equal(done.events.length, 2);
  });

  it('is plain data: a JSON round trip gives the same figures', () => {
    const paused = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    const copy = JSON.parse(JSON.stringify(paused)) as StatutoryClock;
    assert.deepEqual(read(copy, '2025-03-20T10:00'), read(paused, '2025-03-20T10:00'));
  });
});

describe('statutory clock: restart from zero and extension', () => {
  it('restarts the clock after a supplement requested at appraisal (Decree 61 art. 19(4))', () => {
    const paused = must(pauseClock(cal, started, vn('2025-03-05T10:00'), 'supplement'));
    const restarted = must(restartClock(cal, paused, vn('2025-03-10T09:00')));
    const r = read(restarted, '2025-03-10T09:00');
    assert.equal(r.cycle, 2);
    assert.equal(r.elapsedMinutes, 0);
    assert.equal(local(r.due), '2025-03-17T17:00:00+07:00');
    assert.equal(local(r.portal.appointment), '2025-03-10T17:00:00+07:00'); // the receipt's appointment
  });

  it('restarts only after a supplement request', () => {
    const paused = must(pauseClock(cal, started, vn('2025-03-05T10:00'), 'other'));
    assert.equal(
      errorOf(restartClock(cal, paused, vn('2025-03-06T10:00'))).kind,
      'not_paused_for_supplement',
    );
  });

  it('extends once to a new due date filed at least one working day before the due date (Form 04)', () => {
    const extended = must(extendClock(cal, started, vn('2025-03-06T10:00'), vn('2025-03-14T17:00')));
    const r = read(extended, '2025-03-06T10:00');
    assert.equal(r.extended, true);
    assert.equal(local(r.due), '2025-03-14T17:00:00+07:00');
    assert.equal(local(r.statutoryDue), '2025-03-10T17:00:00+07:00');
    const again = errorOf(extendClock(cal, extended, vn('2025-03-07T10:00'), vn('2025-03-18T17:00')));
    assert.equal(again.kind, 'already_extended');
  });

  it('refuses an extension filed on the due date, or one that does not move the due date later', () => {
    const late = errorOf(extendClock(cal, started, vn('2025-03-10T09:00'), vn('2025-03-14T17:00')));
    assert.deepEqual(late, {
      kind: 'extension_too_late',
      due: vn('2025-03-10T17:00').toISOString(),
      latestFilingDate: '2025-03-07',
    });
    const early = errorOf(extendClock(cal, started, vn('2025-03-05T09:00'), vn('2025-03-10T12:00')));
    assert.equal(early.kind, 'extension_not_later');
  });

  it('counts an extended dossier finished after the statutory due date as late under indicator 1', () => {
    const extended = must(extendClock(cal, started, vn('2025-03-06T10:00'), vn('2025-03-14T17:00')));
    const done = must(finishClock(cal, extended, vn('2025-03-12T10:00')));
    const r = read(done, '2025-03-31T10:00');
    assert.equal(r.indicator.status, 'late');
    assert.equal(r.portal.onTime, false);
    assert.ok(r.remainingMinutes > 0); // before the new appointment
  });
});

describe('early, on time, late under both measures', () => {
  const finishedAt = (at: string) => read(must(finishClock(cal, started, vn(at))), '2025-03-31T10:00');

  it('finished on the due working day is on time; before it early; after it late (Circular 01/2018 art. 13)', () => {
    assert.equal(finishedAt('2025-03-10T15:00').indicator.status, 'on_time');
    assert.equal(finishedAt('2025-03-07T15:00').indicator.status, 'early');
    assert.equal(finishedAt('2025-03-11T09:00').indicator.status, 'late');
    assert.equal(finishedAt('2025-03-10T15:00').portal.onTime, true);
    assert.equal(finishedAt('2025-03-11T09:00').portal.onTime, false);
  });

  it('subtracts supplement time on the portal: end − supplement ≤ appointment is on time', () => {
    let c = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    c = must(resumeClock(cal, c, vn('2025-03-06T10:00')));
    c = must(finishClock(cal, c, vn('2025-03-11T16:00')));
    const r = read(c, '2025-03-31T10:00');
    assert.equal(r.portal.onTime, true);
    assert.equal(local(r.portal.adjustedEnd), '2025-03-09T16:00:00+07:00');
    assert.equal(r.indicator.status, 'early'); // statutory due moved to Wed 12/3
  });

  it('counts more than one supplement request as late on the portal', () => {
    let c = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    c = must(resumeClock(cal, c, vn('2025-03-04T14:00')));
    c = must(pauseClock(cal, c, vn('2025-03-05T10:00')));
    c = must(resumeClock(cal, c, vn('2025-03-05T11:00')));
    c = must(finishClock(cal, c, vn('2025-03-06T10:00')));
    const r = read(c, '2025-03-31T10:00');
    assert.equal(r.supplementRequests, 2);
    assert.deepEqual([r.portal.status, r.portal.onTime, r.portal.final], ['late', false, true]);
    assert.equal(r.indicator.status, 'early');
  });

  it('ends a dossier still waiting for a supplement at the request date on the portal', () => {
    const c = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    const r = read(c, '2025-03-31T10:00');
    assert.equal(local(r.portal.end), '2025-03-04T10:00:00+07:00');
    assert.equal(r.portal.onTime, true);
    assert.equal(r.portal.final, false);
  });

  it('uses the reading instant (the period end) for an unfinished dossier, late once past due', () => {
    const r = read(started, '2025-03-11T09:00');
    assert.deepEqual([r.indicator.status, r.indicator.final], ['late', true]);
    assert.equal(r.portal.onTime, false);
    assert.ok(r.remainingMinutes < 0);
    assert.equal(read(started, '2025-03-07T09:00').indicator.final, false);
  });

  it('stops the time at the pause when a dossier is withdrawn while waiting for a supplement', () => {
    let c = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    c = must(finishClock(cal, c, vn('2025-03-20T10:00'), 'withdrawn'));
    const r = read(c, '2025-03-31T10:00');
    assert.deepEqual([r.state, r.outcome, r.indicator.status], ['finished', 'withdrawn', 'early']);
    assert.equal(local(r.portal.adjustedEnd), '2025-03-04T10:00:00+07:00');
  });

  it('shifts a calendar-day limit by the pause in calendar time, then past days off (Civil Code art. 148)', () => {
    const c0 = must(startClock(cal, { amount: 10, unit: 'calendar_days' }, vn('2025-03-03T09:00')));
    assert.equal(local(read(c0, '2025-03-03T09:00').due), '2025-03-14T00:00:00+07:00');
    const c = must(
      resumeClock(cal, must(pauseClock(cal, c0, vn('2025-03-05T10:00'))), vn('2025-03-07T10:00')),
    );
    const r = read(c, '2025-03-07T10:00');
    assert.equal(r.measure, 'calendar_time');
    assert.equal(local(r.due), '2025-03-18T00:00:00+07:00'); // 24:00 Sat 15/3 → Mon 17/3
  });
});

describe('invalid transitions are values, not exceptions', () => {
  it('names the broken rule', () => {
    assert.equal(errorOf(resumeClock(cal, started, vn('2025-03-04T10:00'))).kind, 'not_paused');
    const paused = must(pauseClock(cal, started, vn('2025-03-04T10:00')));
    assert.equal(errorOf(pauseClock(cal, paused, vn('2025-03-04T11:00'))).kind, 'not_running');
    assert.equal(
      errorOf(extendClock(cal, paused, vn('2025-03-04T11:00'), vn('2025-03-20T17:00'))).kind,
      'not_running',
    );
    const done = must(finishClock(cal, started, vn('2025-03-05T10:00')));
    assert.equal(errorOf(pauseClock(cal, done, vn('2025-03-06T10:00'))).kind, 'not_running');
    assert.equal(errorOf(finishClock(cal, done, vn('2025-03-06T10:00'))).kind, 'not_running');
    assert.equal(errorOf(pauseClock(cal, started, vn('2025-03-01T10:00'))).kind, 'out_of_order');
    assert.equal(errorOf(pauseClock(cal, started, '2025-03-04T10:00')).kind, 'invalid_instant'); // no offset
    assert.equal(
      errorOf(startClock(cal, { amount: -1, unit: 'working_days' }, vn('2025-03-03T09:00'))).kind,
      'invalid_duration',
    );
    assert.equal(errorOf(readClock(cal, started, vn('2025-03-01T09:00'))).kind, 'before_start');
    const backwards = { countFrom: vn('2025-03-02T09:00') };
    assert.equal(
      errorOf(startClock(cal, FIVE_DAYS, vn('2025-03-03T09:00'), backwards)).kind,
      'count_from_before_event',
    );
    const corrupt: StatutoryClock = {
      ...started,
      events: [
        ...started.events,
        { type: 'resume', at: '2025-03-04T03:00:00.000Z', countFrom: '2025-03-04T03:00:00.000Z' },
      ],
    };
    assert.equal(errorOf(readClock(cal, corrupt, vn('2025-03-05T09:00'))).kind, 'corrupt_history');
  });
});

const workingUnit = fc.constantFrom<DurationUnit>('working_days', 'half_working_days', 'working_hours');
const HOUR = 3_600_000;
const startMs = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 1) });

describe('statutory clock properties', () => {
  it('never shortens the remaining time by pausing', () => {
    fc.assert(
      fc.property(
        startMs,
        workingUnit,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (start, unit, amount, pauseAfterHours, pauseHours) => {
          const clock = must(startClock(cal, { amount, unit }, new Date(start)));
          const p = new Date(start + pauseAfterHours * HOUR);
          const before = must(readClock(cal, clock, p));
          const paused = must(pauseClock(cal, clock, p));
          assert.equal(must(readClock(cal, paused, p)).remainingMinutes, before.remainingMinutes);
          const r = new Date(p.getTime() + pauseHours * HOUR);
          const after = must(readClock(cal, must(resumeClock(cal, paused, r)), r));
          assert.ok(after.remainingMinutes >= before.remainingMinutes);
          assert.ok(after.due >= before.due);
          assert.ok(after.statutoryDue >= before.statutoryDue);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits the working time from start to due into elapsed plus remaining while running', () => {
    fc.assert(
      fc.property(
        startMs,
        workingUnit,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        (start, unit, amount, h) => {
          const clock = must(startClock(cal, { amount, unit }, new Date(start)));
          const due = dueDate(cal, { amount, unit }, new Date(start));
          const at = new Date(Math.min(start + h * HOUR, due.getTime()));
          const r = must(readClock(cal, clock, at));
          assert.equal(r.due, due.toISOString());
          const total = workingMinutesBetween(cal, new Date(start), due);
          assert.ok(Math.abs(r.elapsedMinutes + r.remainingMinutes - total) < 1e-6); // fractional minutes
        },
      ),
      { numRuns: 200 },
    );
  });
});
