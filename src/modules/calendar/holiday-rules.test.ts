import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { weekdayOf } from './dates.js';
import { compensatoryDays, cultureDay, daysOffByRule, statutoryHolidays } from './holiday-rules.js';
import { lunarToSolar, tetDate } from './lunar.js';
import { loadNationalCalendar } from './reference-calendar.js';
import { createWorkingCalendar } from './working-calendar.js';

const rules = createWorkingCalendar(); // no data: the Labour Code rules only
const loaded = await loadNationalCalendar();
if (!loaded.ok) throw new Error(`calendar data: ${JSON.stringify(loaded.error)}`);
const official = loaded.value;

const dates = (year: number) => daysOffByRule(year).map((d) => d.date);

describe('Labour Code 2019 art. 112 holidays by rule', () => {
  it('gives the 11 statutory days: 1/1, five Tết days, 10/3 lunar, 30/4, 1/5, 2/9 and an adjacent day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 2099 }), (year) => {
        const h = statutoryHolidays(year);
        assert.equal(new Set(h.map((d) => d.date)).size >= 10, true);
        assert.equal(h.length, 11);
        assert.ok(h.some((d) => d.date === `${year}-01-01`));
        assert.ok(h.some((d) => d.date === lunarToSolar(10, 3, year)));
        assert.ok(h.some((d) => d.date === tetDate(year)));
        assert.ok(h.some((d) => d.date === `${year}-09-02`));
        assert.ok(h.some((d) => d.date === `${year}-09-01` || d.date === `${year}-09-03`));
      }),
      { numRuns: 40 },
    );
  });

  it('reproduces every 2024–2026 weekday off except the swaps only a notice can make', () => {
    for (const year of [2024, 2025, 2026]) {
      const swapped = official
        .daysOffDetailed(year)
        .filter((d) => d.kind === 'swapped')
        .map((d) => d.date);
      const expected = official.daysOff(year).filter((d) => !swapped.includes(d));
      assert.deepEqual(rules.daysOff(year), expected, `year ${year}`);
    }
  });

  it('chooses by default the last two days of the lunar year and the first three for Tết, provisionally', () => {
    const tet = daysOffByRule(2027).filter((d) => d.source.includes('112(1)(b)'));
    assert.deepEqual(
      tet.map((d) => d.date),
      ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
    );
    assert.ok(tet.every((d) => d.provisional));
  });

  it('joins the second National Day day to the weekend: Mon 2/9 → 3/9, Tue → 1/9, Sun → Mon 3/9', () => {
    assert.ok(dates(2024).includes('2024-09-03')); // Monday
    assert.ok(dates(2025).includes('2025-09-01')); // Tuesday
    assert.ok(dates(2029).includes('2029-09-03')); // Sunday
    const second = daysOffByRule(2027).find((d) => d.name.includes('liền kề'));
    assert.equal(second?.date, '2027-09-03'); // Thursday → Friday
    assert.equal(second?.provisional, true);
  });
});

describe('Labour Code 2019 art. 111(3) make-up days', () => {
  it('makes up Tết days on Saturday and Sunday 6–7/2/2027 on Tue 9 and Wed 10/2', () => {
    const made = daysOffByRule(2027).filter((d) => d.kind === 'compensatory');
    assert.deepEqual(
      made.map((d) => d.date),
      ['2027-02-09', '2027-02-10', '2027-05-03'],
    );
  });

  it('makes up 30/4/2028 (a Sunday) on Tue 2/5, since Mon 1/5 is itself a holiday', () => {
    assert.ok(dates(2028).includes('2028-05-02'));
    assert.ok(dates(2028).includes('2028-01-03')); // 1/1/2028 is a Saturday
  });

  it('makes up National Day on Sunday 2/9/2029 on Tue 4/9, after the adjacent Monday', () => {
    assert.ok(dates(2029).includes('2029-09-04'));
  });

  it('never puts a make-up day on a rest day or on another day off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 2099 }), (year) => {
        const all = daysOffByRule(year);
        const made = all.filter((d) => d.kind === 'compensatory');
        const restOnHoliday = all.filter((d) => d.kind === 'holiday' && [0, 6].includes(weekdayOf(d.date)));
        const notCulture = restOnHoliday.filter((d) => !d.name.includes('Văn hóa'));
        assert.equal(made.length, notCulture.length);
        for (const d of made) assert.ok(![0, 6].includes(weekdayOf(d.date)));
        assert.equal(new Set(all.map((d) => d.date)).size, all.length);
      }),
      { numRuns: 60 },
    );
  });

  it('gives no make-up day for a holiday on a weekday', () => {
    assert.deepEqual(compensatoryDays(statutoryHolidays(2025).filter((d) => d.date === '2025-01-01')), []);
  });
});

describe('Vietnamese Culture Day (Resolution 28/2026/QH16)', () => {
  it('is a day off on 24/11 from 2026, not before', () => {
    assert.equal(cultureDay(2025), undefined);
    assert.equal(cultureDay(2026)?.date, '2026-11-24');
    assert.equal(rules.isWorkingDay('2025-11-24'), true);
    assert.equal(rules.isWorkingDay('2027-11-24'), false);
  });

  it('is not made up when it falls on a Saturday (24/11/2029): not an art. 112(1) holiday', () => {
    assert.equal(weekdayOf('2029-11-24'), 6);
    assert.equal(rules.isWorkingDay('2029-11-26'), true);
    assert.ok(!daysOffByRule(2029).some((d) => d.kind === 'compensatory' && d.date.startsWith('2029-11')));
  });
});
