import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import {
  claimAccountAttempt,
  IP_FAILURE_LIMIT,
  LOCK_AFTER_FAILURES,
  settleFailedAttempt,
  settleSuccessfulAttempt,
} from './sign-in-limits.js';

/** Issue 18 §3: limits hold under parallel attempts, and a lock is not told apart from a wrong password. */
describe('sign-in limits under concurrency', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin');
  });
  after(() => t.close());

  const login = (username: string, password: string, ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  const userId = async (username: string) => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${username}`,
      headers: admin.headers,
    });
    return (list.json().items as Array<{ id: string; username: string }>).find(
      (u) => u.username === username,
    )!.id;
  };

  /** Audit entries of the attempts whose password was actually checked against the account's hash. */
  const passwordChecks = async (id: string) => {
    const trail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit/entries?entityType=user&entityId=${id}&limit=200`,
      headers: admin.headers,
    });
    const actions = (trail.json().items as Array<{ action: string }>).map((e) => e.action);
    return actions.filter((a) => ['auth.sign_in_failed', 'auth.locked', 'auth.signed_in'].includes(a));
  };

  const comparable = (response: { statusCode: number; json: () => Record<string, unknown> }) => {
    const { instance: _i, requestId: _r, ...body } = response.json();
    return { status: response.statusCode, body };
  };

  for (const [username, right] of [
    ['motcua.tinh', 17],
    ['quantri.tinh', 0],
  ] as const)
    it(`checks at most five wrong passwords of 40 parallel attempts (39 wrong, the right one ${right === 0 ? 'first' : 'amid them'}), and the account ends locked`, async () => {
      const id = await userId(username);
      const attempts = Array.from({ length: 40 }, (_, i) =>
        login(username, i === right ? 'Demo@2025' : `wrong-${i}`, `10.9.${right}.${i}`),
      );
      const responses = await Promise.all(attempts);
      const checks = await passwordChecks(id);
      const wrong = checks.filter((action) => action !== 'auth.signed_in');
      assert.ok(
        wrong.length <= LOCK_AFTER_FAILURES,
        `${wrong.length} wrong passwords checked: ${checks.join(', ')}`,
      );
      assert.ok(checks.length <= LOCK_AFTER_FAILURES + 1, `${checks.length} passwords checked`);
      assert.ok(checks.includes('auth.locked'), 'the attempt that reached the limit locked the account');
      const refused = responses.filter((r) => r.statusCode !== 200);
      assert.ok(refused.length >= 39);
      assert.ok(refused.every((r) => r.statusCode === 401));
      const after = await login(username, 'Demo@2025', '10.9.9.9');
      assert.equal(after.statusCode, 401, 'the account is locked');
    });

  it('lets many parallel right passwords through: from one address, and for one account on several devices', async () => {
    const accounts = ['motcua', 'chuyenvien', 'lanhdao.xa', 'congdan', 'motcua.hoaan'];
    const oneAddress = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(accounts[i % accounts.length]!, 'Demo@2025', '10.4.0.1')),
    );
    assert.deepEqual(
      oneAddress.map((r) => r.statusCode),
      oneAddress.map(() => 200),
    );
    const oneAccount = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('lanhdao.xa', 'Demo@2025', `10.4.1.${i}`)),
    );
    assert.deepEqual(
      oneAccount.map((r) => r.statusCode),
      oneAccount.map(() => 200),
    );
  });

  it('lets at most the address limit of parallel attempts from one address reach a password check', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(`nobody.${i}`, 'wrong-password', '10.8.0.1')),
    );
    const checked = responses.filter((r) => r.statusCode === 401).length;
    assert.equal(checked, IP_FAILURE_LIMIT);
    assert.ok(
      responses.filter((r) => r.statusCode === 429).every((r) => Number(r.headers['retry-after']) > 0),
    );
  });

  it('answers an unknown, a locked and a disabled account alike, after similar work', async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await login('lanhdao.hoaan', `bad-${i}`, `10.7.0.${i}`);
    const id = await userId('motcua.hoaan');
    const user = (
      await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: admin.headers })
    ).json();
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: admin.headers,
      payload: { version: user.version, status: 'disabled' },
    });
    const timed = async (username: string, password: string, ip: string) => {
      const started = performance.now();
      const response = await login(username, password, ip);
      return { response, ms: performance.now() - started };
    };
    const runs = {
      unknown: [] as number[],
      locked: [] as number[],
      disabled: [] as number[],
      wrong: [] as number[],
    };
    for (let i = 0; i < 5; i++) {
      const unknown = await timed('no.such.user', 'Demo@2025', `10.6.0.${i}`);
      const locked = await timed('lanhdao.hoaan', 'Demo@2025', `10.6.1.${i}`);
      const disabled = await timed('motcua.hoaan', 'Demo@2025', `10.6.2.${i}`);
      const wrong = await timed('lanhdao.tinh', `wrong-${i}`, `10.6.3.${i}`);
      assert.deepEqual(comparable(locked.response), comparable(unknown.response));
      assert.deepEqual(comparable(disabled.response), comparable(unknown.response));
      assert.deepEqual(comparable(wrong.response), comparable(unknown.response));
      runs.unknown.push(unknown.ms);
      runs.locked.push(locked.ms);
      runs.disabled.push(disabled.ms);
      runs.wrong.push(wrong.ms);
      if (i === 3) await login('lanhdao.tinh', 'Demo@2025', '10.6.4.0'); // keep lanhdao.tinh below the lock
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Each answer waits for an Argon2 check (the account's or the decoy's): none is several times quicker.
    for (const kind of ['unknown', 'locked', 'disabled'] as const)
      assert.ok(
        median(runs[kind]) > median(runs.wrong) / 3,
        `${kind}: ${median(runs[kind])} ms vs ${median(runs.wrong)} ms`,
      );
  });

  it('keeps the failures checked while a right password was being checked, whichever finishes first', async () => {
    const db = t.db.db;
    const now = new Date();
    const right = await claimAccountAttempt(db, 'chuyenvien', now);
    assert.ok(right, 'the right password takes a place');
    const wrong = [];
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++)
      wrong.push(await claimAccountAttempt(db, 'chuyenvien', now));
    // The ordering CI once met: every wrong check finishes before the right one settles.
    for (const claim of wrong) await settleFailedAttempt(db, claim!, now);
    await settleSuccessfulAttempt(db, right!);
    const next = await claimAccountAttempt(db, 'chuyenvien', now);
    assert.ok(next, 'one place is left of the burst');
    const settled = await settleFailedAttempt(db, next!, now);
    assert.equal(settled.failedAttempts, LOCK_AFTER_FAILURES);
    assert.ok(settled.lockedUntil, 'the fifth wrong check of the burst locks the account');
  });

  it('signs in again after a success cleared the count: a success in between resets the failures', async () => {
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++)
      await login('tuphap.chuyenvien', `bad-${i}`, `10.5.0.${i}`);
    assert.equal((await login('tuphap.chuyenvien', 'Demo@2025', '10.5.1.0')).statusCode, 200);
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++)
      await login('tuphap.chuyenvien', `bad-${i}`, `10.5.2.${i}`);
    assert.equal((await login('tuphap.chuyenvien', 'Demo@2025', '10.5.3.0')).statusCode, 200);
  });
});
