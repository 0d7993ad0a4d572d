import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cacheHubOf } from '../platform/cache.js';
import { connectDatabase, type Database } from '../platform/database/connection.js';
import type { App } from '../platform/http/server.js';
import { quietLogger } from '../platform/logging.js';
import { buildApp } from './build-app.js';
import { type Session, startTestApp, type TestApp } from './testing.js';

/**
 * Issue 17 §4, docs/adr/0024: two instances on one database, each with its own pool, caches and listener. An
 * edit committed through one is seen by the very next request on the other — a signed-out session, a
 * province's new day off — although the other instance had them cached.
 */
describe('caches of two instances (issue 17 §4)', () => {
  let a: TestApp;
  let second: Database;
  let b: App;
  before(async () => {
    a = await startTestApp();
    second = connectDatabase(a.db.url, { max: 4, guard: 'throw' });
    b = await buildApp({ ...a.env, database: second }, quietLogger());
    await b.ready();
  });
  after(async () => {
    await b.close();
    await second.close();
    await a.app.close();
    await a.db.drop();
  });

  const call = (app: App, method: 'GET' | 'POST', url: string, session?: Session, payload?: object) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });

  it('answers from its cache, and the next request after an edit on the other instance sees the edit', async () => {
    const hubB = cacheHubOf(second.db);
    assert.ok(hubB.live, 'the second instance listens for changes');
    const sessionsB = hubB.cache('sessions', 'identity.sessions', { max: 1, ttlMs: 1 });

    // A session signed in on A is cached on B by B's first request, then signed out on A.
    const citizen = await a.signIn('congdan');
    assert.equal((await call(b, 'GET', '/auth/me', citizen)).statusCode, 200);
    assert.ok(sessionsB.size >= 1, 'B keeps the session');
    assert.equal((await call(b, 'GET', '/auth/me', citizen)).statusCode, 200, 'served from B’s cache');
    assert.equal((await call(a.app, 'POST', '/auth/logout', citizen, {})).statusCode, 204);
    assert.equal((await call(b, 'GET', '/auth/me', citizen)).statusCode, 401, 'signed out on B at once');

    // A province's working calendar, cached on B, gains a day off through A.
    const day = '2027-03-10';
    const before = await call(b, 'GET', `/calendar/days/${day}?province=04`);
    assert.equal(before.json().working, true, before.body);
    const admin = await a.signIn('quantri.tinh');
    const added = await call(a.app, 'POST', '/calendar/provinces/04/days-off', admin, {
      date: day,
      name: 'Ngày kỷ niệm của tỉnh (thử)',
      source: 'QĐ 1/QĐ-UBND',
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal((await call(b, 'GET', `/calendar/days/${day}?province=04`)).json().working, false);
  });
});
