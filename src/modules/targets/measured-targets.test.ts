import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/** Issue 24 §2: targets bound to an indicator tinhso computes — values from the records, never typed. */
describe('targets measured from the records', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  let caoBang: Json;
  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    session?: Session,
    payload?: object,
    language?: string,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(session?.headers ?? {}), ...(language ? { 'accept-language': language } : {}) },
      ...(payload ? { payload } : {}),
    });
  const target = (detail: Json, label: string) => detail.targets.find((x: Json) => x.label === label);
  const at = async (id: string, year: number, period: string) =>
    (await call('GET', `/targets/resolutions/${id}?year=${year}&period=${period}`, s.admin)).json();

  before(async () => {
    t = await startTestApp();
    s = {};
    for (const u of ['admin', 'lanhdao.tinh', 'chuyenvien']) s[u] = await t.signIn(u);
    const list = (await call('GET', '/targets/resolutions', s.admin)).json().items;
    caoBang = await at(list.find((r: Json) => r.provinceCode === '04').id, 2025, '9M');
  });
  after(() => t.close());

  it('computes the commune-level on-time target from the dossiers: the same figure as the level’s service report, with the method and the drill-down', async () => {
    const onTime = target(caoBang, '5');
    assert.equal(onTime.measuredBy, 'on_time_portal');
    assert.deepEqual([onTime.measuredUnitCode, onTime.measuredLevel], ['04', 'commune']);
    assert.equal(onTime.current, null, 'no typed value');
    assert.equal(onTime.mayReport, false);
    assert.match(onTime.method.vi, /trước hạn và đúng hạn/);
    assert.match(onTime.method.en, /early or on time/);
    const m = onTime.measured;
    assert.deepEqual([m.from, m.to], ['2025-01-01', '2025-09-30']);
    const report = (
      await call(
        'GET',
        '/reports/service?unit=04&level=commune&from=2025-01-01&to=2025-09-30',
        s['lanhdao.tinh'],
      )
    ).json();
    const rate = report.indicators.find((i: Json) => i.key === 'onTimeRate');
    assert.ok(rate.denominator > 0, 'the demo has commune dossiers resolved in 2025');
    assert.deepEqual([m.numerator, m.denominator], [rate.numerator, rate.denominator]);
    assert.equal(m.value, ((rate.numerator / rate.denominator) * 100).toFixed(2));
    assert.equal(onTime.achievement.percentOfPlan, Math.round((Number(m.value) / 98) * 10000) / 100);
    assert.equal(
      m.drillPath,
      '/dashboard/service-performance?unit=04&level=commune&from=2025-01-01&to=2025-09-30&measure=early_or_on_time',
    );
  });

  it('offers the drill-down only to a reader who may open the page it points to (issue 24 §2)', async () => {
    const id = caoBang.resolution.id;
    const asSpecialist = (
      await call('GET', `/targets/resolutions/${id}?year=2025&period=9M`, s.chuyenvien)
    ).json();
    const onTime = target(asSpecialist, '5');
    assert.equal(onTime.measured.value, target(caoBang, '5').measured.value, 'the same figure');
    assert.equal(onTime.measured.drillPath, '', 'no link to a service report a specialist may not open');
    const report = await call(
      'GET',
      '/reports/service?unit=04&level=commune&from=2025-01-01&to=2025-09-30',
      s.chuyenvien,
    );
    assert.equal(report.statusCode, 403, 'the page the link would open refuses the specialist');
    assert.match(
      target(asSpecialist, '7').measured.drillPath,
      /^\/dashboard\/investment\?/,
      'investment is open to officials',
    );
    const asLeader = (
      await call('GET', `/targets/resolutions/${id}?year=2025&period=9M`, s['lanhdao.tinh'])
    ).json();
    assert.match(target(asLeader, '5').measured.drillPath, /^\/dashboard\/service-performance\?/);
  });

  it('computes the online share and the disbursement rate of the province, and states a verdict only once the year is over', async () => {
    const year = await at(caoBang.resolution.id, 2025, 'Y');
    const online = target(year, '6');
    const report = (await call('GET', '/reports/service?unit=04&period=2025', s['lanhdao.tinh'])).json();
    const share = report.indicators.find((i: Json) => i.key === 'onlineRate');
    assert.deepEqual(
      [online.measured.numerator, online.measured.denominator],
      [share.numerator, share.denominator],
    );
    assert.ok(
      ['met', 'exceeded', 'not_met'].includes(online.achievement.state),
      'the 2025 year is over: a verdict',
    );
    const paid = target(year, '7');
    const summary = (
      await call('GET', '/investment/summary?provinceCode=04&year=2025&asOf=2025-12-31', s['lanhdao.tinh'])
    ).json();
    assert.equal(paid.measured.denominator, Number(summary.total.plan));
    assert.equal(paid.measured.numerator, Number(summary.total.paid));
    assert.equal(paid.measured.drillPath, '/dashboard/investment?province=04&year=2025');
  });

  it('refuses a typed value for a measured target with problem+json, in Vietnamese by default and in English on request', async () => {
    const id = target(caoBang, '5').id;
    const body = { year: 2025, period: '9M', value: 99, source: 'Văn phòng UBND tỉnh' };
    const vi = await call('POST', `/targets/targets/${id}/values`, s.admin, body);
    assert.equal(vi.statusCode, 400);
    assert.match(vi.headers['content-type'] as string, /application\/problem\+json/);
    assert.match(vi.json().detail, /được tính từ hồ sơ; không nhập tay/);
    assert.equal(vi.json().errors[0].field, 'value');
    const en = await call('POST', `/targets/targets/${id}/values`, s.admin, body, 'en');
    assert.match(en.json().detail, /computed from the records; its values cannot be typed in/);
    const detail = (await call('GET', `/targets/targets/${id}`, s.admin)).json();
    assert.equal(detail.history.length, 0, 'nothing was written');
    assert.equal(detail.permissions.report, false);
    assert.ok(
      detail.periods.some((p: Json) => p.year === 2025 && p.period === 'Y' && p.measured.value !== null),
    );
  });

  it('follows the records: a payment recorded this year moves a bound disbursement target at once', async () => {
    const year = new Date().getUTCFullYear();
    const created = await call('POST', '/targets/resolutions', s.admin, {
      provinceCode: '04',
      body: 'people_council',
      issuerName: 'Hội đồng nhân dân tỉnh Cao Bằng',
      number: 'NQ thử giải ngân',
      title: 'Nghị quyết thử chỉ tiêu giải ngân',
      issuedOn: `${year - 1}-12-10`,
      fromYear: year,
      toYear: year,
      targets: [
        {
          label: '1',
          indicatorKey: 'disbursement_test',
          indicator: 'Tỷ lệ giải ngân',
          unitOfMeasure: '%',
          measure: 'share',
          accumulates: false,
          kind: 'at_least',
          planLow: 95,
          unitCodes: ['04'],
          responsibleUnitCode: '04',
          responsibleAgencyName: 'Sở Tài chính',
          measuredBy: 'disbursement_rate',
          measuredUnitCode: '04',
        },
      ],
    });
    assert.equal(created.statusCode, 201, created.body);
    const before = target(await at(created.json().id, year, 'Y'), '1').measured;
    const projects = (await call('GET', '/investment/projects?provinceCode=04&pageSize=200', s.admin)).json();
    const ward = projects.items.find((p: Json) => p.code === '7900301');
    const paid = await call('POST', `/investment/projects/${ward.id}/disbursements`, s.chuyenvien, {
      source: 'local_budget',
      disbursedOn: `${year}-01-05`,
      amount: '250000000',
      voucherNo: 'TEST-MEASURED-1',
    });
    assert.equal(paid.statusCode, 201, paid.body);
    const after = target(await at(created.json().id, year, 'Y'), '1').measured;
    assert.equal(after.numerator, before.numerator + 250_000_000);
    assert.notEqual(after.value, before.value);
  });

  it('refuses a binding to another province’s commune, or a level of a commune, naming the field', async () => {
    const bad = await call('POST', `/targets/resolutions/${caoBang.resolution.id}/targets`, s.admin, {
      label: '99',
      indicatorKey: 'online_test',
      indicator: 'Tỷ lệ trực tuyến',
      unitOfMeasure: '%',
      measure: 'share',
      accumulates: false,
      kind: 'at_least',
      planLow: 50,
      unitCodes: ['04'],
      responsibleUnitCode: '04',
      responsibleAgencyName: 'Văn phòng UBND tỉnh',
      measuredBy: 'online_share',
      measuredUnitCode: '22786',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'measuredUnitCode');
    const level = await call(
      'POST',
      `/targets/resolutions/${caoBang.resolution.id}/targets`,
      s.admin,
      {
        label: '99',
        indicatorKey: 'online_test',
        indicator: 'Tỷ lệ trực tuyến',
        unitOfMeasure: '%',
        measure: 'share',
        accumulates: false,
        kind: 'at_least',
        planLow: 50,
        unitCodes: ['04'],
        responsibleUnitCode: '04',
        responsibleAgencyName: 'Văn phòng UBND tỉnh',
        measuredBy: 'online_share',
        measuredUnitCode: '01273',
        measuredLevel: 'commune',
      },
      'en',
    );
    assert.equal(level.statusCode, 400);
    assert.equal(level.json().errors[0].field, 'measuredLevel');
    assert.match(level.json().errors[0].message, /only when the unit measured is the province/);
  });

  it('exports what the screen shows: the computed value, "Tính từ hồ sơ" and the method', async () => {
    const csv = await call(
      'GET',
      `/targets/resolutions/${caoBang.resolution.id}/export.csv?year=2025&period=9M`,
      s.admin,
    );
    assert.equal(csv.statusCode, 200);
    const line = csv.body.split('\r\n').find((l) => l.startsWith('5,'))!;
    assert.ok(line.includes(target(caoBang, '5').measured.value), line);
    assert.match(line, /Tính từ hồ sơ/);
    assert.match(line, /Cổng DVCQG/);
  });
});
