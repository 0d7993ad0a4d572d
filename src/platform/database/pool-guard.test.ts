import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { BasisCache } from '../../modules/dossiers/basis.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import {
  connectDatabase,
  isDatabaseUnavailable,
  PoolInTransactionError,
  poolGuardOffences,
} from './connection.js';

/** Issue 17 §1: no code path checks out a second pool connection while it holds a transaction. */
describe('the pool guard (issue 17 §1)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(async () => {
    await db.drop();
  });

  /** The offences this test provoked on purpose, removed so that the harness does not fail the file. */
  function takeOffences(): PoolInTransactionError[] {
    return poolGuardOffences.splice(0);
  }

  it('fails a query on the pool made inside a transaction, and records it even when the caller swallows it', async () => {
    await assert.rejects(
      db.db.transaction(async () => {
        await db.db.execute(sql`select 1`);
      }),
      (error: Error) => error.cause instanceof PoolInTransactionError,
    );
    await db.db
      .transaction(async () => {
        await db.db.execute(sql`select 1`).catch(() => {});
      })
      .catch(() => {});
    assert.equal(takeOffences().length, 2);
  });

  it('fails a transaction opened on the pool inside another transaction', async () => {
    await assert.rejects(
      db.db.transaction(async () => db.db.transaction(async (inner) => inner.execute(sql`select 1`))),
      PoolInTransactionError,
    );
    assert.equal(takeOffences().length, 1);
  });

  it('catches the path issue 17 found: procedure look-ups on the pool inside the dossier transaction', async () => {
    await assert.rejects(
      db.db.transaction(async () => new BasisCache(db.db, '04').agencyList()),
      (error: Error) => error.cause instanceof PoolInTransactionError,
    );
    assert.equal(takeOffences().length, 1);
  });

  it('lets the transaction itself, savepoints and work after the commit use what they hold', async () => {
    const n = await db.db.transaction(async (tx) => {
      await tx.transaction(async (savepoint) => savepoint.execute(sql`select 1`));
      const [row] = (await tx.execute<{ n: number }>(sql`select 2 as n`)).rows;
      return row?.n;
    });
    assert.equal(n, 2);
    await db.db.execute(sql`select 1`);
    await Promise.all([db.db.transaction((tx) => tx.execute(sql`select 1`)), db.db.execute(sql`select 1`)]);
    assert.equal(takeOffences().length, 0);
  });

  it('without the guard the same path waits for the pool, and the pool wait ends in a 503-class error', async () => {
    // One connection: the transaction holds it, the look-up waits for it — the deadlock of issue 17, bounded.
    const unguarded = connectDatabase(db.url, { max: 1, timeouts: { poolWaitMs: 300 } });
    try {
      const started = Date.now();
      const error = await unguarded.db
        .transaction(async () => unguarded.db.execute(sql`select 1`))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      assert.ok(error, 'the pool wait timed out instead of hanging');
      assert.ok(isDatabaseUnavailable(error), String(error));
      assert.ok(Date.now() - started < 5_000);
    } finally {
      await unguarded.close();
    }
  });
});
