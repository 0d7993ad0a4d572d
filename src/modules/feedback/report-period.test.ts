import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { change, monthsOf, parsePeriod, previousPeriod } from './report-period.js';

describe('reporting periods', () => {
  it('reads a year, a quarter and a month as Vietnamese days [from, to) starting at 00:00 UTC+7', () => {
    const year = parsePeriod('2025')!;
    assert.deepEqual([year.from, year.to], ['2025-01-01', '2026-01-01']);
    assert.equal(year.fromInstant.toISOString(), '2024-12-31T17:00:00.000Z');
    const q = parsePeriod('2025-Q4')!;
    assert.deepEqual([q.from, q.to], ['2025-10-01', '2026-01-01']);
    const m = parsePeriod('2025-12')!;
    assert.deepEqual([m.from, m.to], ['2025-12-01', '2026-01-01']);
    assert.equal(parsePeriod('2025-13'), undefined);
    assert.equal(parsePeriod('2025-Q5'), undefined);
  });

  it('compares with the period just before, of the same kind', () => {
    assert.equal(previousPeriod('2025')!.label, '2024');
    assert.equal(previousPeriod('2025-Q1')!.label, '2024-Q4');
    assert.equal(previousPeriod('2025-01')!.label, '2024-12');
    assert.equal(previousPeriod('2025-07')!.label, '2025-06');
  });

  it('lists the months of a period', () => {
    assert.deepEqual(monthsOf(parsePeriod('2025-Q3')!), ['2025-07', '2025-08', '2025-09']);
    assert.equal(monthsOf(parsePeriod('2025')!).length, 12);
  });

  it('gives the change as a fraction: 215 petitions after 200 is +7.5%, nothing before is null', () => {
    assert.equal(change(215, 200), 0.075);
    assert.equal(change(5, 0), null);
  });
});
