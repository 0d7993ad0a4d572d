import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  formatLocal,
  localDate,
  localDateOf,
  localInstant,
  localMsOfDay,
  vietnamInstant,
  vietnamToday,
} from './vietnam-time.js';

/** What the host's time-zone database says the wall clock reads in Ho Chi Minh City at an instant. */
function wallClock(ms: number): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

// Since 1975 Vietnam has kept UTC+7 all year; the time-zone database agrees from then on.
const instants = fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2200, 0, 1) });

describe('Vietnamese local time, one home (issue 23 §3)', () => {
  it('reads the day and the time of day as the time-zone database does, for any instant', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const wall = wallClock(ms);
        assert.equal(localDateOf(ms), wall.date);
        assert.equal(formatLocal(ms).slice(11, 19), wall.time);
        assert.equal(formatLocal(ms).slice(0, 10), wall.date);
      }),
    );
  });

  it('goes from a day and a time of day back to the same instant', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        assert.equal(localInstant(localDateOf(ms), localMsOfDay(ms)), ms);
      }),
    );
  });

  it('turns the day at local midnight, seven hours before UTC', () => {
    assert.equal(vietnamToday(new Date('2026-12-31T16:59:59.999Z')), '2026-12-31');
    assert.equal(vietnamToday(new Date('2026-12-31T17:00:00Z')), '2027-01-01');
    assert.equal(localDate('2026-03-02T08:00:00+07:00'), '2026-03-02');
    assert.equal(vietnamInstant('2026-03-02', '17:00').toISOString(), '2026-03-02T10:00:00.000Z');
    assert.equal(vietnamInstant('2026-03-02').toISOString(), '2026-03-01T17:00:00.000Z');
    assert.throws(
      () => localDate('2026-03-02T08:00:00'),
      RangeError,
      'an instant without an offset is refused',
    );
  });
});
