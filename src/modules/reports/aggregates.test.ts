import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import pg from 'pg';
import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { seedDemoDossiers } from '../dossiers/index.js';
import { applyDossiers } from './apply-dossiers.js';
import { CONSUMER_LOCK, catchUpServiceAggregates } from './catch-up.js';
import { rebuildServiceAggregates } from './rebuild.js';

/**
 * ADR 0012: the aggregates kept incrementally from the dossiers outbox always equal a full recomputation from
 * the dossiers (issue 7 §5), whatever the order and repetition of applications, and no event is skipped when
 * transactions commit out of `seq` order.
 */
describe('service aggregates: incremental == rebuild', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());

  /** Every non-zero bucket, as text: what a report can sum. */
  async function buckets(): Promise<string[]> {
    const rows: string[] = [];
    for (const table of ['daily', 'monthly']) {
      const r = await db.pool.query(
        `select to_jsonb(t) - 'x' as j from reports.${table} t
          where received + resolved + returned + rated + fee_bearing <> 0 or resolution_minutes <> 0
             or early_portal + on_time_portal + late_portal + e_result + paid_online + satisfied <> 0`,
      );
      rows.push(...r.rows.map((x) => `${table} ${JSON.stringify(x.j)}`));
    }
    const c = await db.pool.query('select to_jsonb(c) as j from reports.dossier_contributions c');
    rows.push(...c.rows.map((x) => `contribution ${JSON.stringify(x.j)}`));
    return rows.sort();
  }

  async function rebuilt(): Promise<string[]> {
    await rebuildServiceAggregates(db.db);
    return buckets();
  }

  it('catching up the demo outbox from nothing gives exactly the rebuild', async () => {
    const first = await catchUpServiceAggregates(db.db);
    assert.ok(first.dossiers >= 1000, `${first.dossiers} dossiers applied`);
    const incremental = await buckets();
    assert.ok(incremental.length > 1000);
    assert.deepEqual(await rebuilt(), incremental);
  });

  it('new histories written through the dossiers batch core are caught up to the rebuild again', async () => {
    const ctx = systemCtx(db.db, 'test-more', quietLogger());
    await seedDemoDossiers(ctx, '04', { count: 150, days: 60, seed: 7 });
    const run = await catchUpServiceAggregates(db.db);
    assert.ok(run.dossiers >= 100, `${run.dossiers} dossiers caught up`);
    const incremental = await buckets();
    assert.deepEqual(await rebuilt(), incremental);
    const again = await catchUpServiceAggregates(db.db);
    assert.equal(again.dossiers, 0, 'nothing new: nothing applied');
  });

  it('applying any dossiers again, in any order and any number of times, changes nothing', async () => {
    const expected = await buckets();
    const ids = (await db.pool.query('select id from dossiers.dossiers order by id limit 400')).rows.map(
      (r) => r.id,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(ids, { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          for (const batch of batches) await applyDossiers(db.db, [...batch].reverse());
          assert.deepEqual(await buckets(), expected);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('a changed dossier moves its counts: the old contribution is subtracted, the new one added', async () => {
    const before = await rebuilt();
    // Reports never write dossiers; the test changes rows as the dossiers module would, with their events.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `update dossiers.dossiers set channel = 'post', on_time_portal = not on_time_portal
          where id in (select id from dossiers.dossiers where finished_at is not null order by id limit 5)
          returning id, province_code`,
      );
      for (const r of rows)
        await client.query(
          `insert into dossiers.events (dossier_id, province_code, type, at, status, actor_label, payload)
           values ($1, $2, 'test_changed', now(), 'returned', 'test', '{}')`,
          [r.id, r.province_code],
        );
      await client.query('commit');
    } finally {
      await client.end();
    }
    await catchUpServiceAggregates(db.db);
    const incremental = await buckets();
    assert.notDeepEqual(incremental, before);
    assert.deepEqual(await rebuilt(), incremental);
  });

  it('does not skip an event whose transaction commits after a later seq has been consumed', async () => {
    const slow = new pg.Client({ connectionString: db.url });
    const fast = new pg.Client({ connectionString: db.url });
    await Promise.all([slow.connect(), fast.connect()]);
    try {
      const [a, b] = (
        await db.pool.query(
          `select id, province_code from dossiers.dossiers where finished_at is not null and received_at is not null order by id desc limit 2`,
        )
      ).rows;
      const change = async (c: pg.Client, d: { id: string; province_code: string }) => {
        await c.query(`update dossiers.dossiers set channel = 'online' where id = $1`, [d.id]);
        await c.query(
          `insert into dossiers.events (dossier_id, province_code, type, at, status, actor_label, payload)
           values ($1, $2, 'test_changed', now(), 'returned', 'test', '{}')`,
          [d.id, d.province_code],
        );
      };
      await slow.query('begin');
      await change(slow, a); // draws the lower seq, commits last
      await fast.query('begin');
      await change(fast, b);
      await fast.query('commit');
      // The horizon stops below the oldest open transaction; the later one, already committed, is applied at
      // once (a report shows every committed change) and the open one is invisible until it commits.
      const during = await catchUpServiceAggregates(db.db);
      assert.equal(during.dossiers, 1);
      const early = await db.pool.query(
        `select channel from reports.dossier_contributions where dossier_id = $1`,
        [b.id],
      );
      assert.equal(early.rows[0].channel, 'online', 'the committed transaction’s dossier was applied');
      await slow.query('commit');
      await catchUpServiceAggregates(db.db);
      const incremental = await buckets();
      assert.deepEqual(await rebuilt(), incremental);
      const applied = await db.pool.query(
        `select channel from reports.dossier_contributions where dossier_id = $1`,
        [a.id],
      );
      assert.equal(applied.rows[0].channel, 'online', 'the slow transaction’s dossier was applied');
    } finally {
      await Promise.all([slow.end(), fast.end()]);
    }
  });

  it('one consumer at a time: a catch-up waits for the lock another holds', async () => {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(
        `select ${CONSUMER_LOCK.queryChunks.map((c) => (c as { value: string[] }).value.join('')).join('')}`,
      );
      let done = false;
      const waiting = catchUpServiceAggregates(db.db).then(() => {
        done = true;
      });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(done, false, 'blocked while another consumer holds the lock');
      await holder.query('commit');
      await waiting;
      assert.equal(done, true);
    } finally {
      await holder.end();
    }
  });

  it('a one-province rebuild leaves other provinces and the horizon alone', async () => {
    const before = await buckets();
    const horizon = await db.db.execute(sql`select horizon from reports.consumer`);
    const r = await rebuildServiceAggregates(db.db, '04');
    assert.ok(r.dossiers > 0 && r.dailyRows > 0 && r.monthlyRows > 0);
    assert.deepEqual(await buckets(), before);
    assert.deepEqual((await db.db.execute(sql`select horizon from reports.consumer`)).rows, horizon.rows);
  });
});
