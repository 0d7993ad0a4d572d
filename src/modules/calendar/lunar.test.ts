import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, fromDayNumber } from './dates.js';
import { leapMonthOf, lunarToSolar, solarToLunar, tetDate } from './lunar.js';

/** RULES.md §3, "Lunar dates": Hồ Ngọc Đức's algorithm at UTC+7. */
const TABLE: readonly [number, string, string][] = [
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
];

describe('lunar calendar at UTC+7 (Hồ Ngọc Đức)', () => {
  for (const [year, tet, hungKings] of TABLE) {
    it(`puts Tết ${year} (1/1 lunar) on ${tet}`, () => {
      assert.equal(lunarToSolar(1, 1, year), tet);
      assert.equal(tetDate(year), tet);
      assert.deepEqual(solarToLunar(tet), { day: 1, month: 1, year, leap: false });
    });
    it(`puts Hùng Kings' Day ${year} (10/3 lunar) on ${hungKings}`, () => {
      assert.equal(lunarToSolar(10, 3, year), hungKings);
      assert.deepEqual(solarToLunar(hungKings), { day: 10, month: 3, year, leap: false });
    });
  }

  it('computes the Vietnamese Tết 1985 (21/1), not the Chinese one (20/2)', () => {
    assert.equal(tetDate(1985), '1985-01-21');
    assert.equal(lunarToSolar(1, 1, 1985, false, 8), '1985-02-20');
  });

  it('computes the Vietnamese Tết 2030 (2/2), not the Chinese one at UTC+8 (3/2)', () => {
    assert.equal(tetDate(2030), '2030-02-02');
    assert.equal(lunarToSolar(1, 1, 2030, false, 8), '2030-02-03');
  });

  it('computes the Vietnamese Tết 2007 (17/2), a day before the Chinese one', () => {
    assert.equal(tetDate(2007), '2007-02-17');
    assert.equal(lunarToSolar(1, 1, 2007, false, 8), '2007-02-18');
  });

  it('finds the leap month: 4 in 2020, 2 in 2023, 6 in 2025, 5 in 2028, none in 2024', () => {
    assert.equal(leapMonthOf(2020), 4);
    assert.equal(leapMonthOf(2023), 2);
    assert.equal(leapMonthOf(2025), 6);
    assert.equal(leapMonthOf(2028), 5);
    assert.equal(leapMonthOf(2024), undefined);
  });

  it('tells the leap month from the ordinary month of the same number', () => {
    const ordinary = lunarToSolar(1, 6, 2025);
    const leap = lunarToSolar(1, 6, 2025, true);
    assert.ok(ordinary && leap && leap > ordinary);
    assert.deepEqual(solarToLunar(leap!), { day: 1, month: 6, year: 2025, leap: true });
  });

  it('returns undefined for a lunar date that does not exist', () => {
    assert.equal(lunarToSolar(1, 6, 2024, true), undefined); // 2024 has no leap month
    assert.equal(lunarToSolar(31, 1, 2024), undefined);
    assert.equal(lunarToSolar(0, 1, 2024), undefined);
    assert.equal(lunarToSolar(1, 13, 2024), undefined);
  });

  it('places the last day of the lunar year on the eve of Tết', () => {
    const eve = solarToLunar(addDays(tetDate(2025), -1));
    assert.equal(eve.month, 12);
    assert.equal(eve.year, 2024);
    assert.ok(eve.day === 29 || eve.day === 30);
  });

  it('converts any day of 1900–2100 to a lunar date and back to the same day', () => {
    const first = Math.round(Date.UTC(1900, 1, 1) / 86_400_000);
    const last = Math.round(Date.UTC(2100, 11, 31) / 86_400_000);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const date = fromDayNumber(n);
        const l = solarToLunar(date);
        assert.ok(l.day >= 1 && l.day <= 30 && l.month >= 1 && l.month <= 12);
        assert.equal(lunarToSolar(l.day, l.month, l.year, l.leap), date);
      }),
      { numRuns: 300 },
    );
  });

  it('makes every lunar month 29 or 30 days long', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const first = lunarToSolar(1, month, year);
        assert.ok(first);
        const day29 = lunarToSolar(29, month, year);
        assert.equal(day29, addDays(first, 28));
        const next = solarToLunar(addDays(day29!, 1));
        assert.ok(next.day === 1 || next.day === 30);
      }),
      { numRuns: 200 },
    );
  });
});
