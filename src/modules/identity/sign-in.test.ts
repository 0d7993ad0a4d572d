import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';

describe('sign-in, sessions and CSRF (issue 2 §4)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('signs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const response = await login('motcua', 'Demo@2025');
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'tinhso_session');
    assert.ok(cookie?.value);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, undefined, 'not Secure over plain HTTP');
    const body = response.json();
    assert.equal(body.user.username, 'motcua');
    assert.equal(body.user.roles[0].role, 'counter_clerk');
    assert.equal(body.user.roles[0].unitName, 'Phường Thục Phán');
    assert.ok(body.csrfToken.length > 20);
    assert.equal(JSON.stringify(body).includes('passwordHash'), false);
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'motcua', password: 'Demo@2025' },
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '10.0.0.9',
    });
    // Without TINHSO_TRUST_PROXY the header is not believed: the cookie stays non-Secure.
    assert.equal(response.cookies[0]?.secure, undefined);
    const proxied = await startTestApp({ config: { trustProxy: true } });
    try {
      const behindProxy = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'motcua', password: 'Demo@2025' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      assert.equal(behindProxy.statusCode, 200);
      assert.equal(behindProxy.cookies[0]?.secure, true);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a wrong password with 401 problem+json', async () => {
    const response = await login('chuyenvien', 'wrong-password');
    assert.equal(response.statusCode, 401);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    assert.equal(response.json().status, 401);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const unknown = await login('nobody-here', 'whatever-1');
    const wrong = await login('chuyenvien', 'whatever-1');
    assert.equal(unknown.statusCode, 401);
    assert.equal(unknown.json().detail, wrong.json().detail);
  });

  it('locks an account after five failures in a row, and refuses even the right password while locked', async () => {
    const refusals = [];
    for (let i = 0; i < 5; i++) refusals.push(await login('lanhdao.xa', 'bad', `10.0.1.${i}`));
    assert.deepEqual(
      refusals.map((r) => r.statusCode),
      [401, 401, 401, 401, 401],
    );
    const right = await login('lanhdao.xa', 'Demo@2025', '10.0.1.10');
    assert.equal(right.statusCode, 401, 'locked: the right password is refused like a wrong one');
    assert.equal(right.json().detail, refusals[0]?.json().detail);
    assert.equal(right.headers['retry-after'], undefined, 'nothing tells a lock from a wrong password');
  });

  it('rate-limits an address after repeated failures across accounts', async () => {
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await login(`someone${i}`, 'bad', '10.0.2.2')).statusCode;
    assert.equal(last, 429);
    assert.equal(
      (await login('congdan', 'Demo@2025', '10.0.2.3')).statusCode,
      200,
      'other addresses unaffected',
    );
  });

  it('reports the signed-in user at /auth/me, and 401 without a session', async () => {
    const session = await t.signIn('lanhdao.tinh');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.roles[0].role, 'provincial_leader');
    assert.equal(me.json().csrfToken, session.csrfToken);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    assert.equal(anonymous.statusCode, 401);
  });

  it('requires the CSRF token on state-changing requests of a session', async () => {
    const session = await t.signIn('congdan');
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    assert.equal(without.statusCode, 403);
    assert.equal(without.json().type, 'https://tinhso.dev/problems/csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    assert.equal(wrong.statusCode, 403);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: session.headers,
    });
    assert.equal(right.statusCode, 204);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    assert.equal(after.statusCode, 401, 'the session ended');
  });

  it('accepts sign-in only as JSON, so a cross-site form cannot post it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: 'username=admin&password=Demo%402025',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 415);
  });
});
