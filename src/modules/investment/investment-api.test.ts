import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { listProjectsAtRisk } from './index.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/** Issue 9, Investment: plans, disbursements, rates at read time, extension requests, who may do what. */
describe('public investment through the API', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, session?: Session, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });
  const project = async (code: string): Promise<Json> =>
    (await call('GET', `/investment/projects?provinceCode=04&q=${code}`, s.admin)).json().items[0];
  const lastYear = new Date().getUTCFullYear() - 1;

  before(async () => {
    t = await startTestApp();
    s = {};
    for (const u of ['admin', 'quantri.tinh', 'lanhdao.tinh', 'chuyenvien', 'congdan'])
      s[u] = await t.signIn(u);
  });
  after(() => t.close());

  it('holds Cao Bằng’s demo programme: the three expressways and about forty smaller projects, disbursement well under plan', async () => {
    const list = (
      await call('GET', '/investment/projects?provinceCode=04&pageSize=200', s['lanhdao.tinh'])
    ).json();
    assert.ok(list.total >= 40, `${list.total} projects`);
    const names = list.items.map((p: Json) => p.name).join('\n');
    for (const expressway of [
      /Đồng Đăng.*Trà Lĩnh.*giai đoạn 1/,
      /Đồng Đăng.*Trà Lĩnh.*giai đoạn 2/,
      /Bắc Kạn – Cao Bằng/,
    ])
      assert.match(names, expressway);
    const summary = (
      await call('GET', `/investment/summary?provinceCode=04&year=${lastYear}`, s['lanhdao.tinh'])
    ).json();
    assert.equal(
      summary.asOf,
      `${lastYear + 1}-01-31`,
      'a past plan year is read to its disbursement deadline',
    );
    assert.ok(summary.total.rate > 40 && summary.total.rate < 90, `rate ${summary.total.rate}`);
    const rate = Number((BigInt(summary.total.paid) * 10000n) / BigInt(summary.total.plan)) / 100;
    assert.equal(summary.total.rate, rate, 'the rate is the two sums’ ratio, computed at read time');
  });

  it('counts projects awaiting an extension straight from the requests, and flags projects behind their monthly plan', async () => {
    const summary = (await call('GET', '/investment/summary?provinceCode=04', s['lanhdao.tinh'])).json();
    const list = (
      await call('GET', '/investment/projects?provinceCode=04&pageSize=200', s['lanhdao.tinh'])
    ).json();
    assert.equal(summary.extensions.awaiting, list.items.filter((p: Json) => p.pendingExtension).length);
    assert.ok(summary.extensions.awaiting > 0);
    const atRisk = await listProjectsAtRisk(systemCtx(t.db.db, 'test', quietLogger()), {
      provinceCode: '04',
    });
    assert.ok(atRisk.ok);
    assert.equal(atRisk.value.items.length, summary.atRisk.count);
    for (const item of atRisk.value.items) {
      assert.deepEqual(item.link, { kind: 'investment_project', id: item.projectId });
      assert.ok(item.behindPoints >= atRisk.value.marginPoints);
    }
  });

  it('lets the owner’s officer record a payment (a ward officer for the ward’s project), and nobody else’s (403)', async () => {
    const ward = await project('7900301');
    const year = new Date().getUTCFullYear();
    const paid = await call('POST', `/investment/projects/${ward.id}/disbursements`, s.chuyenvien, {
      source: 'local_budget',
      disbursedOn: `${year}-01-05`,
      amount: '150000000',
      voucherNo: 'TEST-0001',
    });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.equal(paid.json().enteredBy, 'chuyenvien');
    const expressway = await project('7900101');
    const refused = await call('POST', `/investment/projects/${expressway.id}/disbursements`, s.chuyenvien, {
      source: 'central_budget',
      disbursedOn: `${year}-01-05`,
      amount: '1',
    });
    assert.equal(refused.statusCode, 403);
    const twice = await call('POST', `/investment/projects/${ward.id}/disbursements`, s.chuyenvien, {
      source: 'local_budget',
      disbursedOn: `${year}-01-06`,
      amount: '1000000',
      voucherNo: 'TEST-0001',
    });
    assert.equal(twice.statusCode, 409, 'a treasury voucher is counted once');
  });

  it('refuses a date outside the plan year’s window (to 31 January next year), a future date, and a payment above plan without a note', async () => {
    const ward = await project('7900301');
    const year = new Date().getUTCFullYear();
    const send = (body: object) =>
      call('POST', `/investment/projects/${ward.id}/disbursements`, s.chuyenvien, body);
    const outside = await send({
      planYear: year - 1,
      source: 'local_budget',
      disbursedOn: `${year}-02-01`,
      amount: '1000000',
    });
    assert.equal(outside.statusCode, 400);
    assert.equal(outside.json().errors[0].field, 'disbursedOn');
    // In Vietnamese by default, days as dd/mm/yyyy (issue 15 §2, §7).
    assert.match(outside.json().detail, /khoản 1 Điều 72 Luật 58\/2024\/QH15/);
    assert.match(outside.json().detail, new RegExp(`từ 01/01/${year - 1} đến 31/01/${year} \\(`));
    assert.match(outside.json().detail, new RegExp(`ngày 01/02/${year} nằm ngoài`));
    const future = await send({
      source: 'local_budget',
      disbursedOn: `${year + 1}-01-02`,
      planYear: year,
      amount: '1000000',
    });
    assert.equal(future.statusCode, 400);
    const detail = (await call('GET', `/investment/projects/${ward.id}?year=${year}`, s.chuyenvien)).json();
    const local = detail.bySource.find((x: Json) => x.source === 'local_budget');
    const tooMuch = (BigInt(local.plan) - BigInt(local.paid) + 1n).toString();
    const above = await send({ source: 'local_budget', disbursedOn: `${year}-01-07`, amount: tooMuch });
    assert.equal(above.statusCode, 400);
    assert.equal(above.json().errors[0].field, 'note');
    const explained = await send({
      source: 'local_budget',
      disbursedOn: `${year}-01-07`,
      amount: tooMuch,
      note: 'Ứng trước kế hoạch năm sau theo Quyết định của UBND tỉnh',
    });
    assert.equal(explained.statusCode, 201, explained.body);
    const cancelled = await call(
      'POST',
      `/investment/disbursements/${explained.json().id}/cancel`,
      s.chuyenvien,
      { reason: 'Nhập nhầm số tiền' },
    );
    assert.equal(cancelled.statusCode, 200);
    const again = (await call('GET', `/investment/projects/${ward.id}?year=${year}`, s.chuyenvien)).json();
    assert.equal(
      again.bySource.find((x: Json) => x.source === 'local_budget').paid,
      local.paid,
      'a cancelled payment no longer counts',
    );
  });

  it('takes an extension request from the owner and the People’s Council decision from the planning office', async () => {
    const ward = await project('7900302');
    const before = (await call('GET', '/investment/summary?provinceCode=04', s.admin)).json().extensions
      .awaiting;
    const asked = await call('POST', `/investment/projects/${ward.id}/extensions`, s.chuyenvien, {
      reason: 'Điều chỉnh quy mô nhà văn hóa theo ý kiến cộng đồng',
      requestedEndDate: '2027-12-31',
    });
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal(
      (
        await call('POST', `/investment/projects/${ward.id}/extensions`, s.chuyenvien, {
          reason: 'x',
          requestedEndDate: '2028-01-31',
        })
      ).statusCode,
      409,
    );
    assert.equal(
      (await call('GET', '/investment/summary?provinceCode=04', s.admin)).json().extensions.awaiting,
      before + 1,
    );
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const decision = { decision: 'approved', decisionRef: '15/NQ-HĐND', decidedOn: today, version: 1 };
    assert.equal(
      (await call('POST', `/investment/extensions/${asked.json().id}/decision`, s.chuyenvien, decision))
        .statusCode,
      403,
    );
    const decided = await call(
      'POST',
      `/investment/extensions/${asked.json().id}/decision`,
      s['lanhdao.tinh'],
      decision,
    );
    assert.equal(decided.statusCode, 200, decided.body);
    assert.equal((await project('7900302')).currentEndDate, '2027-12-31');
    assert.equal(
      (await call('GET', '/investment/summary?provinceCode=04', s.admin)).json().extensions.awaiting,
      before,
    );
  });

  it('keeps capital plans within the total investment and monthly plans within the year’s plan', async () => {
    const ward = await project('7900302');
    const plan = await call('PUT', `/investment/projects/${ward.id}/capital-plans`, s['lanhdao.tinh'], {
      year: 2027,
      source: 'local_budget',
      amount: '9000000000',
    });
    assert.equal(plan.statusCode, 400);
    // Vietnamese by default, English on request (issue 15 §2); the field named the same in both.
    assert.match(plan.json().detail, /vượt tổng mức đầu tư được duyệt/);
    assert.equal(plan.json().errors[0].field, 'amount');
    const en = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/investment/projects/${ward.id}/capital-plans`,
      headers: { ...s['lanhdao.tinh']!.headers, 'accept-language': 'en' },
      payload: { year: 2027, source: 'local_budget', amount: '9000000000' },
    });
    assert.equal(en.statusCode, 400);
    assert.match(en.json().detail, /above its approved total investment/);
    assert.equal(en.json().errors[0].message, 'above the approved total investment');
    assert.equal(
      (
        await call('PUT', `/investment/projects/${ward.id}/capital-plans`, s.chuyenvien, {
          year: 2027,
          source: 'local_budget',
          amount: '1',
        })
      ).statusCode,
      403,
    );
    const ok = await call('PUT', `/investment/projects/${ward.id}/capital-plans`, s['lanhdao.tinh'], {
      year: 2027,
      source: 'local_budget',
      amount: '1000000000',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const months = Array.from({ length: 12 }, () => '100000000');
    const over = await call('PUT', `/investment/projects/${ward.id}/monthly-plan`, s.chuyenvien, {
      year: 2027,
      months,
    });
    assert.equal(over.statusCode, 400);
    const fits = await call('PUT', `/investment/projects/${ward.id}/monthly-plan`, s.chuyenvien, {
      year: 2027,
      months: months.map(() => '80000000'),
    });
    assert.equal(fits.statusCode, 200, fits.body);
  });

  it('lays out the monthly report by owner; its total matches the province summary to the month’s end', async () => {
    const report = (
      await call(
        'GET',
        `/investment/reports/monthly?provinceCode=04&year=${lastYear}&month=12`,
        s['lanhdao.tinh'],
      )
    ).json();
    const summary = (
      await call(
        'GET',
        `/investment/summary?provinceCode=04&year=${lastYear}&asOf=${lastYear}-12-31`,
        s['lanhdao.tinh'],
      )
    ).json();
    assert.equal(report.total.paidToDate, summary.total.paid);
    assert.equal(report.total.plan, summary.total.plan);
    const owners = report.owners.reduce(
      (total: bigint, o: Json) => total + BigInt(o.subtotal.paidToDate),
      0n,
    );
    assert.equal(owners.toString(), report.total.paidToDate);
    const csv = await call(
      'GET',
      `/investment/reports/monthly/export.csv?provinceCode=04&year=${lastYear}&month=12`,
      s['lanhdao.tinh'],
    );
    assert.match(csv.body, /BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG THÁNG 12/);
  });

  it('shows a province’s projects to its officials only', async () => {
    assert.equal((await call('GET', '/investment/summary?provinceCode=04', s.congdan)).statusCode, 403);
    assert.equal((await call('GET', '/investment/summary?provinceCode=04')).statusCode, 401);
    assert.equal(
      (await call('GET', '/investment/summary?provinceCode=01', s['quantri.tinh'])).statusCode,
      403,
    );
    const ward = await project('7900301');
    assert.equal((await call('GET', `/investment/projects/${ward.id}`, s.congdan)).statusCode, 404);
  });
});
