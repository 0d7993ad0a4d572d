import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { findAgencyOfUnit } from '../units/index.js';

/**
 * Issue 6 §6 at the counter: a clerk whose answer was lost sends the registration again under the same
 * Idempotency-Key and gets the same dossier, never a second one; the tracking secret printed on the receipt is
 * never stored, so the replay issues a new one and the lost one stops working. A clerk can also reissue the
 * secret of a received dossier when the applicant lost the receipt; nobody else can.
 */
describe('counter registration under an Idempotency-Key, and reissued tracking secrets (issue 6 §6)', () => {
  let t: TestApp;
  let clerk: Session;
  let citizen: Session;
  let otherClerk: Session;
  let centreId: string;

  const call = (
    method: 'GET' | 'POST',
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
  const track = (code: string, secret: string) =>
    call('POST', '/dossiers/track', undefined, { code, secret });
  const registration = (name: string) => ({
    procedureCode: '1.001193',
    receivingAgencyId: centreId,
    channel: 'in_person',
    applicant: { name, phone: '0912000111' },
    resultMethod: 'counter',
    documents: [{ name: 'Tờ khai đăng ký khai sinh theo mẫu' }, { name: 'Giấy chứng sinh' }],
    decision: { kind: 'complete' },
  });

  before(async () => {
    t = await startTestApp();
    [clerk, citizen, otherClerk] = (await Promise.all(
      ['motcua', 'congdan', 'motcua.hoaan'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session];
    centreId = (await findAgencyOfUnit(t.db.db, '01273', 'pas_centre'))!.id;
  });
  after(() => t.close());

  it('registers once per key; a replay answers the same dossier with a new secret, and the lost one stops working', async () => {
    const key = { 'idempotency-key': 'counter-key-0001' };
    const first = await call('POST', '/dossiers/counter', clerk, registration('Nông Văn Trọng Dũng'), key);
    assert.equal(first.statusCode, 201, first.body);
    const { id, code, trackingSecret: lost } = first.json();
    assert.ok(code && lost, 'received: a code and a secret for the receipt');
    assert.equal((await track(code, lost)).statusCode, 200);

    const replay = await call('POST', '/dossiers/counter', clerk, registration('Nông Văn Trọng Dũng'), key);
    assert.equal(replay.statusCode, 201, replay.body);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.json().id, id, 'never a second dossier');
    assert.equal(replay.json().code, code);
    const secret = replay.json().trackingSecret as string;
    assert.ok(secret && secret !== lost, 'a new secret to print');
    assert.equal((await track(code, secret)).statusCode, 200);
    assert.equal((await track(code, lost)).statusCode, 404, 'the secret that never reached paper is void');

    const held = await t.db.pool.query<{ n: string }>(
      `select count(*) as n from dossiers.dossiers where applicant->>'name' = 'Nông Văn Trọng Dũng'`,
    );
    assert.equal(Number(held.rows[0]?.n), 1);
    const kept = await t.db.pool.query<{ response: string }>(
      `select response::text as response from dossiers.idempotency_keys where key = 'counter-key-0001'`,
    );
    assert.equal(kept.rows.length, 1);
    assert.ok(!kept.rows[0]!.response.includes(secret) && !kept.rows[0]!.response.includes(lost));
    assert.doesNotMatch(kept.rows[0]!.response, /trackingSecret/, 'no secret is kept with the answer');

    const changed = await call('POST', '/dossiers/counter', clerk, registration('Nông Thị Dung'), key);
    assert.equal(changed.statusCode, 422, changed.body);
    assert.equal(changed.headers['content-type'], 'application/problem+json; charset=utf-8');
  });

  it('replays an incomplete registration (Form 02) as it was: no code, no secret, nothing changed', async () => {
    const key = { 'idempotency-key': 'counter-key-0002' };
    const body = {
      ...registration('Lưu Văn Hải'),
      decision: { kind: 'incomplete', missing: ['Giấy chứng sinh'] },
    };
    const first = await call('POST', '/dossiers/counter', clerk, body, key);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().trackingSecret, null);
    const replay = await call('POST', '/dossiers/counter', clerk, body, key);
    assert.equal(replay.statusCode, 201, replay.body);
    assert.deepEqual(replay.json(), first.json());
  });

  it('lets the receiving clerk reissue a lost secret, recorded in the history; others are refused', async () => {
    const made = await call('POST', '/dossiers/counter', clerk, registration('Đàm Thị Lan'));
    assert.equal(made.statusCode, 201, made.body);
    const { id, code, trackingSecret: old } = made.json();
    const seen = (await call('GET', `/dossiers/${id}`, clerk)).json();
    assert.ok(seen.actions.includes('reissue_tracking_secret'));

    const foreign = await call('POST', `/dossiers/${id}/actions`, otherClerk, {
      version: seen.version,
      action: { type: 'reissue_tracking_secret' },
    });
    assert.equal(foreign.statusCode, 404, 'a clerk of another commune does not learn it exists');
    const stranger = await call('POST', `/dossiers/${id}/actions`, citizen, {
      version: seen.version,
      action: { type: 'reissue_tracking_secret' },
    });
    assert.equal(stranger.statusCode, 404);

    const reissued = await call('POST', `/dossiers/${id}/actions`, clerk, {
      version: seen.version,
      action: { type: 'reissue_tracking_secret' },
    });
    assert.equal(reissued.statusCode, 200, reissued.body);
    const answer = reissued.json();
    assert.ok(answer.trackingSecret && answer.trackingSecret !== old);
    assert.equal(answer.status, seen.status, 'the status does not change');
    const view = {
      ...(await call('GET', `/dossiers/${id}`, clerk)).json(),
      trackingSecret: answer.trackingSecret,
    };
    assert.equal(view.history.at(-1).type, 'tracking_secret_reissued');
    assert.ok(
      !JSON.stringify(view.history).includes(view.trackingSecret),
      'the history never holds the secret',
    );
    assert.equal((await track(code, old)).statusCode, 404);
    assert.equal((await track(code, view.trackingSecret)).statusCode, 200);
    // The dossier shows the secret in force to those who see it, never the lost one (ADR 0023).
    assert.equal((await call('GET', `/dossiers/${id}`, clerk)).json().trackingSecret, view.trackingSecret);
  });

  it('receives complete only with every required paper ticked; tells what is missing in vi and en (issue 15 §4)', async () => {
    const body = {
      ...registration('Triệu Văn Giấy'),
      documents: [{ name: 'Tờ khai đăng ký khai sinh theo mẫu' }],
    };
    const vi = await call('POST', '/dossiers/counter', clerk, body);
    assert.equal(vi.statusCode, 400, vi.body);
    assert.match(vi.json().detail, /^Chưa nhận đủ giấy tờ bắt buộc: Giấy chứng sinh\./);
    assert.deepEqual(vi.json().errors, [{ field: 'documents', message: 'chưa nhận: Giấy chứng sinh' }]);
    const en = await call('POST', '/dossiers/counter', clerk, body, { 'accept-language': 'en' });
    assert.match(en.json().detail, /^Not every required paper was received: Giấy chứng sinh\./);
    const held = await t.db.pool.query(
      `select 1 from dossiers.dossiers where applicant->>'name' = 'Triệu Văn Giấy'`,
    );
    assert.equal(held.rows.length, 0, 'nothing half-written');
  });

  it('refuses a step the dossier’s state does not allow in Vietnamese by default, in English on request (issue 15 §2)', async () => {
    const made = await call('POST', '/dossiers/counter', clerk, registration('Hà Văn Trạng'));
    assert.equal(made.statusCode, 201, made.body);
    const { id, version } = made.json();
    const again = { version, action: { type: 'resubmit', documents: [] } };
    const vi = await call('POST', `/dossiers/${id}/actions`, clerk, again);
    assert.equal(vi.statusCode, 409, vi.body);
    assert.equal(
      vi.json().detail,
      'Hồ sơ đang ở trạng thái «Đang xử lý» nên không thể nộp lại sau khi bổ sung.',
    );
    const en = await call('POST', `/dossiers/${id}/actions`, clerk, again, { 'accept-language': 'en' });
    assert.equal(en.statusCode, 409, en.body);
    assert.equal(en.json().detail, 'A dossier that is "being processed" cannot be resubmitted.');
  });

  it('shows the applicant’s contact and declared content to those who handle the dossier only (issue 15 §4)', async () => {
    const made = await call('POST', '/dossiers/counter', clerk, {
      ...registration('Mã Thị Thu'),
      applicant: {
        name: 'Mã Thị Thu',
        phone: '0912000333',
        idNumber: '004190000123',
        address: 'Tổ 3, Thục Phán',
      },
      declared: { 'Họ tên trẻ': 'Mã Văn An' },
    });
    assert.equal(made.statusCode, 201, made.body);
    const { id } = made.json();
    const handled = (await call('GET', `/dossiers/${id}`, clerk)).json();
    assert.equal(handled.applicant.phone, '0912000333');
    assert.equal(handled.applicant.idNumber, '004190000123');
    assert.equal(handled.declared['Họ tên trẻ'], 'Mã Văn An');
    const leader = await t.signIn('lanhdao.tinh');
    const overseen = await call('GET', `/dossiers/${id}`, leader);
    assert.equal(overseen.statusCode, 200, 'the provincial leader oversees every dossier');
    assert.deepEqual(overseen.json().applicant, { name: 'Mã Thị Thu' }, 'but not the applicant’s contact');
    assert.deepEqual(overseen.json().declared, {});
    assert.equal(overseen.json().personalData, false);
    assert.equal(handled.personalData, true);
  });
});
