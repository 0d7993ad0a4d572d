import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { connectDatabase, isDatabaseUnavailable } from './connection.js';
import { HostResolver, NoHostError, parseHostList, resolveUrl } from './hosts.js';
import { readReplicaLag } from './replica.js';

/** A port nothing listens on: connections to it are refused at once. */
const DEAD = '127.0.0.1:9';

/** The test database's URL with a dead host listed before the live one, and a target. */
function withDeadHostFirst(url: string, target: string): string {
  const u = new URL(url);
  return `postgresql://${u.username}${u.password ? `:${u.password}` : ''}@${DEAD},${u.host}${u.pathname}?target_session_attrs=${target}`;
}

describe('multi-host DATABASE_URL (issue 22 §1)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('empty');
  });
  after(async () => {
    await db.drop();
  });

  it('splits a libpq-style URL into single-host URLs and keeps the other parameters', () => {
    const list = parseHostList(
      'postgresql://u:p@h1:5433,h2:5434/tinhso?sslmode=disable&target_session_attrs=read-write',
    );
    assert.equal(list.target, 'read-write');
    assert.deepEqual(list.urls, [
      'postgresql://u:p@h1:5433/tinhso?sslmode=disable',
      'postgresql://u:p@h2:5434/tinhso?sslmode=disable',
    ]);
    assert.deepEqual(parseHostList('postgres://h/db').urls, ['postgres://h/db']);
    assert.throws(
      () => parseHostList('postgres://h/db?target_session_attrs=writable'),
      /target_session_attrs/,
    );
  });

  it('skips a host that refuses connections and uses the first one giving a read-write session', async () => {
    const url = withDeadHostFirst(db.url, 'read-write');
    assert.equal(new URL(await resolveUrl(url)).host, new URL(db.url).host);
    const database = connectDatabase(url, { max: 2 });
    try {
      const r = await database.db.execute<{ n: number }>(sql`select 1 as n`);
      assert.equal(r.rows[0]?.n, 1);
      // A write works: the session is read-write.
      await database.db.execute(sql`create temporary table t (x int)`);
    } finally {
      await database.close();
    }
  });

  it('finds no host for a standby target on a primary, and that counts as unavailable (503), not a bug', async () => {
    const resolver = new HostResolver(parseHostList(withDeadHostFirst(db.url, 'standby')), 1_000);
    const error = await resolver.current().catch((e: unknown) => e);
    assert.ok(error instanceof NoHostError);
    assert.equal(isDatabaseUnavailable(error), true);
    const database = connectDatabase(withDeadHostFirst(db.url, 'standby'), { max: 1 });
    try {
      await assert.rejects(database.db.execute(sql`select 1`), (e: unknown) => isDatabaseUnavailable(e));
    } finally {
      await database.close();
    }
  });

  it('reads from the replica while it is fresh and from the primary when the replica cannot be reached', async () => {
    // A server not in recovery reads as current (lag 0); an unreachable one falls back to the primary.
    const fresh = connectDatabase(db.url, { max: 1, replica: { url: db.url, maxLagMs: 1_000 } });
    const gone = connectDatabase(db.url, {
      max: 1,
      replica: { url: `postgresql://nobody@${DEAD}/none`, maxLagMs: 1_000 },
      timeouts: { poolWaitMs: 1_000 },
    });
    try {
      assert.deepEqual(await fresh.replica!.state(), { usable: true, lagMs: 0, reason: 'fresh' });
      assert.notEqual(await fresh.read(), fresh.db);
      assert.equal((await gone.replica!.state()).reason, 'unreachable');
      assert.equal(await gone.read(), gone.db);
      assert.deepEqual(await readReplicaLag(fresh.pool, 0), { usable: true, lagMs: 0, reason: 'fresh' });
      // Further behind than the bound (here: any lag beyond −1 ms) → not used.
      assert.deepEqual(await readReplicaLag(fresh.pool, -1), { usable: false, lagMs: 0, reason: 'lagging' });
    } finally {
      await Promise.all([fresh.close(), gone.close()]);
    }
  });
});
