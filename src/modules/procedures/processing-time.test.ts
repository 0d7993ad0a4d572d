import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { findAgencyOfUnit } from '../units/index.js';

/**
 * Issue 15 §2: every published procedure can be received. A procedure that states no processing time in a unit
 * is not published until the province sets one with its legal basis (a new version); the demo province
 * publishes none without one and sets them for marriage, death registration and the certifications.
 */
describe('a published procedure always has a processing time (issue 15 §2)', () => {
  let t: TestApp;
  let leader: Session;
  let clerk: Session;
  let centreId: string;
  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    session?: Session,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(session?.headers ?? {}), ...headers },
      ...(payload ? { payload } : {}),
    });
  const admin = (q: string) => call('GET', `/procedures/admin/04/publications?${q}`, leader);

  before(async () => {
    t = await startTestApp();
    leader = await t.signIn('lanhdao.tinh');
    clerk = await t.signIn('motcua');
    centreId = (await findAgencyOfUnit(t.db.db, '01273', 'pas_centre'))!.id;
  });
  after(() => t.close());

  it('the demo province publishes no procedure without a processing time, and lists those as needing one', async () => {
    const published = (await admin('publication=published&processingTime=missing')).json();
    assert.equal(published.total, 0);
    const needing = (await admin('processingTime=missing&pageSize=100')).json();
    assert.ok(needing.total > 100, `${needing.total} procedures need a time`);
    assert.ok(needing.items.every((i: { hasProcessingTime: boolean }) => !i.hasProcessingTime));
    assert.ok(needing.items.every((i: { publication: string | null }) => i.publication === null));
    const held = await t.db.pool.query<{ n: string }>(
      `select count(*) as n from procedures.publications p
         join procedures.procedures pr on pr.id = p.procedure_id
         join procedures.versions v on v.id = pr.current_version_id
        where p.status = 'published' and jsonb_array_length(v.durations) = 0`,
    );
    assert.equal(Number(held.rows[0]?.n), 0);
  });

  it('sets marriage registration’s time from the Law on Civil Status, as a new version with its legal basis', async () => {
    const entry = (await call('GET', '/procedures/catalogue/1.000894?province=04')).json();
    assert.deepEqual(
      entry.procedure.durations.map((d: { amount: number; unit: string }) => `${d.amount} ${d.unit}`),
      ['1 working_days', '1 working_days', '1 working_days'],
    );
    // Later versions (its papers, its e-form) keep the time and the basis it was set on.
    assert.ok(entry.procedure.durations.every((d: { basis: string }) => d.basis === '60/2014/QH13'));
  });

  it('refuses to publish a procedure without a processing time, with a field error in the user’s language', async () => {
    const needing = (await admin('processingTime=missing&pageSize=1')).json();
    const code = needing.items[0].code as string;
    const body = {
      decidingAgencyId: null,
      decidingAgencyKind: 'other',
      receiving: { mode: 'all_pas_centres' },
      fees: [],
    };
    const vi = await call('PUT', `/procedures/admin/04/publications/${code}`, leader, body);
    assert.equal(vi.statusCode, 400, vi.body);
    assert.match(vi.json().detail, /chưa có thời hạn giải quyết/);
    assert.deepEqual(
      vi.json().errors.find((e: { field: string }) => e.field === 'durations'),
      {
        field: 'durations',
        message: 'cần thời hạn giải quyết',
      },
    );
    const en = await call('PUT', `/procedures/admin/04/publications/${code}`, leader, body, {
      'accept-language': 'en',
    });
    assert.match(en.json().detail, /has no processing time with a unit, so it cannot be published/);

    const view = (await call('GET', `/procedures/admin/04/publications/${code}`, leader)).json();
    const noBasis = await call('POST', `/procedures/admin/04/publications/${code}/processing-time`, leader, {
      baseVersionNo: view.procedure.versionNo,
      durations: [{ channel: 'in_person', amount: 5, unit: 'working_days' }],
      legalBasis: { number: ' ' },
    });
    assert.equal(noBasis.statusCode, 400, 'the document that sets it is required');
    const set = await call('POST', `/procedures/admin/04/publications/${code}/processing-time`, leader, {
      baseVersionNo: view.procedure.versionNo,
      durations: [{ channel: 'in_person', amount: 5, unit: 'working_days' }],
      legalBasis: { number: '123/QĐ-UBND', date: '2026-11-30', text: 'Quyết định của UBND tỉnh (thử)' },
    });
    assert.equal(set.statusCode, 201, set.body);
    assert.equal(set.json().versionNo, view.procedure.versionNo + 1);
    assert.equal(set.json().legalBasis.number, '123/QĐ-UBND');
    const again = await call('POST', `/procedures/admin/04/publications/${code}/processing-time`, leader, {
      baseVersionNo: set.json().versionNo,
      durations: [{ channel: 'in_person', amount: 3, unit: 'working_days' }],
      legalBasis: { number: '124/QĐ-UBND' },
    });
    assert.equal(again.statusCode, 409, 'a time once set changes through the national catalogue');
    const published = await call('PUT', `/procedures/admin/04/publications/${code}`, leader, body);
    assert.equal(published.statusCode, 200, published.body);
  });

  it('lets only the province’s administrators set a processing time', async () => {
    const needing = (await admin('processingTime=missing&pageSize=1')).json();
    const code = needing.items[0].code as string;
    const refused = await call('POST', `/procedures/admin/04/publications/${code}/processing-time`, clerk, {
      baseVersionNo: 1,
      durations: [{ channel: 'in_person', amount: 5, unit: 'working_days' }],
      legalBasis: { number: '1/QĐ' },
    });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().detail, /Chỉ quản trị hệ thống hoặc lãnh đạo tỉnh/);
  });

  for (const [code, what] of [
    ['1.000894', 'marriage registration'],
    ['1.000656', 'death registration'],
    ['2.000815', 'a certified copy from the original'],
    ['1.004194', 'temporary residence registration'],
    ['1.004222', 'permanent residence registration'],
  ] as const)
    it(`receives ${what} (${code}) at a commune counter`, async () => {
      const entry = (await call('GET', `/procedures/catalogue/${code}?province=04`)).json();
      const papers = (entry.procedure.documents as Array<{ name: string; required: boolean }>)
        .filter((d) => d.required)
        .map((d) => ({ name: d.name }));
      const response = await call('POST', '/dossiers/counter', clerk, {
        procedureCode: code,
        receivingAgencyId: centreId,
        channel: 'in_person',
        applicant: { name: 'Hoàng Thị Mai', phone: '0912000222' },
        documents: papers,
        resultMethod: 'counter',
        decision: { kind: 'complete' },
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.ok(response.json().code, 'a dossier code for the receipt');
    });

  it('tells the clerk in Vietnamese (English on request) why an unpublished procedure cannot be received', async () => {
    const registration = {
      procedureCode: '2.000942',
      receivingAgencyId: centreId,
      channel: 'in_person',
      applicant: { name: 'Hoàng Thị Mai', phone: '0912000222' },
      resultMethod: 'counter',
      decision: { kind: 'complete' },
    };
    const vi = await call('POST', '/dossiers/counter', clerk, registration);
    assert.equal(vi.statusCode, 400);
    assert.equal(vi.json().detail, 'Thủ tục 2.000942 chưa được công bố áp dụng tại tỉnh 04.');
    assert.deepEqual(vi.json().errors, [{ field: 'procedureCode', message: 'chưa công bố tại tỉnh' }]);
    const en = await call('POST', '/dossiers/counter', clerk, registration, {
      'accept-language': 'en-US,en;q=0.9',
    });
    assert.equal(en.json().detail, 'Procedure 2.000942 is not published in province 04.');
  });
});
