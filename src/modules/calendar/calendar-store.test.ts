import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { referenceDir } from '../../app/paths.js';
import { type Ctx, systemCtx } from '../../platform/context.js';
import { connectDatabase, type Database } from '../../platform/database/connection.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { listAuditEntries } from '../audit/index.js';
import {
  addLocalDayOff,
  calendarFor,
  describeDay,
  describeYear,
  importReferenceCalendar,
  loadNationalCalendar,
  setNationalYear,
} from './index.js';

const CALENDAR_DIR = path.join(referenceDir, 'calendar');
const fromFiles = await loadNationalCalendar(CALENDAR_DIR);
if (!fromFiles.ok) throw new Error(JSON.stringify(fromFiles.error));
const files = fromFiles.value;

const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('the calendar in the database (issue 4)', () => {
  let db: TestDatabase;
  let ctx: Ctx;
  before(async () => {
    db = await createTestDatabase('demo');
    ctx = systemCtx(db.db, 'test', quietLogger());
  });
  after(() => db.drop());

  it('holds the shipped 2024–2026 schedules: the same days as the reference files, every day of those years', async () => {
    const cal = await calendarFor(db.db);
    for (const year of [2024, 2025, 2026]) {
      assert.deepEqual(cal.yearDaysOff(year), files.yearDaysOff(year), String(year));
      assert.equal(cal.yearBasis(year).basis, 'notice');
      for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; ) {
        const iso = day.toISOString().slice(0, 10);
        assert.equal(cal.isWorkingDay(iso), files.isWorkingDay(iso), iso);
        day = new Date(day.getTime() + 86_400_000);
      }
    }
    assert.deepEqual(cal.yearDaysOff(2025).makeUpWorkdays, ['2025-04-26']);
    assert.equal(cal.addWorkingDays('2025-01-24', 3), '2025-02-05');
  });

  it('keeps each day’s notice number, the notices of the year, and Culture Day 24/11/2026 (Resolution 28/2026/QH16)', async () => {
    const y2025 = must(await describeYear(db.db, 2025));
    assert.equal(y2025.makeUpWorkdays[0]?.notice, '8726/VPCP-KGVX');
    assert.equal(y2025.daysOff.find((d) => d.date === '2025-05-02')?.kind, 'swapped');
    assert.ok(y2025.notices.some((n) => n.number === '6150/TB-BLĐTBXH' && n.issued === '2024-12-03'));
    const culture = must(await describeDay(db.db, '2026-11-24'));
    assert.equal(culture.working, false);
    assert.equal(culture.dayOff?.name, 'Ngày Văn hóa Việt Nam');
    const y2024 = must(await describeYear(db.db, 2024));
    const tet = y2024.daysOff.find((d) => d.date === '2024-02-10');
    assert.equal(
      tet?.onRestDay,
      true,
      'Tết on a Saturday is listed: it explains the make-up days (art. 111(3))',
    );
    assert.ok(!y2024.summary.daysOff.includes('2024-02-10'));
  });

  it('marks the unverified days from April 2026 provisional (the National Day swap of 2026 is not encoded)', async () => {
    const y2026 = must(await describeYear(db.db, 2026));
    assert.equal(y2026.daysOff.find((d) => d.date === '2026-09-01')?.provisional, true);
    assert.equal(y2026.daysOff.find((d) => d.date === '2026-01-02')?.provisional, false);
    assert.equal(must(await describeDay(db.db, '2026-08-31')).working, true);
  });

  it('derives a year without data from the Labour Code rules, provisionally (art. 112: Tết 2027 from 6/2)', async () => {
    const y2027 = must(await describeYear(db.db, 2027));
    assert.equal(y2027.basis, 'rules');
    assert.deepEqual(y2027.notices, []);
    const tet = y2027.daysOff.find((d) => d.date === '2027-02-06');
    assert.equal(tet?.provisional, true);
    assert.equal(
      y2027.daysOff.find((d) => d.date === '2027-04-16')?.provisional,
      false,
      'Hùng Kings 10/3 lunar',
    );
  });

  it('loads the reference files once: a second import changes nothing and writes no audit entry', async () => {
    const again = await importReferenceCalendar(ctx, CALENDAR_DIR);
    assert.equal(again.skipped, true);
    const entries = must(await listAuditEntries(ctx, { action: 'calendar.reference_imported', limit: 50 }));
    assert.equal(entries.items.length, 1);
  });

  it('keeps a year an administrator corrected when newer reference files load, and loads the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tinhso-calendar-'));
    try {
      await cp(CALENDAR_DIR, dir, { recursive: true });
      must(
        await setNationalYear(ctx, {
          year: 2026,
          notices: [
            { number: '9441/TB-BNV', issued: '2025-10-16', issuer: 'Bộ Nội vụ', covers: 'Tết 14/2–22/2' },
          ],
          days: [
            {
              date: '2026-01-01',
              kind: 'day_off',
              reason: 'holiday',
              name: 'Tết Dương lịch',
              notice: '9441/TB-BNV',
            },
          ],
        }),
      );
      await writeFile(
        path.join(dir, 'notices.csv'),
        `${await readFile(path.join(CALENDAR_DIR, 'notices.csv'), 'utf8')}2025,,,Test,"a later release",test,M\n`,
      );
      const summary = await importReferenceCalendar(ctx, dir);
      assert.equal(summary.skipped, false);
      assert.deepEqual(summary.keptYears, [2026]);
      assert.deepEqual(summary.years, [2024, 2025]);
      const cal = await calendarFor(db.db);
      assert.deepEqual(cal.daysOff(2026), ['2026-01-01'], 'the administrator’s 2026 is kept');
      assert.deepEqual(cal.yearDaysOff(2025), files.yearDaysOff(2025));
      assert.equal(must(await describeYear(db.db, 2025)).notices.length, 3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('several app instances agree on the calendar (revision counter)', () => {
  let db: TestDatabase;
  let other: Database;
  before(async () => {
    db = await createTestDatabase('demo');
    other = connectDatabase(db.url, { max: 2 });
  });
  after(async () => {
    await other.close();
    await db.drop();
  });

  it('sees another instance’s change once its cache is older than maxAgeMs, and at once in the writing one', async () => {
    const date = '2025-03-12';
    assert.equal((await calendarFor(other.db, '04')).isWorkingDay(date), true);
    assert.equal((await calendarFor(db.db, '04')).isWorkingDay(date), true);
    const ctx = systemCtx(db.db, 'test', quietLogger());
    must(
      await addLocalDayOff(ctx, {
        provinceCode: '04',
        date,
        name: 'Ngày nghỉ riêng của tỉnh (thử)',
        source: 'Quyết định thử nghiệm',
      }),
    );
    assert.equal((await calendarFor(db.db, '04')).isWorkingDay(date), false, 'the writer sees it at once');
    assert.equal((await calendarFor(other.db, '04', { maxAgeMs: 0 })).isWorkingDay(date), false);
    assert.equal((await calendarFor(other.db, null, { maxAgeMs: 0 })).isWorkingDay(date), true, 'national');
    const stale = await calendarFor(other.db, '01', { maxAgeMs: 60_000 });
    assert.equal(stale.isWorkingDay(date), true, 'another province is not affected');
  });

  it('re-reads the revision after the default second, without any call from the writer', async () => {
    const date = '2025-03-13';
    assert.equal((await calendarFor(other.db, '04')).isWorkingDay(date), true);
    await other.pool.query(
      `insert into calendar.days (id, date, year, province_code, kind, name, source, provisional, origin, updated_at)
       values (gen_random_uuid(), $1, 2025, '04', 'local_day_off', 'x', 'y', false, 'admin', now())`,
      [date],
    );
    await other.pool.query('update calendar.revision set revision = revision + 1');
    assert.equal((await calendarFor(other.db, '04')).isWorkingDay(date), true, 'cached within the second');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await calendarFor(other.db, '04')).isWorkingDay(date), false);
  });
});

describe('a database without calendar data', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('empty');
  });
  after(() => db.drop());

  it('answers from the Labour Code rules alone (no swap of 2/5/2025 without its notice)', async () => {
    const cal = await calendarFor(db.db);
    assert.equal(cal.yearBasis(2025).basis, 'rules');
    assert.equal(cal.isWorkingDay('2025-05-02'), true);
    assert.equal(cal.isWorkingDay('2025-04-30'), false);
  });
});
