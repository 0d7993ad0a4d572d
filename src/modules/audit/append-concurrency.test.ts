import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { type AuditEvent, recordAudit, recordAuditMany, verifyAuditChain } from './index.js';

/** Appends under concurrency (ADR 0014): one lock per chain, links in commit order, no gaps. */
describe('concurrent appends to one chain per province', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('empty');
  });
  after(() => db.drop());

  const event = (entityId: string, provinceCode: string | null): AuditEvent => ({
    action: 'test.concurrent',
    entityType: 'thing',
    entityId,
    provinceCode,
    after: { entityId },
  });

  /** Transaction i appends 1–4 entries to one or several chains; every fifth rolls back after appending. */
  async function transaction(i: number, committed: Set<string>): Promise<void> {
    const events: AuditEvent[] =
      i % 4 === 3
        ? [event(`t${i}-a`, '22'), event(`t${i}-b`, null), event(`t${i}-c`, '01'), event(`t${i}-d`, '22')]
        : [event(`t${i}-a`, [null, '22', '01'][i % 3] ?? null)];
    const rollsBack = i % 5 === 4;
    try {
      await db.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(random() * 0.003)`);
        const ctx = systemCtx(tx, 'test', quietLogger());
        if (events.length === 1 && events[0]) await recordAudit(tx, ctx, events[0]);
        else await recordAuditMany(tx, ctx, events);
        // Hold the chain head a little before committing, so others queue behind it.
        await tx.execute(sql`select pg_sleep(random() * 0.003)`);
        if (rollsBack) throw new Error('the change failed after its audit entry');
      });
      for (const e of events) committed.add(e.entityId ?? '');
    } catch (error) {
      if (!rollsBack) throw error;
    }
  }

  it('keeps every chain whole when many transactions append, some rolling back', async () => {
    const committed = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < 240) await transaction(next++, committed);
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    const report = await verifyAuditChain(db.db);
    assert.equal(report.ok, true, JSON.stringify(report.firstBroken));
    assert.deepEqual(
      report.chains.map((c) => c.chain),
      ['01', '22', 'VN'],
    );
    const rows = await db.db.execute<{ entity_id: string }>(
      sql`select entity_id from audit.entries where action = 'test.concurrent'`,
    );
    const stored = rows.rows.map((r) => r.entity_id);
    assert.equal(stored.length, committed.size, 'no entry lost, none doubled, none of a rolled-back change');
    assert.deepEqual(new Set(stored), committed);

    const shape = await db.db.execute<{
      chain: string;
      n: number;
      last: number;
      head: number;
      ordered: boolean;
    }>(sql`
      select e.chain, count(*)::int as n, max(e.link)::int as last, h.length::int as head,
             bool_and(e.seq > e.prev_seq) as ordered
        from (select chain, link, seq, lag(seq, 1, 0::bigint) over (partition by chain order by link) as prev_seq
                from audit.entries) e
        join audit.chain_heads h using (chain)
       group by e.chain, h.length order by 1`);
    for (const chain of shape.rows) {
      assert.equal(chain.last, chain.n, `chain ${chain.chain}: links 1..n without a gap`);
      assert.equal(chain.head, chain.n, `chain ${chain.chain}: the head is the last link`);
      assert.equal(chain.ordered, true, `chain ${chain.chain}: seq grows with link (commit order)`);
    }
    const seqs = await db.db.execute<{ n: number; top: number }>(
      sql`select count(*)::int as n, max(seq)::int as top from audit.entries`,
    );
    assert.ok(
      (seqs.rows[0]?.top ?? 0) > (seqs.rows[0]?.n ?? 0),
      'rolled-back appends left gaps in seq, and verification does not mind them',
    );
  });

  it('lets a province append while another province’s head is held, and queues the same province', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const append = (tx: Executor, id: string, province: string) =>
      recordAudit(tx, systemCtx(tx, 'test', quietLogger()), event(id, province));
    const holder = db.db.transaction(async (tx) => {
      await append(tx, 'holder', '22');
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Another province does not wait for the held head.
    await db.db.transaction((tx) => append(tx, 'other-province', '01'));
    let queuedDone = false;
    const queued = db.db
      .transaction((tx) => append(tx, 'same-province', '22'))
      .then(() => {
        queuedDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(queuedDone, false, 'the same province waits for the head');
    release();
    await Promise.all([holder, queued]);
    const links = await db.db.execute<{ entity_id: string; link: number }>(
      sql`select entity_id, link::int from audit.entries where entity_id in ('holder', 'same-province') order by link`,
    );
    assert.deepEqual(
      links.rows.map((r) => r.entity_id),
      ['holder', 'same-province'],
    );
    assert.equal((links.rows[1]?.link ?? 0) - (links.rows[0]?.link ?? 0), 1);
    assert.equal((await verifyAuditChain(db.db)).ok, true);
  });
});
