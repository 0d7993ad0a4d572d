import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../platform/config.js';
import { connectDatabase, type Database, isDatabaseUnavailable } from '../platform/database/connection.js';
import { freePort } from '../platform/database/embedded.js';
import type { App } from '../platform/http/server.js';
import { quietLogger } from '../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { buildApp } from './build-app.js';
import { referenceDir } from './paths.js';
import { TEST_SESSION_SECRET } from './testing.js';

async function appOn(database: Database): Promise<App> {
  const config = { ...loadConfig({}), databaseUrl: database.url, logLevel: 'warn' };
  const app = await buildApp(
    { config, database, sessionSecret: TEST_SESSION_SECRET, referenceDir },
    quietLogger(),
  );
  await app.ready();
  return app;
}

function assertUnavailable(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}) {
  assert.equal(response.statusCode, 503);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.ok(Number(response.headers['retry-after']) > 0, 'Retry-After tells the client when to try again');
  const body = response.json() as { type: string; status: number };
  assert.equal(body.status, 503);
  assert.match(body.type, /\/unavailable$/);
}

/** Issue 17 §1, issue 18 §5: a saturated pool or a missing database is a 503 to retry, never a hang or a 500. */
describe('when the database cannot serve', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(async () => {
    await db.drop();
  });

  it('answers 503 problem+json with Retry-After when the pool wait times out (saturated)', async () => {
    const small = connectDatabase(db.url, { max: 1, timeouts: { poolWaitMs: 200 } });
    const app = await appOn(small);
    const held = await small.pool.connect();
    try {
      const started = Date.now();
      const response = await app.inject({ method: 'GET', url: '/api/v1/system/info' });
      assertUnavailable(response);
      assert.ok(Date.now() - started < 5_000, 'the request waited the pool limit, not forever');
      assert.equal((await app.inject({ method: 'GET', url: '/readyz' })).statusCode, 503);
    } finally {
      held.release();
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/system/info' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
    await app.close();
    await small.close();
  });

  it('survives a connection dropped while a transaction holds it (issue 18 §5: the process exited on its error)', async () => {
    const own = connectDatabase(db.url, { max: 2 });
    try {
      const outcome = await own.db
        .transaction(async (tx) => {
          const [me] = (await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows;
          // Ended from outside while the client sits checked out between statements, as a restart does.
          await db.pool.query('select pg_terminate_backend($1)', [me?.pid]);
          await new Promise((r) => setTimeout(r, 300));
          await tx.execute(sql`select 1`);
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      assert.ok(isDatabaseUnavailable(outcome), `a 503-class error, got ${String(outcome)}`);
      // The pool dropped the dead client and serves again.
      assert.equal((await own.pool.query<{ n: number }>('select 1 as n')).rows[0]?.n, 1);
    } finally {
      await own.close();
    }
  });

  it('answers 503 when the database server is unreachable, and /readyz fails', async () => {
    const url = new URL(db.url);
    url.port = String(await freePort()); // nothing listens there
    const gone = connectDatabase(url.toString(), { max: 2, timeouts: { poolWaitMs: 2_000 } });
    const app = await appOn(gone);
    try {
      assertUnavailable(await app.inject({ method: 'GET', url: '/api/v1/system/info' }));
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'motcua', password: 'whatever-it-is' },
      });
      assertUnavailable(login);
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 503);
      assert.equal((ready.json() as { status: string }).status, 'unavailable');
    } finally {
      await app.close();
      await gone.close();
    }
  });
});
