import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/** The calendar over HTTP: public reads, administrators' writes (issue 4). */
describe('calendar API', () => {
  let t: TestApp;
  let admin: Session;
  let provinceAdmin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin');
    provinceAdmin = await t.signIn('quantri.tinh');
  });
  after(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    session?: Session,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });
  const fields = (body: string) => (JSON.parse(body).errors ?? []).map((e: { field: string }) => e.field);

  it('serves a year to anyone: days off with names and notice numbers, make-up Saturdays, notices', async () => {
    const response = await call('GET', '/calendar/years/2025');
    assert.equal(response.statusCode, 200, response.body);
    const year = response.json();
    assert.equal(year.basis, 'notice');
    assert.deepEqual(year.summary.makeUpWorkdays, ['2025-04-26']);
    assert.equal(year.makeUpWorkdays[0].notice, '8726/VPCP-KGVX');
    assert.ok(year.summary.daysOff.includes('2025-05-02'));
    assert.ok(year.notices.some((n: { number: string }) => n.number === '6150/TB-BLĐTBXH'));
    assert.deepEqual(year.workingHours, {
      periods: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      paperCutoff: '15:00',
      custom: false,
    });
    const y2027 = (await call('GET', '/calendar/years/2027?province=04')).json();
    assert.equal(y2027.basis, 'rules');
    assert.equal(y2027.provinceCode, '04');
  });

  it('says whether a day is worked: the make-up Saturday 26/4/2025 is, the swapped Friday 2/5/2025 is not', async () => {
    const saturday = (await call('GET', '/calendar/days/2025-04-26')).json();
    assert.equal(saturday.working, true);
    assert.equal(saturday.makeUpWorkday.notice, '8726/VPCP-KGVX');
    const friday = (await call('GET', '/calendar/days/2025-05-02?province=04')).json();
    assert.equal(friday.working, false);
    assert.equal(friday.dayOff.kind, 'swapped');
  });

  it('adds working days: 3 after Fri 24/1/2025 is Wed 5/2/2025, across Tết', async () => {
    const response = await call('GET', '/calendar/add-working-days?from=2025-01-24&workingDays=3');
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), {
      from: '2025-01-24',
      workingDays: 3,
      date: '2025-02-05',
      provinceCode: null,
    });
  });

  it('computes due dates per unit, with the 15:00 rule for paper (Decree 61 art. 18) and civil-code days', async () => {
    const due = async (query: string) => {
      const response = await call('GET', `/calendar/due-date?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const at = encodeURIComponent('2025-01-24T16:00:00+07:00');
    const electronic = await due(`receivedAt=${at}&amount=3&unit=working_days&medium=electronic`);
    assert.equal(electronic.dueLocal, '2025-02-05T17:00:00+07:00');
    assert.equal(electronic.dueDate, '2025-02-05');
    const paper = await due(`receivedAt=${at}&amount=3&unit=working_days&medium=paper`);
    assert.equal(paper.countingFromLocal, '2025-02-03T08:00:00+07:00');
    assert.equal(paper.dueLocal, '2025-02-06T17:00:00+07:00');
    const hours = await due(
      `receivedAt=${encodeURIComponent('2025-03-03T10:00:00+07:00')}&amount=4&unit=working_hours`,
    );
    assert.equal(hours.dueLocal, '2025-03-03T15:00:00+07:00');
    const half = await due(
      `receivedAt=${encodeURIComponent('2025-03-03T10:00:00+07:00')}&amount=1&unit=half_working_days`,
    );
    assert.equal(half.dueLocal, '2025-03-03T17:00:00+07:00');
    // Civil Code art. 147–148: 10 days from Fri 21/3/2025 end on Mon 31/3 at 24:00.
    const days = await due(
      `receivedAt=${encodeURIComponent('2025-03-21T10:00:00+07:00')}&amount=10&unit=calendar_days`,
    );
    assert.equal(days.dueLocal, '2025-04-01T00:00:00+07:00');
    assert.equal(days.dueDate, '2025-03-31');
    // A month from 31/1/2025 ends on 28/2 (art. 148), a Friday.
    const month = await due(
      `receivedAt=${encodeURIComponent('2025-01-31T10:00:00+07:00')}&amount=1&unit=months`,
    );
    assert.equal(month.dueDate, '2025-02-28');
  });

  it('answers bad input with problem+json naming the field, never a 500', async () => {
    const cases: Array<[string, string]> = [
      ['/calendar/due-date?receivedAt=2025-01-24T16:00&amount=3&unit=working_days', 'receivedAt'],
      ['/calendar/due-date?receivedAt=2025-01-24T16:00:00Z&amount=3&unit=weeks', 'unit'],
      ['/calendar/due-date?receivedAt=2025-01-24T16:00:00Z&amount=1.5&unit=working_days', 'amount'],
      ['/calendar/due-date?receivedAt=2025-01-24T16:00:00Z&amount=999999&unit=working_days', 'amount'],
      ['/calendar/due-date?receivedAt=2999-01-24T16:00:00Z&amount=1&unit=working_days', 'receivedAt'],
      ['/calendar/days/2025-02-30', 'date'],
      ['/calendar/years/3000', 'year'],
      ['/calendar/add-working-days?from=2025-01-24&workingDays=abc', 'workingDays'],
      ['/calendar/years/2025?province=4', 'province'],
    ];
    for (const [url, field] of cases) {
      const response = await call('GET', url);
      assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /problem\+json/);
      assert.ok(fields(response.body).includes(field), `${url}: ${response.body}`);
    }
    const unknown = await call('GET', '/calendar/years/2025?province=99');
    assert.equal(unknown.statusCode, 404);
  });

  it('lets the national administrator set a year, and refuses it to the provincial administrator (403), a citizen (403) and anonymous (401)', async () => {
    const body = {
      notices: [{ number: '1/TB-BNV', issued: '2027-01-05', issuer: 'Bộ Nội vụ', covers: 'thử' }],
      days: [
        {
          date: '2027-01-01',
          kind: 'day_off',
          reason: 'holiday',
          name: 'Tết Dương lịch',
          notice: '1/TB-BNV',
        },
      ],
    };
    assert.equal((await call('PUT', '/calendar/national/years/2027', provinceAdmin, body)).statusCode, 403);
    assert.equal(
      (await call('PUT', '/calendar/national/years/2027', await t.signIn('congdan'), body)).statusCode,
      403,
    );
    assert.equal((await call('PUT', '/calendar/national/years/2027', undefined, body)).statusCode, 401);
    const ok = await call('PUT', '/calendar/national/years/2027', admin, body);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().basis, 'notice');
    const bad = await call('PUT', '/calendar/national/years/2027', admin, {
      ...body,
      days: [{ date: '2027-01-06', kind: 'make_up_workday', name: 'x', notice: '1/TB-BNV' }],
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fields(bad.body), ['days.0.date']);
  });

  it('lets the provincial administrator add and remove a local day off in their province, with field errors', async () => {
    const day = { date: '2025-03-12', name: 'Ngày kỷ niệm của tỉnh (thử)', source: 'QĐ 1/QĐ-UBND' };
    const added = await call('POST', '/calendar/provinces/04/days-off', provinceAdmin, day);
    assert.equal(added.statusCode, 201, added.body);
    assert.equal((await call('GET', '/calendar/days/2025-03-12?province=04')).json().working, false);
    assert.equal((await call('GET', '/calendar/days/2025-03-12')).json().working, true);
    const twice = await call('POST', '/calendar/provinces/04/days-off', provinceAdmin, day);
    assert.equal(twice.statusCode, 400);
    assert.deepEqual(fields(twice.body), ['date']);
    // Issue 15 §2: told in the reader's language (Vietnamese by default), with a code the page acts on.
    assert.equal(
      twice.json().detail,
      'Ngày 12/03/2025 đã là ngày nghỉ riêng của tỉnh: Ngày kỷ niệm của tỉnh (thử).',
    );
    assert.deepEqual(twice.json().errors, [
      {
        field: 'date',
        message: 'đã là ngày nghỉ riêng của tỉnh (Ngày kỷ niệm của tỉnh (thử))',
        code: 'calendar.alreadyLocal',
      },
    ]);
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/provinces/04/days-off',
      headers: { ...provinceAdmin.headers, 'accept-language': 'en' },
      payload: { ...day, date: '2201-03-12' },
    });
    assert.deepEqual(english.json().errors, [
      {
        field: 'date',
        message: 'must lie in 1900–2150, the years the calendar serves',
        code: 'calendar.dateOutsideYears',
      },
    ]);
    const national = await call('POST', '/calendar/provinces/04/days-off', provinceAdmin, {
      ...day,
      date: '2025-09-02',
    });
    assert.equal(national.json().errors[0].code, 'calendar.alreadyNational');
    assert.match(national.json().detail, /^Ngày 02\/09\/2025 đã là ngày nghỉ toàn quốc: /);
    assert.equal((await call('POST', '/calendar/provinces/01/days-off', provinceAdmin, day)).statusCode, 403);
    const leader = await t.signIn('lanhdao.tinh');
    assert.equal(
      (await call('DELETE', '/calendar/provinces/04/days-off/2025-03-12', leader)).statusCode,
      403,
    );
    assert.equal(
      (await call('DELETE', '/calendar/provinces/04/days-off/2025-03-12', provinceAdmin)).statusCode,
      204,
    );
    assert.equal(
      (await call('DELETE', '/calendar/provinces/04/days-off/2025-03-12', provinceAdmin)).statusCode,
      404,
    );
  });

  it('sets and resets a province’s working hours', async () => {
    const hours = {
      periods: [
        { start: '07:00', end: '11:00' },
        { start: '13:00', end: '17:00' },
      ],
      paperCutoff: '15:30',
    };
    const set = await call('PUT', '/calendar/provinces/04/working-hours', provinceAdmin, hours);
    assert.equal(set.statusCode, 200, set.body);
    const year = (await call('GET', '/calendar/years/2025?province=04')).json();
    assert.equal(year.workingHours.paperCutoff, '15:30');
    const bad = await call('PUT', '/calendar/provinces/04/working-hours', provinceAdmin, {
      periods: [{ start: '12:00', end: '08:00' }],
    });
    assert.deepEqual(bad.json().errors, [
      { field: 'periods.0.end', message: 'phải sau giờ bắt đầu', code: 'calendar.periodEnd' },
    ]);
    assert.equal(
      (await call('DELETE', '/calendar/provinces/04/working-hours', provinceAdmin)).statusCode,
      204,
    );
  });
});
