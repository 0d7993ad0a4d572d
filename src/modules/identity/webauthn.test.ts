import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../app/testing.js';
import { demoTotpSecret, totpCode } from './totp.js';
import { TestAuthenticator } from './webauthn-test-authenticator.js';

const HOST = 'localhost:3000';
const ORIGIN = `http://${HOST}`;

/** Issue 20 §2, passkeys and security keys verified for real (@simplewebauthn) against a software authenticator. */
describe('WebAuthn passkeys and security keys as a second factor', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  type Session = { stage: string; headers: Record<string, string> };
  async function passwordOnly(username: string): Promise<Session> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { host: HOST },
      payload: { username, password: DEMO_PASSWORD },
    });
    assert.equal(response.statusCode, 200, response.body);
    const cookie = `tinhso_session=${response.cookies.find((c) => c.name === 'tinhso_session')!.value}`;
    const body = response.json();
    return { stage: body.stage, headers: { host: HOST, cookie, 'x-csrf-token': body.csrfToken } };
  }
  const call = (s: Session, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload ? { payload } : {}) });
  const stageOf = async (s: Session) => (await call(s, 'GET', '/auth/me')).json().stage as string;
  const audited = async (action: string, userId: string) =>
    Number(
      (
        await t.db.db.execute(
          sql`select count(*)::int as n from audit.entries where action = ${action} and entity_id = ${userId}`,
        )
      ).rows[0]!.n,
    );
  const userId = async (username: string) =>
    String(
      (await t.db.db.execute(sql`select id from identity.users where username = ${username}`)).rows[0]!.id,
    );

  async function register(s: Session, key: TestAuthenticator) {
    const options = await call(s, 'POST', '/auth/second-factor/webauthn/register-options');
    assert.equal(options.statusCode, 200, options.body);
    return call(s, 'POST', '/auth/second-factor/webauthn/register', {
      response: key.create(options.json(), ORIGIN),
      label: 'Khóa USB',
    });
  }
  async function answer(s: Session, key: TestAuthenticator, origin = ORIGIN) {
    const options = await call(s, 'POST', '/auth/second-factor/webauthn/options');
    assert.equal(options.statusCode, 200, options.body);
    return call(s, 'POST', '/auth/second-factor/webauthn/verify', {
      response: key.get(options.json(), origin),
    });
  }

  it('a leader registers a passkey, signs in with it, and every other answer is refused and counted', async () => {
    const leader = await userId('lanhdao.xa');
    const key = new TestAuthenticator();
    // A password alone cannot add a factor: it would finish its own sign-in (the second factor bypassed).
    const half = await passwordOnly('lanhdao.xa');
    assert.equal(half.stage, 'second_factor');
    const early = await call(half, 'POST', '/auth/second-factor/webauthn/register-options');
    assert.equal(early.statusCode, 403);
    assert.equal(early.json().type, 'https://tinhso.dev/problems/second-factor-first');
    assert.match(early.json().detail, /trước khi thêm yếu tố mới/);
    assert.equal((await call(half, 'POST', '/auth/second-factor/totp')).statusCode, 403);
    // Nor can a sign-in challenge be used to register one.
    const getOptions = (await call(half, 'POST', '/auth/second-factor/webauthn/options')).json();
    const sneaked = await call(half, 'POST', '/auth/second-factor/webauthn/register', {
      response: key.create({ challenge: getOptions.challenge, rp: { id: 'localhost' } }, ORIGIN),
      label: '',
    });
    assert.equal(sneaked.statusCode, 403);
    assert.equal(await stageOf(half), 'second_factor');

    const code = await totpCode(demoTotpSecret('lanhdao.xa'), new Date());
    assert.equal((await call(half, 'POST', '/auth/second-factor/verify', { code })).statusCode, 200);
    const enrolledBefore = await audited('auth.second_factor_enrolled', leader);
    const usedBefore = await audited('auth.second_factor_used', leader);
    const registered = await register(half, key);
    assert.equal(registered.statusCode, 200, registered.body);
    assert.equal(registered.json().recoveryCodes, null, 'the TOTP app already brought recovery codes');
    assert.equal(await audited('auth.second_factor_enrolled', leader), enrolledBefore + 1);
    const factors = (await call(half, 'GET', '/auth/second-factor')).json().factors;
    assert.deepEqual(
      factors.map((f: { kind: string; label: string }) => [f.kind, f.label]).sort(),
      [
        ['totp', ''],
        ['webauthn', 'Khóa USB'],
      ].sort(),
    );
    const again = await register(half, key);
    assert.equal(again.statusCode, 400, 'the same credential twice');
    assert.match(again.json().detail, /đã được đăng ký/);

    const s = await passwordOnly('lanhdao.xa');
    const signedIn = await answer(s, key);
    assert.equal(signedIn.statusCode, 200, signedIn.body);
    assert.equal(await stageOf(s), 'full');
    assert.equal(await audited('auth.second_factor_used', leader), usedBefore + 1);

    const next = await passwordOnly('lanhdao.xa');
    // The same answer again: its challenge was spent.
    const options = (await call(next, 'POST', '/auth/second-factor/webauthn/options')).json();
    const good = key.get(options, ORIGIN);
    assert.equal(
      (await call(next, 'POST', '/auth/second-factor/webauthn/verify', { response: good })).statusCode,
      200,
    );
    const replay = await call(next, 'POST', '/auth/second-factor/webauthn/verify', { response: good });
    assert.equal(replay.statusCode, 400);
    assert.match(replay.json().detail, /không được chấp nhận/);

    const wrong = await passwordOnly('lanhdao.xa');
    const stranger = new TestAuthenticator();
    const clone = Object.assign(Object.create(Object.getPrototypeOf(key)), key) as TestAuthenticator;
    clone.counter = 0; // a copy of the key whose counter lags behind the original's
    const refusals = [
      await answer(wrong, stranger), // a key this account never registered
      await answer(wrong, key, 'https://phishing.example'), // another site relaying the ceremony
      await answer(wrong, clone),
      await call(wrong, 'POST', '/auth/second-factor/webauthn/verify', {
        response: { id: key.id, type: 'x' },
      }),
    ];
    assert.deepEqual(
      refusals.map((r) => r.statusCode),
      [400, 400, 400, 400],
    );
    assert.equal(await stageOf(wrong), 'second_factor');
    assert.ok((await audited('auth.second_factor_failed', leader)) >= 4);
    const fifth = await answer(wrong, stranger);
    assert.equal(fifth.statusCode, 401, 'the fifth wrong answer ends the sign-in');
    assert.equal((await call(wrong, 'GET', '/auth/me')).statusCode, 401);
  });

  it('steps up with a passkey, and after an administrator’s reset the leader enrols one to sign in', async () => {
    const leader = await userId('lanhdao.tinh');
    const key = new TestAuthenticator();
    const s = await passwordOnly('lanhdao.tinh');
    const code = await totpCode(demoTotpSecret('lanhdao.tinh'), new Date());
    assert.equal((await call(s, 'POST', '/auth/second-factor/verify', { code })).statusCode, 200);
    assert.equal((await register(s, key)).statusCode, 200);

    // Eleven minutes later, adding another key (like approving) asks for a fresh second factor: the passkey gives it.
    await t.db.db.execute(
      sql`update identity.session_details set second_factor_at = now() - interval '11 minutes'`,
    );
    const stale = await call(s, 'POST', '/auth/second-factor/webauthn/register-options');
    assert.equal(stale.statusCode, 403);
    assert.equal(stale.json().type, 'https://tinhso.dev/problems/step-up-required');
    assert.equal((await answer(s, key)).statusCode, 200);
    assert.equal((await register(s, new TestAuthenticator())).statusCode, 200);

    const admin = await passwordOnly('admin');
    const reset = await call(admin, 'POST', `/users/${leader}/second-factor/reset`);
    assert.equal(reset.statusCode, 204, reset.body);
    assert.equal((await call(s, 'GET', '/auth/me')).statusCode, 401, 'the leader’s sessions ended');

    const fresh = await passwordOnly('lanhdao.tinh');
    assert.equal(fresh.stage, 'enrol');
    const noKey = await call(fresh, 'POST', '/auth/second-factor/webauthn/options');
    assert.equal(noKey.statusCode, 400);
    assert.match(noKey.json().detail, /chưa đăng ký khóa bảo mật/);
    const newKey = new TestAuthenticator();
    const enrolled = await register(fresh, newKey);
    assert.equal(enrolled.statusCode, 200, enrolled.body);
    assert.equal(enrolled.json().recoveryCodes.length, 10, 'the first factor brings recovery codes');
    assert.equal(await stageOf(fresh), 'full');
    const later = await passwordOnly('lanhdao.tinh');
    assert.equal(later.stage, 'second_factor');
    assert.equal((await answer(later, key)).statusCode, 400, 'the key from before the reset is gone');
    assert.equal((await answer(later, newKey)).statusCode, 200);
  });
});
