import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  ADDITIONS_CSV,
  type CalendarTexts,
  DAYS_OFF_CSV,
  DEFAULT_CALENDAR_DIR,
  loadNationalCalendar,
  NOTICES_CSV,
  nationalCalendarSpec,
  parseDayRows,
  splitCsv,
} from './reference-calendar.js';

const text = (file: string) => readFile(path.join(DEFAULT_CALENDAR_DIR, file), 'utf8');
const texts: CalendarTexts = {
  daysOff: await text(DAYS_OFF_CSV),
  additions: await text(ADDITIONS_CSV),
  notices: await text(NOTICES_CSV),
};
const HEADER = 'date,weekday,kind,name_vi,basis,verified';

describe('calendar reference data (reference/calendar)', () => {
  it('reads the official file as received: 43 rows, 40 days off and 3 make-up Saturdays', () => {
    const rows = parseDayRows(texts.daysOff, DAYS_OFF_CSV);
    assert.ok(rows.ok);
    assert.equal(rows.value.daysOff.length, 40);
    assert.equal(rows.value.makeUpWorkdays.length, 3);
  });

  it('adds Culture Day 24/11/2026 from additions.csv to the 2026 notice year', () => {
    const spec = nationalCalendarSpec(texts);
    assert.ok(spec.ok);
    const y2026 = spec.value.schedules?.find((s) => s.year === 2026);
    assert.ok(y2026?.daysOff.some((d) => d.date === '2026-11-24' && /28\/2026\/QH16/.test(d.source)));
    assert.deepEqual(
      spec.value.schedules?.map((s) => s.year),
      [2024, 2025, 2026],
    );
  });

  it("checks each row's weekday column against its date", () => {
    const bad = `${HEADER}\r\n2025-01-01,T5,day_off,Tết Dương lịch,x,y\r\n`;
    const r = parseDayRows(bad, 'bad.csv');
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual(r.error, [{ file: 'bad.csv', row: 2, reason: '2025-01-01 is not a T5' }]);
  });

  it('refuses a make-up working day that is not a weekly rest day', () => {
    const bad = `${HEADER}\n2025-04-25,T6,make_up_workday,Làm bù,x,y\n`;
    assert.equal(parseDayRows(bad, 'bad.csv').ok, false);
  });

  it('refuses a date listed in both files', () => {
    const twice = `${HEADER}\n2025-01-01,T4,day_off,Tết Dương lịch,x,y\n`;
    const r = nationalCalendarSpec({ ...texts, additions: twice });
    assert.equal(r.ok, false);
  });

  it('reports a missing directory as a value, not an exception', async () => {
    const r = await loadNationalCalendar('/nonexistent/calendar');
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.length, 3);
  });

  it('splits quoted CSV fields with commas and doubled quotes', () => {
    assert.deepEqual(splitCsv('a,"b, ""c""",d\r\n1,2,3'), [
      ['a', 'b, "c"', 'd'],
      ['1', '2', '3'],
    ]);
    assert.equal(splitCsv('a,"b'), undefined);
  });
});
