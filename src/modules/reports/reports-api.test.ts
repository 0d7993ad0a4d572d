import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';
import { readXlsxRows } from '../../platform/xlsx.js';
import { SERVICE_COLUMNS } from './export-tables.js';

/** The reports API: who sees what (issue 7 §3), the public figures, and exports equal to the page (§4). */
describe('reports API', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());
  const get = async (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  it('asks for a sign-in for the dashboard, and keeps a commune leader to their commune', async () => {
    const anonymous = await get('/api/v1/reports/service?unit=04&period=2025');
    assert.equal(anonymous.statusCode, 401);
    assert.match(anonymous.headers['content-type'] as string, /problem\+json/);
    const commune = await t.signIn('lanhdao.xa');
    assert.equal((await get('/api/v1/reports/service?unit=04&period=2025', commune.headers)).statusCode, 403);
    const own = await get('/api/v1/reports/service?unit=01273&period=2025', commune.headers);
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().unit, '01273');
    const clerk = await t.signIn('motcua.tinh');
    assert.equal((await get('/api/v1/reports/index766?unit=04&period=2025', clerk.headers)).statusCode, 403);
  });

  it('lets a provincial administrator choose which dossiers 2.1 and 5.4 count, and refuses anyone else (issue 24 §5a)', async () => {
    const url = '/api/v1/reports/settings/in-progress-rule';
    const put = (body: unknown, headers: Record<string, string>) =>
      t.app.inject({
        method: 'PUT',
        url,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    const leader = await t.signIn('lanhdao.tinh');
    const read = await get(url, leader.headers);
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual([read.json().rule, read.json().canChange], ['period_end', false]);
    const refused = await put({ rule: 'resolved_only' }, leader.headers);
    assert.equal(refused.statusCode, 403);
    assert.match(refused.headers['content-type'] as string, /problem\+json/);
    const admin = await t.signIn('quantri.tinh');
    const bad = await put({ rule: 'sometimes' }, admin.headers);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers['content-type'] as string, /problem\+json/);
    const done = await put({ rule: 'resolved_only' }, admin.headers);
    assert.equal(done.statusCode, 200, done.body);
    assert.deepEqual([done.json().rule, done.json().canChange], ['resolved_only', true]);
    const card = await get('/api/v1/reports/index766?unit=04&period=2025', leader.headers);
    assert.equal(card.json().inProgressRule.rule, 'resolved_only');
    assert.equal((await put({ rule: 'period_end' }, admin.headers)).statusCode, 200);
  });

  it('answers bad periods and filters with a problem, never a 500', async () => {
    const leader = await t.signIn('lanhdao.tinh');
    for (const q of [
      'unit=04',
      'unit=04&from=2025-02-30&to=2025-03-01',
      'unit=04&from=2025-03-02&to=2025-03-01',
      'unit=99&period=2025',
      'unit=04&from=2025-03-02&to=2025-03-10&procedureCode=1.001193',
    ]) {
      const r = await get(`/api/v1/reports/service?${q}`, leader.headers);
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${q} → ${r.statusCode}`);
      assert.match(r.headers['content-type'] as string, /problem\+json/);
    }
  });

  it('publishes the transparency figures without a sign-in, with no personal data', async () => {
    const r = await get('/api/v1/public/reports/service?unit=04&period=2025');
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.ok(body.received > 0 && body.units.length > 10);
    assert.ok(body.method.length > 5, 'the method is published with the figures');
    const names = await t.db.pool.query(
      `select applicant_name, applicant->>'idNumber' as id_number, applicant->>'phone' as phone, code, id::text
         from dossiers.dossiers where province_code = '04' and received_at is not null limit 300`,
    );
    for (const row of names.rows)
      for (const value of Object.values(row) as Array<string | null>)
        if (value && value.length > 4) assert.ok(!r.body.includes(value), `public figures leak ${value}`);
    assert.equal(
      (
        await get(
          '/api/v1/public/reports/service?unit=04&period=2025&agencyId=00000000-0000-0000-0000-000000000000',
        )
      ).statusCode,
      400,
    );
  });

  it('exports Excel and CSV with exactly the numbers of the API, and a PDF', async () => {
    const leader = await t.signIn('lanhdao.tinh');
    const report = (await get('/api/v1/reports/service?unit=04&period=2025', leader.headers)).json();
    const xlsx = await get('/api/v1/reports/export?unit=04&period=2025&format=xlsx', leader.headers);
    assert.equal(xlsx.statusCode, 200);
    const rows = await readXlsxRows(xlsx.rawPayload);
    const keys = SERVICE_COLUMNS.map((c) => c.key);
    const headerAt = rows.findIndex((r) => r[0] === 'TT');
    const totalRow = rows[headerAt + 1]!;
    const cell = (row: Array<string | number | null>, key: string) => row[keys.indexOf(key)];
    assert.equal(cell(totalRow, 'received'), report.received);
    assert.equal(cell(totalRow, 'late'), report.late);
    assert.equal(cell(totalRow, 'in_progress'), report.inProgress);
    assert.equal(cell(totalRow, 'on_time_rate'), report.onTimeRate * 100);
    assert.equal(cell(totalRow, 'online_rate'), report.onlineRate * 100);
    const unitRows = rows.slice(headerAt + 2);
    for (const unit of report.units) {
      const row = unitRows.find((r) => cell(r, 'unit_code') === unit.unitCode)!;
      assert.equal(cell(row, 'received'), unit.received, unit.unitCode);
      assert.equal(cell(row, 'resolved'), unit.resolved, unit.unitCode);
    }
    const csv = await get('/api/v1/public/reports/export?unit=04&period=2025&format=csv');
    assert.equal(csv.statusCode, 200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    assert.deepEqual(lines[0], keys);
    const total = lines[1]!;
    assert.equal(Number(total[keys.indexOf('received')]), report.received);
    assert.equal(Number(total[keys.indexOf('on_time_rate')]), report.onTimeRate);
    assert.equal(Number(total[keys.indexOf('postal_return_rate')]), report.postalReturnRate);
    assert.equal(Number(total[keys.indexOf('ratings_without_zero_rate')]), report.satisfactionRate);
    const pdf = await get(
      '/api/v1/reports/export?unit=04&period=2025&format=pdf&report=index766',
      leader.headers,
    );
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  it('drills down province → commune → procedure → dossiers for a leader', async () => {
    const leader = await t.signIn('lanhdao.tinh');
    const province = (await get('/api/v1/reports/service?unit=04&period=2025', leader.headers)).json();
    const busiest = [...province.units]
      .filter((u: { level: string }) => u.level === 'commune')
      .sort((a: { received: number }, b: { received: number }) => b.received - a.received)[0];
    const procedures = await get(
      `/api/v1/reports/service/procedures?unit=${busiest.unitCode}&period=2025`,
      leader.headers,
    );
    assert.equal(procedures.statusCode, 200, procedures.body);
    const first = procedures.json().items[0];
    assert.ok(first.received > 0 && first.procedureName.length > 3);
    const list = await get(
      `/api/v1/reports/service/dossiers?unit=${busiest.unitCode}&period=2025&procedureCode=${first.procedureCode}&measure=received&pageSize=200`,
      leader.headers,
    );
    assert.equal(list.statusCode, 200, list.body);
    assert.equal(list.json().items.length, Math.min(first.received, 200));
  });

  it('reads the Decision 766 scorecard right: formulas and notes in both languages, 2.2 in days, realistic satisfaction (issue 15 §6)', async () => {
    const leader = await t.signIn('lanhdao.tinh');
    const card = (await get('/api/v1/reports/index766?unit=04&period=2025', leader.headers)).json();
    const items = card.groups.flatMap((g: { items: object[] }) => g.items) as Array<{
      code: string;
      formula: string;
      formulaEn: string;
      display: string;
      ratio: number | null;
      hasData: boolean;
      reason: string | null;
      reasonEn: string | null;
    }>;
    for (const i of items) {
      assert.match(
        i.formula,
        /[ăâđêôơưàáảãạếệịọồộờợủứừựỳ]|÷|Chỉ theo dõi/iu,
        `${i.code} formula in Vietnamese`,
      );
      assert.doesNotMatch(i.formula, /\b(dossiers|procedures|the|and)\b/i, `${i.code} has no English`);
      assert.ok(i.formulaEn.length > 0);
      if (!i.hasData) assert.ok(i.reason && i.reasonEn && i.reason !== i.reasonEn, `${i.code} explained`);
    }
    const average = items.find((i) => i.code === '2.2')!;
    assert.equal(average.display, 'days');
    assert.ok(average.ratio !== null && average.ratio > 0 && average.ratio < 60, `${average.ratio} days`);
    assert.ok(card.share > 0 && card.share <= 100, 'the score on 100');
    for (const m of card.method) assert.doesNotMatch(m.source, /RULES\.md|Decree|Circular/);

    const report = (await get('/api/v1/reports/service?unit=04&period=2025', leader.headers)).json();
    assert.ok(
      report.satisfactionRate > 0.95 && report.satisfactionRate < 0.995,
      `about 98% satisfied overall, not 100%: ${report.satisfactionRate}`,
    );
    const rates = report.units
      .filter((u: { rated: number }) => u.rated >= 5)
      .map((u: { satisfactionRate: number }) => u.satisfactionRate);
    const counts = report.units.map((u: { rated: number }) => u.rated).join(', ');
    assert.ok(rates.length >= 3, `units with ratings: ${counts}`);
    assert.ok(Math.max(...rates) - Math.min(...rates) > 0.02, `units differ: ${rates.join(', ')}`);
    assert.ok(rates.filter((r: number) => r < 1).length >= 2, `not 100% everywhere: ${rates.join(', ')}`);
  });

  it('gives the commune-level on-time rate in one call, the units of the level, and refuses a level of a commune in the reader’s language (issue 24 §1)', async () => {
    const leader = await t.signIn('lanhdao.tinh');
    const whole = (await get('/api/v1/reports/service?unit=04&period=2025', leader.headers)).json();
    const r = await get('/api/v1/reports/service?unit=04&period=2025&level=commune', leader.headers);
    assert.equal(r.statusCode, 200, r.body);
    const level = r.json();
    const communes = whole.units.filter((u: { level: string }) => u.level === 'commune');
    const sum = (rows: Array<Record<string, number>>, k: string) => rows.reduce((s, u) => s + u[k]!, 0);
    assert.equal(level.received, sum(communes, 'received'), 'the level is the sum of its communes');
    const measured = sum(communes, 'early') + sum(communes, 'onTime') + sum(communes, 'late');
    assert.equal(level.onTimeRate, (sum(communes, 'early') + sum(communes, 'onTime')) / measured);
    assert.equal(level.scopeLevel.key, 'commune');
    assert.ok(level.scopeLevel.units.length >= communes.length, 'every commune of Cao Bằng is listed');
    assert.deepEqual(
      whole.levels.map((l: { key: string }) => l.key),
      ['commune', 'province_agencies'],
      'Cao Bằng has no special zone',
    );
    const agencies = (
      await get('/api/v1/reports/service?unit=04&period=2025&level=province_agencies', leader.headers)
    ).json();
    const provinceRow = whole.units.find((u: { level: string }) => u.level === 'province');
    assert.equal(agencies.received, provinceRow?.received ?? 0);
    assert.equal(agencies.received + level.received, whole.received, 'the two levels make the province');
    const card = await get('/api/v1/reports/index766?unit=04&period=2025&level=commune', leader.headers);
    assert.equal(card.statusCode, 200, card.body);
    const feedback = await get(
      '/api/v1/feedback/reports?provinceCode=04&period=2025&level=commune',
      leader.headers,
    );
    assert.equal(feedback.statusCode, 200, feedback.body);
    assert.equal(feedback.json().level, 'commune');
    const zones = await get('/api/v1/reports/service?unit=04&period=2025&level=special_zone', {
      ...leader.headers,
      'accept-language': 'en',
    });
    assert.equal(zones.statusCode, 400);
    assert.match(zones.json().detail, /Province 04 has no unit at this level/);
    const wrong = await get('/api/v1/reports/service?unit=01273&period=2025&level=commune', leader.headers);
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.json().detail, /Chỉ xem theo cấp .* 01273 là đơn vị cấp xã/);
    const bad = await get('/api/v1/reports/service?unit=04&period=2025&level=district', leader.headers);
    assert.equal(bad.statusCode, 400);
  });

  it('refuses a period in Vietnamese by default and in English on request, naming the same field (issue 15 §2)', async () => {
    const leader = await t.signIn('lanhdao.tinh');
    const url = '/api/v1/reports/service?unit=04&from=2025-05-01&to=2025-04-01';
    const vi = await get(url, leader.headers);
    assert.equal(vi.statusCode, 400, vi.body);
    assert.equal(vi.json().detail, 'Ngày kết thúc kỳ báo cáo trước ngày bắt đầu.');
    assert.equal(vi.json().errors[0].field, 'to');
    const en = await get(url, { ...leader.headers, 'accept-language': 'en' });
    assert.equal(en.json().detail, 'The period ends before it starts.');
    assert.equal(en.json().errors[0].field, 'to');
  });
});
