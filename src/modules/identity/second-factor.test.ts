import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../app/testing.js';
import { demoTotpSecret, totpCode } from './totp.js';

describe('officials’ second factor, step-up and own sessions (issue 20 §2–3)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function passwordOnly(username: string, password = DEMO_PASSWORD) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    assert.equal(response.statusCode, 200, response.body);
    const cookie = `tinhso_session=${response.cookies.find((c) => c.name === 'tinhso_session')!.value}`;
    const body = response.json();
    return { stage: body.stage as string, headers: { cookie, 'x-csrf-token': body.csrfToken as string } };
  }
  const call = (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  const audited = async (action: string) =>
    Number(
      (await t.db.db.execute(sql`select count(*)::int as n from audit.entries where action = ${action}`))
        .rows[0]!.n,
    );

  it('asks a demo leader for the second factor after the password, and lets nothing else through until it is given', async () => {
    const session = await passwordOnly('lanhdao.hoaan');
    assert.equal(session.stage, 'second_factor');
    const blocked = await call(session.headers, 'GET', '/dossiers/queue?queue=new');
    assert.equal(blocked.statusCode, 401);
    assert.equal(blocked.json().type, 'https://tinhso.dev/problems/second-factor-required');
    const wrong = await call(session.headers, 'POST', '/auth/second-factor/verify', { code: '000000' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.json().detail, /Mã không đúng/);
    const code = await totpCode(demoTotpSecret('lanhdao.hoaan'), new Date());
    const right = await call(session.headers, 'POST', '/auth/second-factor/verify', { code });
    assert.equal(right.statusCode, 200, right.body);
    assert.equal((await call(session.headers, 'GET', '/auth/me')).json().stage, 'full');
    assert.equal((await call(session.headers, 'GET', '/dossiers/queue?queue=new')).statusCode, 200);
    // The same code again (someone who saw it) is refused: each time step is accepted once.
    const again = await passwordOnly('lanhdao.hoaan');
    const replay = await call(again.headers, 'POST', '/auth/second-factor/verify', { code });
    assert.equal(replay.statusCode, 400);
  });

  it('ends the sign-in after five wrong codes', async () => {
    const session = await passwordOnly('lanhdao.tinh');
    for (let i = 0; i < 4; i++)
      assert.equal(
        (await call(session.headers, 'POST', '/auth/second-factor/verify', { code: '123456' })).statusCode,
        400,
      );
    assert.equal(
      (await call(session.headers, 'POST', '/auth/second-factor/verify', { code: '123456' })).statusCode,
      401,
    );
    assert.equal((await call(session.headers, 'GET', '/auth/me')).statusCode, 401);
  });

  it('asks for a fresh second factor before approving once the last one is older than the configured minutes', async () => {
    const leader = await t.signIn('lanhdao.xa');
    const approve = () =>
      call(leader.headers, 'POST', `/dossiers/${randomUUID()}/actions`, {
        version: 1,
        action: { type: 'approve' },
      });
    assert.equal(
      (await approve()).statusCode,
      404,
      'fresh: the approval goes on (to a dossier that does not exist)',
    );
    await t.db.db.execute(
      sql`update identity.session_details set second_factor_at = now() - interval '11 minutes' where second_factor_at is not null`,
    );
    const stale = await approve();
    assert.equal(stale.statusCode, 403);
    assert.equal(stale.json().type, 'https://tinhso.dev/problems/step-up-required');
    assert.match(stale.json().detail, /xác thực lại/);
    const [row] = (
      await t.db.db.execute(
        sql`select sf.id from identity.second_factors sf join identity.users u on u.id = sf.user_id where u.username = 'lanhdao.xa'`,
      )
    ).rows;
    await t.db.db.execute(
      sql`update identity.second_factors set totp_last_step = null where id = ${row!.id}`,
    );
    const code = await totpCode(demoTotpSecret('lanhdao.xa'), new Date(Date.now() + 30_000));
    assert.equal(
      (await call(leader.headers, 'POST', '/auth/second-factor/verify', { code })).statusCode,
      200,
    );
    assert.equal((await approve()).statusCode, 404, 'stepped up: the approval goes on');
  });

  it('makes a new leader enrol an authenticator app, gives recovery codes once, and an administrator’s reset starts over — all audited', async () => {
    const admin = await t.signIn('admin');
    const created = await call(admin.headers, 'POST', '/users', {
      username: 'lanhdao.moi',
      displayName: 'Vi Thị Mới',
      kind: 'official',
      password: 'kim-dong-ngoc-xuyen-2026',
      roles: [{ role: 'unit_leader', unitCode: '01273' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const fresh = await passwordOnly('lanhdao.moi', 'kim-dong-ngoc-xuyen-2026');
    assert.equal(fresh.stage, 'enrol');
    assert.equal((await call(fresh.headers, 'GET', '/dossiers/queue?queue=new')).statusCode, 401);
    const started = (await call(fresh.headers, 'POST', '/auth/second-factor/totp')).json();
    assert.match(started.uri, /^otpauth:\/\/totp\/tinhso:lanhdao\.moi\?/);
    assert.match(started.qrSvg, /^<svg/);
    const confirm = await call(fresh.headers, 'POST', '/auth/second-factor/totp/confirm', {
      factorId: started.factorId,
      code: await totpCode(started.secret, new Date()),
    });
    assert.equal(confirm.statusCode, 200, confirm.body);
    const { recoveryCodes } = confirm.json();
    assert.equal(recoveryCodes.length, 10);
    assert.equal((await call(fresh.headers, 'GET', '/auth/me')).json().stage, 'full');
    const stored = await t.db.db.execute(
      sql`select code_hash from identity.recovery_codes rc join identity.users u on u.id = rc.user_id where u.username = 'lanhdao.moi'`,
    );
    assert.ok(
      stored.rows.every((r) => !recoveryCodes.includes(r.code_hash)),
      'stored hashed',
    );

    const next = await passwordOnly('lanhdao.moi', 'kim-dong-ngoc-xuyen-2026');
    assert.equal(next.stage, 'second_factor');
    assert.equal(
      (await call(next.headers, 'POST', '/auth/second-factor/verify', { code: recoveryCodes[0] })).json()
        .method,
      'recovery_code',
    );
    const reuse = await passwordOnly('lanhdao.moi', 'kim-dong-ngoc-xuyen-2026');
    assert.equal(
      (await call(reuse.headers, 'POST', '/auth/second-factor/verify', { code: recoveryCodes[0] }))
        .statusCode,
      400,
      'a recovery code works once',
    );
    const factors = (await call(next.headers, 'GET', '/auth/second-factor')).json();
    assert.equal(factors.recoveryCodesLeft, 9);
    assert.equal(factors.required, true);

    const reset = await call(admin.headers, 'POST', `/users/${created.json().id}/second-factor/reset`);
    assert.equal(reset.statusCode, 204);
    assert.equal(
      (await call(next.headers, 'GET', '/auth/me')).statusCode,
      401,
      'the account’s sessions ended',
    );
    assert.equal((await passwordOnly('lanhdao.moi', 'kim-dong-ngoc-xuyen-2026')).stage, 'enrol');
    for (const action of [
      'auth.second_factor_enrolled',
      'auth.second_factor_used',
      'auth.second_factor_failed',
      'auth.second_factor_reset',
    ])
      assert.ok((await audited(action)) > 0, action);
  });

  it('lets only national administrators set which roles require a second factor and the step-up minutes', async () => {
    const provincial = await t.signIn('quantri.tinh');
    const body = { required: ['provincial_leader', 'unit_leader'], stepUpMinutes: 5 };
    assert.equal(
      (await call(provincial.headers, 'PUT', '/identity/second-factor-policy', body)).statusCode,
      403,
    );
    const admin = await t.signIn('admin');
    const set = await call(admin.headers, 'PUT', '/identity/second-factor-policy', body);
    assert.equal(set.statusCode, 200);
    assert.equal(set.json().stepUpMinutes, 5);
    assert.deepEqual(
      set
        .json()
        .roles.filter((r: { required: boolean }) => r.required)
        .map((r: { role: string }) => r.role),
      body.required,
    );
  });

  it('shows an account its own sessions (device, address, last use) and ends another one', async () => {
    const laptop = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chuyenvien', password: DEMO_PASSWORD },
      headers: { 'user-agent': 'Laptop Firefox' },
      remoteAddress: '10.9.0.1',
    });
    const phone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chuyenvien', password: DEMO_PASSWORD },
      headers: { 'user-agent': 'Phone Safari' },
      remoteAddress: '10.9.0.2',
    });
    const headersOf = (r: typeof laptop) => ({
      cookie: `tinhso_session=${r.cookies.find((c) => c.name === 'tinhso_session')!.value}`,
      'x-csrf-token': r.json().csrfToken,
    });
    const listed = (await call(headersOf(laptop), 'GET', '/auth/sessions')).json().items as Array<{
      handle: string;
      current: boolean;
      userAgent: string;
      ip: string;
    }>;
    const mine = listed.find((s) => s.current)!;
    const other = listed.find((s) => s.userAgent === 'Phone Safari')!;
    assert.equal(mine.userAgent, 'Laptop Firefox');
    assert.equal(mine.ip, '10.9.0.1');
    assert.equal(other.ip, '10.9.0.2');
    const someoneElse = await t.signIn('motcua');
    assert.equal(
      (await call(someoneElse.headers, 'DELETE', `/auth/sessions/${other.handle}`)).statusCode,
      404,
      'not another’s',
    );
    assert.deepEqual((await call(headersOf(laptop), 'DELETE', `/auth/sessions/${other.handle}`)).json(), {
      current: false,
    });
    assert.equal((await call(headersOf(phone), 'GET', '/auth/me')).statusCode, 401);
    assert.equal((await call(headersOf(laptop), 'GET', '/auth/me')).statusCode, 200);
  });
});
