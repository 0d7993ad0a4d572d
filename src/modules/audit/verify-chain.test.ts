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
    const report = await verifyAuditChain(db.db, 7);
    assert.deepEqual(report, { ok: true, checked: 30, lastSeq: 30 });
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

  it('refuses UPDATE and DELETE on the trail', async () => {
    const appendOnly = (error: Error) =>
      /append-only/.test(String((error.cause as Error | undefined)?.message));
    await assert.rejects(db.db.execute(sql`update audit.entries set action = 'x' where seq = 1`), appendOnly);
    await assert.rejects(db.db.execute(sql`delete from audit.entries where seq = 1`), appendOnly);
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
    assert.equal(report.firstBroken?.seq, 12);
    assert.match(report.firstBroken?.reason ?? '', /missing/);
  });
});

describe('batch appends (recordAuditMany)', () => {
  it('chains a batch exactly like single appends', async () => {
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
            at: new Date(Date.UTC(2025, 6, 1, 8, 0, i)),
          })),
        );
        await recordAudit(tx, ctx, { action: 'single', entityType: 'thing' });
      });
      assert.deepEqual(await verifyAuditChain(db.db), { ok: true, checked: 2502, lastSeq: 2502 });
    } finally {
      await db.drop();
    }
  });
});
