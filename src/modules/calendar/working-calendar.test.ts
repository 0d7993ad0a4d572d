import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, fromDayNumber, type IsoDate } from './dates.js';
import { loadNationalCalendar } from './reference-calendar.js';
import { createWorkingCalendar } from './working-calendar.js';

const loaded = await loadNationalCalendar();
if (!loaded.ok) throw new Error(`calendar data: ${JSON.stringify(loaded.error)}`);
const cal = loaded.value;

/** Every day from `from` to `to`, both included. */
function span(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

interface Schedule {
  rule: string;
  off: IsoDate[];
  workedBefore?: IsoDate;
  workedAfter?: IsoDate;
  makeUp?: IsoDate[];
}

/** RULES.md §3, "Official schedules for public servants". */
const OFFICIAL: Schedule[] = [
  { rule: '2024 New Year: Mon 1/1 (art. 112)', off: ['2024-01-01'], workedAfter: '2024-01-02' },
  {
    rule: '2024 Tết: Thu 8/2 – Wed 14/2, 5 Tết days and 2 make-up days under art. 111(3) (MOLISA notice)',
    off: span('2024-02-08', '2024-02-14'),
    workedBefore: '2024-02-07',
    workedAfter: '2024-02-15',
  },
  { rule: "2024 Hùng Kings' Day: Thu 18/4", off: ['2024-04-18'], workedAfter: '2024-04-19' },
  {
    rule: '2024 30/4–1/5: Sat 27/4 – Wed 1/5, Mon 29/4 swapped for Sat 4/5 (CV 2450/VPCP-KGVX)',
    off: span('2024-04-27', '2024-05-01'),
    workedBefore: '2024-04-26',
    workedAfter: '2024-05-02',
    makeUp: ['2024-05-04'],
  },
  {
    rule: '2024 National Day: Sat 31/8 – Tue 3/9 (2/9 + 3/9)',
    off: span('2024-08-31', '2024-09-03'),
    workedBefore: '2024-08-30',
    workedAfter: '2024-09-04',
  },
  { rule: '2025 New Year: Wed 1/1 (TB 6150/TB-BLĐTBXH)', off: ['2025-01-01'], workedAfter: '2025-01-02' },
  {
    rule: '2025 Tết: Sat 25/1 – Sun 2/2, statutory days Mon 27 – Fri 31/1 (TB 6150/TB-BLĐTBXH)',
    off: span('2025-01-25', '2025-02-02'),
    workedBefore: '2025-01-24',
    workedAfter: '2025-02-03',
  },
  {
    rule: "2025 Hùng Kings' Day: Mon 7/4",
    off: ['2025-04-07'],
    workedBefore: '2025-04-04',
    workedAfter: '2025-04-08',
  },
  {
    rule: '2025 30/4–1/5: Wed 30/4 – Sun 4/5, Fri 2/5 swapped for Sat 26/4 (CV 8726/VPCP-KGVX)',
    off: span('2025-04-30', '2025-05-04'),
    workedBefore: '2025-04-29',
    workedAfter: '2025-05-05',
    makeUp: ['2025-04-26'],
  },
  {
    rule: '2025 National Day: Sat 30/8 – Tue 2/9 (1/9 + 2/9)',
    off: span('2025-08-30', '2025-09-02'),
    workedBefore: '2025-08-29',
    workedAfter: '2025-09-03',
  },
  {
    rule: '2026 New Year: Thu 1/1 – Sun 4/1, Fri 2/1 swapped for Sat 10/1 (CV 12729/VPCP-KGVX)',
    off: span('2026-01-01', '2026-01-04'),
    workedBefore: '2025-12-31',
    workedAfter: '2026-01-05',
    makeUp: ['2026-01-10'],
  },
  {
    rule: '2026 Tết: Sat 14/2 – Sun 22/2, statutory days Mon 16 – Fri 20/2 (TB 9441/TB-BNV)',
    off: span('2026-02-14', '2026-02-22'),
    workedBefore: '2026-02-13',
    workedAfter: '2026-02-23',
  },
  {
    rule: "2026 Hùng Kings' Day falls on Sun 26/4, made up on Mon 27/4 (art. 111(3))",
    off: ['2026-04-26', '2026-04-27'],
    workedAfter: '2026-04-28',
  },
  {
    rule: '2026 30/4–1/5: Thu 30/4 – Sun 3/5, a four-day weekend with no swap (CV 3383/BNV-CVL)',
    off: span('2026-04-30', '2026-05-03'),
    workedBefore: '2026-04-29',
    workedAfter: '2026-05-04',
  },
  {
    rule: '2026 National Day: Tue 1/9 + Wed 2/9 as in the data (the reported 31/8 swap is unverified)',
    off: ['2026-09-01', '2026-09-02'],
    workedAfter: '2026-09-03',
  },
  {
    rule: '2026 Culture Day: Tue 24/11 (Resolution 28/2026/QH16)',
    off: ['2026-11-24'],
    workedAfter: '2026-11-25',
  },
];

describe('official schedules 2024–2026 (RULES.md §3)', () => {
  for (const s of OFFICIAL) {
    it(`gives public servants ${s.rule}`, () => {
      for (const d of s.off) assert.equal(cal.isWorkingDay(d), false, `${d} should be off`);
      if (s.workedBefore) assert.equal(cal.isWorkingDay(s.workedBefore), true, `${s.workedBefore} is worked`);
      if (s.workedAfter) assert.equal(cal.isWorkingDay(s.workedAfter), true, `${s.workedAfter} is worked`);
      for (const d of s.makeUp ?? []) {
        assert.equal(cal.isWorkingDay(d), true, `${d} is a make-up Saturday`);
        assert.ok(cal.makeUpWorkday(d));
      }
    });
  }

  it('lists 2024 weekdays off and Saturdays worked (days-off contract)', () => {
    assert.deepEqual(cal.yearDaysOff(2024), {
      year: 2024,
      daysOff: [
        '2024-01-01',
        '2024-02-08',
        '2024-02-09',
        '2024-02-12',
        '2024-02-13',
        '2024-02-14',
        '2024-04-18',
        '2024-04-29',
        '2024-04-30',
        '2024-05-01',
        '2024-09-02',
        '2024-09-03',
      ],
      makeUpWorkdays: ['2024-05-04'],
    });
  });

  it('lists 2025 weekdays off and Saturdays worked (days-off contract)', () => {
    assert.deepEqual(cal.yearDaysOff(2025), {
      year: 2025,
      daysOff: [
        '2025-01-01',
        '2025-01-27',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-04-07',
        '2025-04-30',
        '2025-05-01',
        '2025-05-02',
        '2025-09-01',
        '2025-09-02',
      ],
      makeUpWorkdays: ['2025-04-26'],
    });
  });

  it('lists 2026 weekdays off, with Culture Day, and the one Saturday worked', () => {
    assert.deepEqual(cal.yearDaysOff(2026), {
      year: 2026,
      daysOff: [
        '2026-01-01',
        '2026-01-02',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-04-27',
        '2026-04-30',
        '2026-05-01',
        '2026-09-01',
        '2026-09-02',
        '2026-11-24',
      ],
      makeUpWorkdays: ['2026-01-10'],
    });
  });

  it('keeps the notice number of each swap as its source', () => {
    assert.match(cal.dayOff('2025-05-02')!.source, /8726\/VPCP-KGVX/);
    assert.equal(cal.dayOff('2025-05-02')!.kind, 'swapped');
    assert.match(cal.makeUpWorkday('2024-05-04')!.source, /2450\/VPCP-KGVX/);
    assert.equal(cal.dayOff('2026-04-27')!.kind, 'compensatory');
    assert.ok(cal.yearBasis(2025).notices.some((n) => n.notice === '6150/TB-BLĐTBXH'));
  });

  it('marks rows from April 2026 on as provisional (unverified) and earlier rows as not', () => {
    assert.equal(cal.dayOff('2026-02-17')!.provisional, false);
    assert.equal(cal.dayOff('2026-09-02')!.provisional, true);
    assert.equal(cal.dayOff('2025-09-02')!.provisional, false);
  });
});

describe('working-day arithmetic', () => {
  it('adds 3 working days to Fri 24/1/2025 across Tết: Wed 5/2/2025 (CLI contract)', () => {
    assert.equal(cal.addWorkingDays('2025-01-24', 3), '2025-02-05');
  });

  it('counts the make-up Saturday 26/4/2025 as a working day', () => {
    assert.equal(cal.isWorkingDay('2025-04-26'), true);
    assert.equal(cal.addWorkingDays('2025-04-25', 1), '2025-04-26');
  });

  it('does not count the start day, and n = 0 returns it', () => {
    assert.equal(cal.addWorkingDays('2025-03-03', 1), '2025-03-04');
    assert.equal(cal.addWorkingDays('2025-03-08', 0), '2025-03-08');
    assert.equal(cal.addWorkingDays('2025-03-08', 1), '2025-03-10');
  });

  it('subtracts working days with a negative n', () => {
    assert.equal(cal.addWorkingDays('2025-02-05', -3), '2025-01-24');
  });

  it('counts working days in (a, b], negative when b is before a', () => {
    assert.equal(cal.workingDaysBetween('2025-01-24', '2025-02-05'), 3);
    assert.equal(cal.workingDaysBetween('2025-02-05', '2025-01-24'), -3);
    assert.equal(cal.workingDaysBetween('2025-03-03', '2025-03-03'), 0);
  });

  it('derives years without a notice from the Labour Code rules, provisionally', () => {
    assert.equal(cal.yearBasis(2027).basis, 'rules');
    assert.equal(cal.yearBasis(2025).basis, 'notice');
    assert.equal(cal.dayOff('2027-02-05')!.provisional, true);
    assert.equal(cal.isWorkingDay('2027-11-24'), false);
  });

  it('adds then subtracts N working days back to a working-day start', () => {
    const first = Math.round(Date.UTC(2023, 0, 1) / 86_400_000);
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: first + 8 * 366 }),
        fc.integer({ min: -400, max: 400 }),
        (n, k) => {
          const start = cal.isWorkingDay(fromDayNumber(n))
            ? fromDayNumber(n)
            : cal.nextWorkingDay(fromDayNumber(n));
          const there = cal.addWorkingDays(start, k);
          assert.equal(cal.addWorkingDays(there, -k), start);
          assert.equal(cal.workingDaysBetween(start, there), k);
          if (k !== 0) assert.equal(cal.isWorkingDay(there), true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a province calendar', () => {
  it("adds a province's local day off on top of the national calendar", () => {
    const local = createWorkingCalendar({
      ...cal.spec,
      localDaysOff: [
        {
          date: '2025-03-12',
          name: 'Ngày nghỉ của tỉnh',
          source: 'QĐ của UBND tỉnh',
          kind: 'local',
          provisional: false,
        },
      ],
    });
    assert.equal(local.isWorkingDay('2025-03-12'), false);
    assert.equal(cal.isWorkingDay('2025-03-12'), true);
    assert.equal(local.addWorkingDays('2025-03-11', 1), '2025-03-13');
    assert.deepEqual(local.daysOff(2025).includes('2025-03-12'), true);
  });

  it('uses the rules alone when built without data (Saturday and Sunday rest)', () => {
    const bare = createWorkingCalendar();
    assert.equal(bare.isWorkingDay('2027-02-09'), false); // make-up for Tết on Sat 6/2/2027, art. 111(3)
    assert.equal(bare.isWorkingDay('2027-02-11'), true);
    assert.deepEqual(bare.makeUpWorkdays(2027), []);
  });
});
