import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { readXlsxRows } from '../../platform/xlsx.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/** Issue 21 §1: commune staffing and facilities, dated, with the province view and its exports. */
describe('commune staffing and facilities through the API', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  const call: TestApp['call'] = (...args) => t.call(...args);

  before(async () => {
    t = await startTestApp();
    s = {};
    for (const u of ['lanhdao.tinh', 'lanhdao.xa', 'chuyenvien', 'lanhdao.hoaan', 'motcua'])
      s[u] = await t.signIn(u);
  });
  after(() => t.close());

  it('the province view counts every Cao Bằng commune, and each row equals the commune’s own page', async () => {
    const view = (await call('GET', '/staffing/province?provinceCode=04', s['lanhdao.tinh'])).json() as Json;
    assert.equal(view.totals.communes, 56);
    assert.ok(view.totals.below > 0 && view.totals.below <= 56);
    const row = view.communes.find((c: Json) => c.unitCode === '01654');
    const page = (await call('GET', '/staffing/communes/01654', s['lanhdao.tinh'])).json() as Json;
    assert.deepEqual(row.totals, page.totals);
    assert.deepEqual(row.shortfalls, page.shortfalls);
    const vacancies = page.positions.reduce((n: number, p: Json) => n + Math.max(p.quota - p.inPost, 0), 0);
    assert.equal(
      page.totals.vacancies,
      vacancies,
      'vacancies are posts approved less officials in post, per job position',
    );
    const below = (
      await call('GET', '/staffing/province?provinceCode=04&belowOnly=true', s['lanhdao.tinh'])
    ).json() as Json;
    assert.equal(below.communes.length, view.totals.below);
  });

  it('a past day reads as it was: a quota raised from a date leaves the days before it unchanged, and the change is audited', async () => {
    const page = (await call('GET', '/staffing/communes/01273', s['lanhdao.tinh'])).json() as Json;
    const line = page.positions.find((p: Json) => p.jobPosition === 'digital_transformation');
    const raised = await call('PUT', '/staffing/communes/01273/quotas', s['lanhdao.tinh'], {
      agencyId: line.agencyId,
      jobPosition: 'digital_transformation',
      posts: line.quota + 2,
      decisionRef: 'QĐ thử nghiệm',
      validFrom: '2026-12-01',
    });
    assert.equal(raised.statusCode, 200, raised.body);
    const now = (
      await call('GET', '/staffing/communes/01273?at=2026-12-05', s['lanhdao.tinh'])
    ).json() as Json;
    const then = (
      await call('GET', '/staffing/communes/01273?at=2026-11-30', s['lanhdao.tinh'])
    ).json() as Json;
    const quotaOf = (v: Json) =>
      v.positions.find((p: Json) => p.jobPosition === 'digital_transformation').quota;
    assert.equal(quotaOf(now), line.quota + 2);
    assert.equal(quotaOf(then), line.quota);
    const earlier = await call('PUT', '/staffing/communes/01273/quotas', s['lanhdao.tinh'], {
      agencyId: line.agencyId,
      jobPosition: 'digital_transformation',
      posts: 9,
      validFrom: '2026-11-01',
    });
    assert.equal(earlier.statusCode, 409, 'history is appended to, never rewritten');
    assert.match(earlier.json().detail, /01\/12\/2026/);
    const audit = await t.db.pool.query(
      `select count(*)::int as n from audit.entries where action = 'staffing.quota_set'`,
    );
    assert.equal(audit.rows[0].n, 1);
  });

  it('a commune keeps its own roster; quotas are the province’s; another commune is not told the page exists', async () => {
    const page = (await call('GET', '/staffing/communes/01273', s['lanhdao.xa'])).json() as Json;
    const agencyId = page.positions[0].agencyId;
    assert.deepEqual(
      page.may,
      { approve: false, keep: true },
      'the page offers the commune only its own forms',
    );
    assert.ok(page.agencies.some((a: Json) => a.id === agencyId));
    const province = (await call('GET', '/staffing/communes/01273', s['lanhdao.tinh'])).json() as Json;
    assert.deepEqual(province.may, { approve: true, keep: true });
    const clerk = (await call('GET', '/staffing/communes/01273', s.motcua)).json() as Json;
    assert.deepEqual(clerk.may, { approve: false, keep: false });
    const joined = await call('POST', '/staffing/communes/01273/staff', s.chuyenvien, {
      agencyId,
      fullName: 'Nông Văn Thử',
      jobPosition: 'justice',
      qualification: 'college',
      trainings: [],
      validFrom: '2026-12-01',
    });
    assert.equal(joined.statusCode, 201, joined.body);
    const after = (await call('GET', '/staffing/communes/01273?at=2026-12-02', s.chuyenvien)).json() as Json;
    assert.equal(after.totals.inPost, page.totals.inPost + 1);
    assert.equal(after.totals.belowQualification, page.totals.belowQualification + 1);
    const quota = await call('PUT', '/staffing/communes/01273/quotas', s.chuyenvien, {
      agencyId,
      jobPosition: 'justice',
      posts: 5,
    });
    assert.equal(quota.statusCode, 403);
    assert.match(quota.json().detail, /không có quyền/);
    assert.equal((await call('GET', '/staffing/communes/01273', s['lanhdao.hoaan'])).statusCode, 404);
    assert.equal((await call('GET', '/staffing/province?provinceCode=04', s['lanhdao.xa'])).statusCode, 403);
    const left = await call('POST', `/staffing/staff/${joined.json().personId}/leave`, s.chuyenvien, {
      validTo: '2026-12-03',
    });
    assert.equal(left.statusCode, 200, left.body);
    const gone = (await call('GET', '/staffing/communes/01273?at=2026-12-03', s.chuyenvien)).json() as Json;
    assert.equal(gone.totals.inPost, page.totals.inPost);
  });

  it('exports equal the screen, in the reader’s language', async () => {
    const view = (await call('GET', '/staffing/province?provinceCode=04', s['lanhdao.tinh'])).json() as Json;
    const xlsx = await call(
      'GET',
      '/staffing/province/export.xlsx?provinceCode=04',
      s['lanhdao.tinh'],
      undefined,
      'en',
    );
    assert.equal(xlsx.statusCode, 200);
    const rows = await readXlsxRows(xlsx.rawPayload);
    const hoaAn = rows.find((r) => r[0] === '01654')!;
    const row = view.communes.find((c: Json) => c.unitCode === '01654');
    assert.deepEqual(hoaAn.slice(2, 8), [
      row.totals.quota,
      row.totals.inPost,
      row.totals.vacancies,
      row.totals.belowQualification,
      row.totals.untrained,
      row.totals.facilitiesShort,
    ]);
    const csv = (await call('GET', '/staffing/province/export.csv?provinceCode=04', s['lanhdao.tinh'])).body;
    assert.match(csv, /Biên chế giao/);
    assert.equal(csv.trim().split('\r\n').length, 56 + 2);
  });
});
