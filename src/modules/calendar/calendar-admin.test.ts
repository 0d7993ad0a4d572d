import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor, Ctx, RoleGrant } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { quietLogger } from '../../platform/logging.js';
import type { DomainError, Result } from '../../platform/result.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { listAuditEntries } from '../audit/index.js';
import {
  addLocalDayOff,
  calendarFor,
  computeDueDate,
  describeYear,
  removeLocalDayOff,
  type SetNationalYearInput,
  setNationalYear,
  setWorkingHours,
} from './index.js';

const user = (username: string, ...roles: RoleGrant[]): Actor => ({
  kind: 'user',
  userId: newId(),
  username,
  displayName: username,
  userKind: roles.some((r) => r.role === 'citizen') ? 'citizen' : 'official',
  roles,
});
const NATIONAL_ADMIN = user('admin', { role: 'system_admin', unitCode: 'VN', provinceCode: 'VN' });
const PROVINCE_ADMIN = user('quantri.tinh', { role: 'system_admin', unitCode: '04', provinceCode: '04' });
const CITIZEN = user('congdan', { role: 'citizen', unitCode: '04', provinceCode: '04' });
const LEADER = user('lanhdao.tinh', { role: 'provincial_leader', unitCode: '04', provinceCode: '04' });

function fieldsOf(result: Result<unknown, DomainError>): string[] {
  assert.equal(result.ok, false);
  const error = (result as { error: DomainError }).error;
  assert.equal(error.kind, 'invalid', JSON.stringify(error));
  return (error as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field) ?? [];
}
const kindOf = (result: Result<unknown, DomainError>) => (result.ok ? 'ok' : result.error.kind);

/** Tết 2027 (6/2, Saturday) as a notice might fix it: the 5 statutory days and their make-up days. */
const YEAR_2027: SetNationalYearInput = {
  year: 2027,
  notices: [
    { number: '1234/TB-BNV', issued: '2026-10-15', issuer: 'Bộ Nội vụ', covers: 'Tết Đinh Mùi 2027 (thử)' },
    { number: '567/VPCP-KGVX', issuer: 'Văn phòng Chính phủ', covers: 'Hoán đổi (thử)', confidence: 'M' },
  ],
  days: [
    {
      date: '2027-01-01',
      kind: 'day_off',
      reason: 'holiday',
      name: 'Tết Dương lịch',
      source: 'BLLĐ 2019 Điều 112',
    },
    { date: '2027-02-08', kind: 'day_off', reason: 'holiday', name: 'Tết Nguyên Đán', notice: '1234/TB-BNV' },
    { date: '2027-02-06', kind: 'day_off', reason: 'holiday', name: 'Mùng một Tết', notice: '1234/TB-BNV' },
    {
      date: '2027-02-12',
      kind: 'day_off',
      reason: 'swapped',
      name: 'Nghỉ hoán đổi',
      notice: '567/VPCP-KGVX',
    },
    { date: '2027-02-20', kind: 'make_up_workday', name: 'Làm bù cho 12/2', notice: '567/VPCP-KGVX' },
  ],
};

describe('changing the calendar (issue 4: administrators add or correct a year, audited)', () => {
  let db: TestDatabase;
  const ctx = (actor: Actor): Ctx => ({
    db: db.db,
    actor,
    requestId: `test-${newId()}`,
    now: new Date(),
    log: quietLogger(),
  });
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());

  it('lets the national administrator record a year by its notices; the year is then read from them alone', async () => {
    const result = await setNationalYear(ctx(NATIONAL_ADMIN), YEAR_2027);
    assert.ok(result.ok, JSON.stringify(result));
    const view = result.value;
    assert.equal(view.basis, 'notice');
    assert.deepEqual(view.summary.daysOff, ['2027-01-01', '2027-02-08', '2027-02-12']);
    assert.deepEqual(view.summary.makeUpWorkdays, ['2027-02-20']);
    assert.equal(view.makeUpWorkdays[0]?.notice, '567/VPCP-KGVX');
    assert.equal(view.daysOff.find((d) => d.date === '2027-01-01')?.source, 'BLLĐ 2019 Điều 112');
    assert.match(
      view.daysOff.find((d) => d.date === '2027-02-08')?.source ?? '',
      /^1234\/TB-BNV \(Bộ Nội vụ/,
    );
    const cal = await calendarFor(db.db);
    assert.equal(cal.isWorkingDay('2027-02-20'), true);
    assert.equal(cal.isWorkingDay('2027-02-09'), true, 'only the notice’s days are off now');
    const audit = await listAuditEntries(ctx(NATIONAL_ADMIN), {
      action: 'calendar.national_year_set',
      limit: 5,
    });
    assert.ok(audit.ok);
    const entry = audit.value.items[0]!;
    assert.equal(entry.entityId, 'VN:2027');
    assert.equal(entry.actorLabel, 'admin');
    assert.equal(entry.before, null, 'the year came from the rules before');
    assert.equal((entry.after as { days: unknown[] }).days.length, 5);
  });

  it('corrects a year: the previous rows are replaced whole and kept in the audit entry', async () => {
    const corrected = { ...YEAR_2027, days: YEAR_2027.days.filter((d) => d.kind !== 'make_up_workday') };
    corrected.days = corrected.days.filter((d) => d.reason !== 'swapped');
    const result = await setNationalYear(ctx(NATIONAL_ADMIN), corrected);
    assert.ok(result.ok);
    assert.deepEqual(result.value.summary.makeUpWorkdays, []);
    assert.equal((await calendarFor(db.db)).isWorkingDay('2027-02-12'), true);
    const audit = await listAuditEntries(ctx(NATIONAL_ADMIN), {
      action: 'calendar.national_year_set',
      limit: 1,
    });
    assert.ok(audit.ok);
    assert.equal((audit.value.items[0]!.before as { days: unknown[] }).days.length, 5);
  });

  it('names every wrong field: date outside the year, a weekday made up, a swap on a Saturday, twice the same day, an unknown notice', async () => {
    const result = await setNationalYear(ctx(NATIONAL_ADMIN), {
      year: 2027,
      notices: [
        { number: 'A/1', issuer: '', covers: 'x' },
        { number: 'A/1', issuer: 'y', covers: 'z' },
      ],
      days: [
        { date: '2028-01-03', kind: 'day_off', reason: 'holiday', name: 'x', notice: 'A/1' },
        { date: '2027-03-03', kind: 'make_up_workday', name: 'x', notice: 'A/1' },
        { date: '2027-03-06', kind: 'day_off', reason: 'swapped', name: 'x', notice: 'A/1' },
        { date: '2027-03-08', kind: 'day_off', reason: 'holiday', name: 'x', notice: 'A/1' },
        { date: '2027-03-08', kind: 'day_off', reason: 'holiday', name: 'x', notice: 'A/1' },
        { date: '2027-03-09', kind: 'day_off', reason: 'holiday', name: ' ', notice: 'B/2' },
        { date: '2027-03-10', kind: 'day_off', name: 'x', notice: 'A/1' },
        { date: '2027-02-30', kind: 'day_off', reason: 'holiday', name: 'x', source: 's' },
      ],
    });
    assert.deepEqual(fieldsOf(result).sort(), [
      'days.0.date',
      'days.1.date',
      'days.2.date',
      'days.4.date',
      'days.5.name',
      'days.5.notice',
      'days.6.reason',
      'days.7.date',
      'notices.0.issuer',
      'notices.1.number',
    ]);
    const unchanged = await describeYear(db.db, 2027);
    assert.ok(unchanged.ok);
    assert.deepEqual(unchanged.value.summary.daysOff, ['2027-01-01', '2027-02-08'], 'nothing was written');
  });

  it('refuses the national calendar to a provincial administrator, a leader and a citizen (403) and to nobody signed in (401)', async () => {
    for (const actor of [PROVINCE_ADMIN, LEADER, CITIZEN]) {
      assert.equal(kindOf(await setNationalYear(ctx(actor), YEAR_2027)), 'forbidden', actor.kind);
    }
    assert.equal(kindOf(await setNationalYear(ctx({ kind: 'anonymous' }), YEAR_2027)), 'unauthenticated');
  });

  it('lets a provincial administrator add a local day off to their province only, audited with the province', async () => {
    const day = {
      provinceCode: '04',
      date: '2025-03-12',
      name: 'Ngày kỷ niệm (thử)',
      source: 'QĐ 1/QĐ-UBND',
    };
    const added = await addLocalDayOff(ctx(PROVINCE_ADMIN), day);
    assert.ok(added.ok, JSON.stringify(added));
    assert.equal((await calendarFor(db.db, '04')).isWorkingDay('2025-03-12'), false);
    assert.equal((await calendarFor(db.db, '04')).addWorkingDays('2025-03-11', 1), '2025-03-13');
    assert.equal(
      (await calendarFor(db.db)).isWorkingDay('2025-03-12'),
      true,
      'the national calendar is unchanged',
    );
    assert.equal((await calendarFor(db.db, '01')).isWorkingDay('2025-03-12'), true);
    const year = await describeYear(db.db, 2025, '04');
    assert.ok(year.ok);
    assert.equal(year.value.daysOff.find((d) => d.date === '2025-03-12')?.kind, 'local');
    const audit = await listAuditEntries(ctx(PROVINCE_ADMIN), {
      action: 'calendar.local_day_off_added',
      limit: 5,
    });
    assert.ok(audit.ok);
    assert.equal(
      audit.value.items[0]?.provinceCode,
      '04',
      'the provincial administrator reads it in their trail',
    );
    assert.equal(audit.value.items[0]?.entityId, '04:2025-03-12');

    const elsewhere = { ...day, provinceCode: '01' };
    assert.equal(kindOf(await addLocalDayOff(ctx(PROVINCE_ADMIN), elsewhere)), 'forbidden');
    assert.equal(kindOf(await addLocalDayOff(ctx(CITIZEN), day)), 'forbidden');
    assert.equal(kindOf(await addLocalDayOff(ctx(LEADER), day)), 'forbidden');
    assert.equal(kindOf(await addLocalDayOff(ctx({ kind: 'anonymous' }), day)), 'unauthenticated');
    assert.equal(
      kindOf(await addLocalDayOff(ctx(NATIONAL_ADMIN), { ...day, provinceCode: '99' })),
      'not_found',
    );
  });

  it('refuses a local day off that is already off: twice, a weekend, a national holiday', async () => {
    const base = { provinceCode: '04', name: 'x', source: 'QĐ' };
    assert.deepEqual(fieldsOf(await addLocalDayOff(ctx(PROVINCE_ADMIN), { ...base, date: '2025-03-12' })), [
      'date',
    ]);
    assert.deepEqual(fieldsOf(await addLocalDayOff(ctx(PROVINCE_ADMIN), { ...base, date: '2025-03-15' })), [
      'date',
    ]);
    assert.deepEqual(fieldsOf(await addLocalDayOff(ctx(PROVINCE_ADMIN), { ...base, date: '2025-09-02' })), [
      'date',
    ]);
    assert.deepEqual(
      fieldsOf(
        await addLocalDayOff(ctx(PROVINCE_ADMIN), {
          provinceCode: '04',
          date: '2025-13-01',
          name: '',
          source: '',
        }),
      ).sort(),
      ['date', 'name', 'source'],
    );
  });

  it('removes a local day off, audited; removing it again is not found', async () => {
    const removed = await removeLocalDayOff(ctx(PROVINCE_ADMIN), { provinceCode: '04', date: '2025-03-12' });
    assert.ok(removed.ok);
    assert.equal((await calendarFor(db.db, '04')).isWorkingDay('2025-03-12'), true);
    const again = await removeLocalDayOff(ctx(PROVINCE_ADMIN), { provinceCode: '04', date: '2025-03-12' });
    assert.equal(kindOf(again), 'not_found');
    const audit = await listAuditEntries(ctx(NATIONAL_ADMIN), {
      action: 'calendar.local_day_off_removed',
      limit: 5,
    });
    assert.ok(audit.ok);
    assert.equal(audit.value.items.length, 1);
  });

  it('sets a province’s working hours: working-hour durations and the due time follow them; default again on reset', async () => {
    const hours = {
      periods: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:30' },
      ],
    };
    assert.ok((await setWorkingHours(ctx(PROVINCE_ADMIN), '04', hours)).ok);
    const due = await computeDueDate(db.db, {
      receivedAt: '2025-03-03T09:00:00+07:00',
      amount: 2,
      unit: 'working_days',
      medium: 'electronic',
      provinceCode: '04',
    });
    assert.ok(due.ok);
    assert.equal(due.value.dueLocal, '2025-03-05T17:30:00+07:00');
    const year = await describeYear(db.db, 2025, '04');
    assert.ok(year.ok && year.value.workingHours.custom && year.value.workingHours.paperCutoff === '15:00');
    assert.deepEqual(
      fieldsOf(
        await setWorkingHours(ctx(PROVINCE_ADMIN), '04', {
          periods: [
            { start: '08:00', end: '12:00' },
            { start: '11:00', end: '17:00' },
          ],
        }),
      ),
      ['periods.1.start'],
    );
    assert.deepEqual(fieldsOf(await setWorkingHours(ctx(PROVINCE_ADMIN), '04', { periods: [] })), [
      'periods',
    ]);
    assert.equal(kindOf(await setWorkingHours(ctx(PROVINCE_ADMIN), '01', hours)), 'forbidden');
    assert.ok((await setWorkingHours(ctx(PROVINCE_ADMIN), '04', null)).ok);
    const back = await describeYear(db.db, 2025, '04');
    assert.ok(back.ok && !back.value.workingHours.custom);
  });
});
