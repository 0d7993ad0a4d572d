import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { recordAudit, recordAuditMany, verifyAuditChain } from './index.js';

describe('audit chain (issue 2 §5)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('empty');
  });
  after(() => db.drop());

  async function record(n: number) {
    for (let i = 0; i < n; i++) {
      await db.db.transaction(async (tx) => {
        await recordAudit(tx, systemCtx(tx, 'test', quietLogger()), {
          action: 'test.changed',
          entityType: 'thing',
          entityId: String(i),
          before: { value: i, nested: { b: 2, a: 1 } },
          after: { value: i + 1, when: new Date('2025-07-01T08:00:00.123Z'), text: 'Đặc khu Cô Tô' },
        });
      });
    }
  }

  it('verifies an intact chain, entry after entry', async () => {
    await record(30);
    const report = await verifyAuditChain(db.db, { batchSize: 7 });
    assert.equal(report.ok, true);
    assert.equal(report.checked, 30);
    assert.equal(report.lastSeq, 30);
    assert.deepEqual(
      report.chains.map((c) => [c.chain, c.ok, c.checked, c.head?.length]),
      [['VN', true, 30, 30]],
    );
  });

  it('rolls the entry back with the change it records', async () => {
    await assert.rejects(
      db.db.transaction(async (tx) => {
        await recordAudit(tx, systemCtx(tx, 'test', quietLogger()), {
          action: 'test.rolled_back',
          entityType: 'thing',
        });
        throw new Error('the change failed');
      }),
    );
    const rows = await db.db.execute(
      sql`select count(*)::int as n from audit.entries where action = 'test.rolled_back'`,
    );
    assert.equal(rows.rows[0]?.n, 0);
    assert.equal((await verifyAuditChain(db.db)).ok, true);
  });

  it('refuses UPDATE and DELETE on the trail, and a head that does not grow', async () => {
    const refused = (pattern: RegExp) => (error: Error) =>
      pattern.test(String((error.cause as Error | undefined)?.message));
    await assert.rejects(
      db.db.execute(sql`update audit.entries set action = 'x' where seq = 1`),
      refused(/append-only/),
    );
    await assert.rejects(db.db.execute(sql`delete from audit.entries where seq = 1`), refused(/append-only/));
    await assert.rejects(
      db.db.execute(sql`update audit.chain_heads set length = length - 1`),
      refused(/only grow/),
    );
    await assert.rejects(db.db.execute(sql`delete from audit.chain_heads`), refused(/only grow/));
  });

  it('names the first broken link when a row is altered behind the trigger', async () => {
    await db.db.execute(sql`alter table audit.entries disable trigger entries_append_only`);
    await db.db.execute(sql`update audit.entries set after = '{"value": 999}' where seq = 12`);
    const report = await verifyAuditChain(db.db);
    assert.equal(report.ok, false);
    assert.equal(report.firstBroken?.seq, 12);
    assert.match(report.firstBroken?.reason ?? '', /altered/);
    assert.equal(report.checked, 11);
  });

  it('names the gap when a row is deleted', async () => {
    await db.db.execute(sql`delete from audit.entries where seq >= 12 and seq <= 12`);
    const report = await verifyAuditChain(db.db);
    assert.equal(report.ok, false);
    // The removed entry's own seq is gone with it: the break is named by its place in the chain.
    assert.deepEqual(
      [report.firstBroken?.chain, report.firstBroken?.link, report.firstBroken?.seq],
      ['VN', 12, null],
    );
    assert.match(report.firstBroken?.reason ?? '', /missing/);
  });
});

describe('batch appends (recordAuditMany)', () => {
  it('chains a batch exactly like single appends, each entry in its province’s chain', async () => {
    const db = await createTestDatabase('empty');
    try {
      await db.db.transaction(async (tx) => {
        const ctx = systemCtx(tx, 'test', quietLogger());
        await recordAudit(tx, ctx, { action: 'single', entityType: 'thing' });
        await recordAuditMany(
          tx,
          ctx,
          Array.from({ length: 2500 }, (_, i) => ({
            action: 'batch',
            entityType: 'thing',
            entityId: String(i),
            provinceCode: i % 5 === 0 ? '22' : null,
            at: new Date(Date.UTC(2025, 6, 1, 8, 0, i)),
          })),
        );
        await recordAudit(tx, ctx, { action: 'single', entityType: 'thing' });
      });
      const report = await verifyAuditChain(db.db);
      assert.equal(report.ok, true, JSON.stringify(report.firstBroken));
      assert.equal(report.checked, 2502);
      assert.deepEqual(
        report.chains.map((c) => [c.chain, c.checked]),
        [
          ['22', 500],
          ['VN', 2002],
        ],
      );
      // Within a chain the entries keep the order they were recorded in.
      const order = await db.db.execute<{ ok: boolean }>(sql`
        select bool_and(entity_id::int > prev_id) as ok from (
          select entity_id, lag(entity_id::int, 1, -1) over (order by link) as prev_id
            from audit.entries where action = 'batch' and chain = 'VN') t`);
      assert.equal(order.rows[0]?.ok, true);
    } finally {
      await db.drop();
    }
  });
});
