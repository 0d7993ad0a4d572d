import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';

const BIRTH = '1.001193';

describe('procedures API: the citizen catalogue, publication and workflows (issue 5 §3, §4, §6)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  const send = (
    method: 'PUT' | 'POST',
    url: string,
    payload: unknown,
    headers: Record<string, string> = {},
  ) => t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers });

  it('finds birth registration from "dang ky khai sinh" without signing in', async () => {
    const response = await get(
      `/procedures/catalogue?province=04&q=${encodeURIComponent('dang ky khai sinh')}`,
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().items[0].code, BIRTH);
    const upper = await get(`/procedures/catalogue?province=04&q=${encodeURIComponent('ĐĂNG KÝ KHAI SINH')}`);
    assert.equal(upper.json().items[0].code, BIRTH);
  });

  it('serves the procedure page with steps, documents, fees, durations per channel and legal basis', async () => {
    const page = (await get(`/procedures/catalogue/${BIRTH}?province=04`)).json();
    assert.equal(page.procedure.name, 'Thủ tục đăng ký khai sinh');
    assert.equal(page.procedure.durations.length, 3);
    assert.ok(page.procedure.documents.some((d: { templateUrl: string | null }) => d.templateUrl));
    assert.deepEqual(page.procedure.legalBasis.number, '60/2014/QH13');
    assert.equal(page.publication.fees.find((f: { kind: string }) => f.kind === 'table').rows.length, 2);
    assert.equal(page.workflow.steps.length, 4);
    assert.equal(page.publication.receiving.count, 57);
    const versions = (await get(`/procedures/${BIRTH}/versions`)).json();
    assert.deepEqual(
      versions.items.map((v: { versionNo: number }) => v.versionNo),
      [2, 1],
    );
    const first = (await get(`/procedures/versions/${versions.items[1].id}`)).json();
    assert.deepEqual(first.durations, [], 'version 1 keeps what the export said');
  });

  it('offers filters with counts, and filters by field, level, agency and online level', async () => {
    const facets = (await get('/procedures/catalogue/facets?province=04')).json();
    assert.ok(facets.fields.some((f: { value: string }) => f.value === 'Hộ tịch'));
    const commune = facets.agencies.find((a: { value: string }) => a.value === 'commune');
    assert.equal(commune.name, 'Ủy ban nhân dân cấp xã');
    const justice = facets.agencies.find((a: { name: string }) => a.name === 'Sở Tư pháp');
    const byAgency = (
      await get(`/procedures/catalogue?province=04&agency=${justice.value}&pageSize=100`)
    ).json();
    assert.equal(byAgency.total, justice.count);
    const full = (
      await get(
        `/procedures/catalogue?province=04&online=full&level=commune&field=${encodeURIComponent('Hộ tịch')}`,
      )
    ).json();
    assert.ok(full.items, JSON.stringify(full));
    assert.ok(full.items.some((i: { code: string }) => i.code === BIRTH));
  });

  it('answers unknown procedures and provinces with 404 problem+json', async () => {
    const missing = await get('/procedures/catalogue/9.999999?province=04');
    assert.equal(missing.statusCode, 404);
    assert.match(String(missing.headers['content-type']), /problem\+json/);
    assert.equal((await get(`/procedures/catalogue/${BIRTH}?province=01`)).statusCode, 404);
  });

  it('lets only a system admin or provincial leader of the province manage its publication (403 otherwise, 401 signed out)', async () => {
    const url = `/procedures/admin/04/publications/${BIRTH}`;
    assert.equal((await get(url)).statusCode, 401);
    for (const username of ['chuyenvien', 'motcua', 'lanhdao.xa', 'congdan']) {
      const session = await t.signIn(username);
      assert.equal((await get(url, session.headers)).statusCode, 403, username);
    }
    for (const username of ['lanhdao.tinh', 'quantri.tinh', 'admin']) {
      const session = await t.signIn(username);
      assert.equal((await get(url, session.headers)).statusCode, 200, username);
    }
    const leader = await t.signIn('lanhdao.tinh');
    assert.equal((await get(`/procedures/admin/01/publications/${BIRTH}`, leader.headers)).statusCode, 403);
    const version = await send(
      'POST',
      `/procedures/${BIRTH}/versions`,
      {
        baseVersionNo: 2,
        legalBasis: { number: '1/QĐ', date: '2026-01-01' },
        changes: { name: 'x' },
      },
      (await t.signIn('quantri.tinh')).headers,
    );
    assert.equal(version.statusCode, 403, 'only a national administrator changes the national catalogue');
  });

  it('refuses to publish a workflow whose times exceed the statutory duration, or whose agency does not exist — with a clear message', async () => {
    const session = await t.signIn('lanhdao.tinh');
    const base = `/procedures/admin/04/publications/${BIRTH}`;
    const view = (await get(base, session.headers)).json();
    const steps = view.workflow.steps;
    const tooLong = steps.map((s: object, i: number) =>
      i === 1 ? { ...s, amount: 2, unit: 'working_days' } : s,
    );
    const check = (await send('POST', `${base}/workflow/check`, { steps: tooLong }, session.headers)).json();
    assert.equal(check.ok, false);
    assert.match(check.messages[0], /more than the statutory time allows/);
    const refused = await send(
      'PUT',
      `${base}/workflow`,
      { version: view.workflow.version, template: 'custom', steps: tooLong, publish: true },
      session.headers,
    );
    assert.equal(refused.statusCode, 400);
    // Issue 15 §2: the provincial admin reads the refusal and each reason in Vietnamese by default, or in English.
    assert.match(
      refused.json().detail,
      /^Chưa thể công bố quy trình: Tổng thời gian các bước là 2 ngày làm việc 4 giờ làm việc, vượt thời hạn luật định \(1 ngày làm việc, kênh/,
    );
    assert.match(refused.json().errors[0].message, /^Tổng thời gian các bước là/);
    assert.equal(refused.json().errors[0].code, 'procedures.workflowExceeds');
    const english = await send(
      'PUT',
      `${base}/workflow`,
      { version: view.workflow.version, template: 'custom', steps: tooLong, publish: true },
      { ...session.headers, 'accept-language': 'en' },
    );
    assert.match(
      english.json().detail,
      /cannot be published: The steps take 2 working days 4 working hours, more than the statutory time allows \(1 working day, (in person|online|public post) channel\)\.$/,
    );
    const ghost = steps.map((s: object, i: number) =>
      i === 1 ? { ...s, agencyRef: 'agency', agencyId: '01900000-0000-7000-8000-000000000000' } : s,
    );
    const refusedAgency = await send(
      'PUT',
      `${base}/workflow`,
      { version: view.workflow.version, template: 'custom', steps: ghost, publish: true },
      session.headers,
    );
    assert.equal(refusedAgency.statusCode, 400);
    assert.match(refusedAgency.json().detail, /Bước 2 chỉ định một cơ quan không có trong tỉnh/);
    assert.equal(refusedAgency.json().errors[0].field, 'steps.1');
    const unchanged = (await get(base, session.headers)).json();
    assert.equal(unchanged.workflow.version, view.workflow.version, 'nothing saved');
    const draft = await send(
      'PUT',
      `${base}/workflow`,
      { version: view.workflow.version, template: 'custom', steps: tooLong, publish: false },
      session.headers,
    );
    assert.equal(draft.statusCode, 200);
    assert.equal(draft.json().workflow.status, 'draft');
    const stale = await send(
      'PUT',
      `${base}/workflow`,
      { version: view.workflow.version, template: 'custom', steps, publish: true },
      session.headers,
    );
    assert.equal(stale.statusCode, 409);
    const fixed = await send(
      'PUT',
      `${base}/workflow`,
      { version: draft.json().workflow.version, template: 'commune_decides', steps, publish: true },
      session.headers,
    );
    assert.equal(fixed.statusCode, 200);
    assert.equal(fixed.json().workflow.status, 'published');
  });

  it('publishes a not-yet-published procedure with a department, all PAS centres and fees in đồng, then withdraws it', async () => {
    const session = await t.signIn('quantri.tinh');
    const list = (
      await get(
        '/procedures/admin/04/publications?publication=none&processingTime=set&pageSize=5',
        session.headers,
      )
    ).json();
    const code = list.items[0].code;
    const view = (await get(`/procedures/admin/04/publications/${code}`, session.headers)).json();
    assert.equal(view.publication, null);
    const justice = view.agencies.find((a: { name: string }) => a.name === 'Sở Tư pháp');
    const body = {
      decidingAgencyId: justice.id,
      decidingAgencyKind: 'department',
      receiving: { mode: 'all_pas_centres' },
      fees: [
        { kind: 'fixed', name: 'Lệ phí', amountDong: 50_000 },
        { kind: 'table', name: 'Phí bản sao', rows: [{ label: 'Mỗi bản', amountDong: 3_000 }] },
        { kind: 'exemption', name: 'Miễn cho hộ nghèo', note: 'hộ nghèo' },
      ],
    };
    const wrong = await send(
      'PUT',
      `/procedures/admin/04/publications/${code}`,
      { ...body, decidingAgencyKind: 'people_committee' },
      session.headers,
    );
    assert.equal(wrong.statusCode, 400);
    const published = await send('PUT', `/procedures/admin/04/publications/${code}`, body, session.headers);
    assert.equal(published.statusCode, 200, published.body);
    const again = await send('PUT', `/procedures/admin/04/publications/${code}`, body, session.headers);
    assert.equal(again.statusCode, 409, 'a second save must send the version it read');
    const fees = (await get(`/procedures/catalogue/${code}?province=04`)).json().publication.fees;
    assert.deepEqual(
      fees.map((f: { amountDong: number | null }) => f.amountDong),
      [50_000, null, null],
    );
    const withdrawn = await send(
      'POST',
      `/procedures/admin/04/publications/${code}/withdraw`,
      { version: 1 },
      session.headers,
    );
    assert.equal(withdrawn.statusCode, 200);
    assert.equal((await get(`/procedures/catalogue/${code}?province=04`)).statusCode, 404);
  });

  it('never answers junk with a 500 on any procedures route', async () => {
    const session = await t.signIn('admin');
    const spec = (await get('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.entries(spec.paths).filter(([p]) => p.startsWith('/api/v1/procedures'));
    assert.ok(paths.length >= 12);
    const junk = [
      '{"a":',
      '[]',
      'null',
      JSON.stringify({ steps: [{ amount: -1 }], fees: 'x', version: 'x' }),
      JSON.stringify({ extra: 'Đ'.repeat(50_000) }),
    ];
    const failures: string[] = [];
    for (const [p, ops] of paths) {
      for (const method of Object.keys(ops)) {
        for (const fill of [
          ['04', BIRTH],
          ['xx', '../..'],
          ['99', '9.999999'],
        ]) {
          const url = p
            .replace('{province}', encodeURIComponent(fill[0]!))
            .replace('{code}', encodeURIComponent(fill[1]!))
            .replace('{id}', 'not-a-uuid')
            .replace('/api/v1', '');
          for (const payload of method === 'get' ? [undefined] : junk) {
            const response = await t.app.inject({
              method: method.toUpperCase() as 'GET',
              url: `/api/v1${url}?province=${fill[0]}&q=${'%00'.repeat(3)}&page=-1`,
              headers: { ...session.headers, ...(payload ? { 'content-type': 'application/json' } : {}) },
              ...(payload ? { payload } : {}),
            });
            if (response.statusCode >= 500)
              failures.push(`${method} ${url} → ${response.statusCode} ${response.body.slice(0, 200)}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
