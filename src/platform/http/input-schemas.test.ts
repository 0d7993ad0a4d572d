import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyInt, calendarDate, dateOrInstant, instant, instantAsDate, queryInt } from './input-schemas.js';

describe('the shared date and number schemas (issue 18 §6: no input reaches a 500)', () => {
  it('takes real calendar dates in 1900–2200 and refuses year 0, 99999, −271821, 30 February, month 13', () => {
    for (const ok of ['1900-01-01', '2026-02-28', '2028-02-29', '2200-12-31']) {
      assert.equal(calendarDate.safeParse(ok).success, true, ok);
    }
    for (const bad of [
      '0000-01-01',
      '1899-12-31',
      '2201-01-01',
      '99999-12-31',
      '-271821-04-20',
      '+275760-09-13',
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-1-1',
      '',
    ]) {
      assert.equal(calendarDate.safeParse(bad).success, false, bad);
    }
  });

  it('takes instants with an offset in 1900–2200 and refuses the rest', () => {
    assert.equal(instant.safeParse('2026-03-02T08:00:00+07:00').success, true);
    assert.equal(instantAsDate.parse('2026-03-02T08:00:00+07:00').toISOString(), '2026-03-02T01:00:00.000Z');
    for (const bad of [
      '0000-01-01T00:00:00Z',
      '99999-12-31T23:59:59Z',
      '-271821-04-20T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '2026-02-30T08:00:00+07:00',
      '2026-03-02T08:00:00',
      '1e20',
      '8640000000000001',
    ]) {
      assert.equal(instant.safeParse(bad).success, false, bad);
    }
  });

  it('reads a query bound as a day or an instant, as a Date, and refuses anything out of range', () => {
    assert.equal(dateOrInstant.parse('2026-03-01').toISOString(), '2026-03-01T00:00:00.000Z');
    assert.equal(dateOrInstant.parse('2026-03-01T08:00:00Z').toISOString(), '2026-03-01T08:00:00.000Z');
    for (const bad of ['99999-12-31', '-271821-04-20', '0', '1e20', 'Infinity', 'yesterday']) {
      assert.equal(dateOrInstant.safeParse(bad).success, false, bad);
    }
  });

  it('reads whole numbers within PostgreSQL integer and refuses 1.5, NaN, Infinity, 1e308, 2^31 and 2^53+1', () => {
    const page = queryInt(1, 100_000);
    assert.equal(page.parse('2'), 2);
    for (const bad of ['-1', '0', '1.5', 'NaN', 'Infinity', '1e308', '2147483648', '9007199254740993', 'x']) {
      assert.equal(page.safeParse(bad).success, false, bad);
    }
    const version = bodyInt(1);
    assert.equal(version.parse(2_147_483_647), 2_147_483_647);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e308, 2 ** 31, 2 ** 53 + 1, '1']) {
      assert.equal(version.safeParse(bad).success, false, String(bad));
    }
  });
});
