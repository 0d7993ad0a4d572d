import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { runCli } from '../../cli/run-cli.js';
import { systemCtx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { contentDigest, linkHash } from './chain-hash.js';
import { type ChainReport, recordAudit, recordAuditMany, verifyAuditChain } from './index.js';
import { auditEntries } from './schema.js';

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

describe('tamper evidence with one chain per province (ADR 0014)', () => {
  const PER_CHAIN = 10;

  /** A trail of 10 entries in each of the chains 01, 22 and VN, appended in turn. */
  async function trail(): Promise<TestDatabase> {
    const db = await createTestDatabase('empty');
    for (let i = 0; i < PER_CHAIN; i++) {
      for (const provinceCode of ['22', '01', null]) {
        await db.db.transaction(async (tx) => {
          await recordAudit(tx, systemCtx(tx, 'test', quietLogger()), {
            action: 'test.changed',
            entityType: 'thing',
            entityId: `${provinceCode}-${i}`,
            provinceCode,
            after: { value: i },
          });
        });
      }
    }
    return db;
  }

  /** What someone with the table owner's rights can do: switch the triggers off and write. */
  async function tamper(db: TestDatabase, ...statements: ReturnType<typeof sql>[]): Promise<void> {
    await db.db.execute(sql`alter table audit.entries disable trigger entries_append_only`);
    await db.db.execute(sql`alter table audit.chain_heads disable trigger chain_heads_grow_only`);
    for (const statement of statements) await db.db.execute(statement);
  }

  async function entryAt(db: TestDatabase, chain: string, link: number) {
    const rows = await db.db.execute<{ seq: string; hash: string }>(
      sql`select seq, hash from audit.entries where chain = ${chain} and link = ${link}`,
    );
    const row = rows.rows[0];
    assert.ok(row, `entry ${chain}/${link}`);
    return { seq: Number(row.seq), hash: row.hash };
  }

  /** Only chain 22 is broken, at `link`; the other chains still verify. */
  function assertBrokenIn22(report: ChainReport, link: number, reason: RegExp): void {
    assert.equal(report.ok, false);
    assert.equal(report.firstBroken?.chain, '22');
    assert.equal(report.firstBroken?.link, link);
    assert.match(report.firstBroken?.reason ?? '', reason);
    assert.deepEqual(
      report.chains.map((c) => [c.chain, c.ok]),
      [
        ['01', true],
        ['22', false],
        ['VN', true],
      ],
    );
  }

  async function withTrail(run: (db: TestDatabase) => Promise<void>): Promise<void> {
    const db = await trail();
    try {
      await run(db);
    } finally {
      await db.drop();
    }
  }

  it('finds an altered entry, and only in its chain', () =>
    withTrail(async (db) => {
      const { seq } = await entryAt(db, '22', 4);
      await tamper(db, sql`update audit.entries set action = 'test.innocent' where seq = ${seq}`);
      const report = await verifyAuditChain(db.db);
      assertBrokenIn22(report, 4, /altered/);
      assert.equal(report.firstBroken?.seq, seq);
      assert.equal(report.chains.find((c) => c.chain === '22')?.checked, 3);
    }));

  it('finds a removed entry', () =>
    withTrail(async (db) => {
      await tamper(db, sql`delete from audit.entries where chain = '22' and link = 5`);
      const report = await verifyAuditChain(db.db);
      assertBrokenIn22(report, 5, /entry 5 of chain 22 is missing/);
      assert.equal(report.firstBroken?.seq, null);
    }));

  it('finds reordered entries', () =>
    withTrail(async (db) => {
      await tamper(
        db,
        sql`update audit.entries set link = -1 where chain = '22' and link = 3`,
        sql`update audit.entries set link = 3 where chain = '22' and link = 4`,
        sql`update audit.entries set link = 4 where chain = '22' and link = -1`,
      );
      assertBrokenIn22(await verifyAuditChain(db.db), 3, /previous-hash/);
    }));

  it('finds an entry inserted in the middle, even with a correctly computed hash', () =>
    withTrail(async (db) => {
      const before = await entryAt(db, '22', 5);
      const content = {
        id: newId(),
        at: new Date('2025-07-01T08:00:00.000Z'),
        actorId: null,
        actorLabel: 'system:test',
        action: 'test.forged',
        entityType: 'thing',
        entityId: 'forged',
        provinceCode: '22',
        requestId: 'forged',
        before: null,
        after: null,
      };
      const seq = 100_000;
      const hash = linkHash(before.hash, '22', 6, seq, contentDigest({ ...content, chain: '22' }));
      await tamper(
        db,
        sql`update audit.entries set link = -link where chain = '22' and link >= 6`,
        sql`update audit.entries set link = 1 - link where chain = '22' and link < 0`,
      );
      await db.db
        .insert(auditEntries)
        .values({ ...content, seq, chain: '22', link: 6, prevHash: before.hash, hash });
      await db.db.execute(sql`update audit.chain_heads set length = length + 1 where chain = '22'`);
      const report = await verifyAuditChain(db.db);
      assertBrokenIn22(report, 7, /previous-hash/);
    }));

  it('finds a chain that does not end where its head says', () =>
    withTrail(async (db) => {
      await tamper(db, sql`delete from audit.entries where chain = '22' and link = ${PER_CHAIN}`);
      assertBrokenIn22(await verifyAuditChain(db.db), PER_CHAIN, /head mismatch.*removed from its end/);
      await tamper(db, sql`update audit.chain_heads set length = ${PER_CHAIN - 1} where chain = '22'`);
      assertBrokenIn22(await verifyAuditChain(db.db), PER_CHAIN - 1, /head mismatch: the last entry/);
      const last = await entryAt(db, '22', PER_CHAIN - 1);
      await tamper(db, sql`update audit.chain_heads set hash = ${last.hash} where chain = '22'`);
      assert.equal((await verifyAuditChain(db.db)).ok, true, 'a consistent rewrite of the head verifies');
      await tamper(db, sql`update audit.chain_heads set length = ${PER_CHAIN - 2} where chain = '22'`);
      assertBrokenIn22(await verifyAuditChain(db.db), PER_CHAIN - 1, /head mismatch.*added behind the head/);
    }));

  it('finds a chain rewritten with recomputed hashes, against a head recorded outside the database', () =>
    withTrail(async (db) => {
      const recorded = await verifyAuditChain(db.db);
      const anchors = recorded.chains.flatMap((c) => (c.head ? [{ chain: c.chain, ...c.head }] : []));
      // What a DBA can do: alter entry 4 of chain 22, then recompute every later hash and the head.
      const rows = await db.db
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.chain, '22'))
        .orderBy(asc(auditEntries.link));
      let prev = rows[2]?.hash ?? '';
      for (const row of rows.slice(3)) {
        const action = row.link === 4 ? 'test.innocent' : row.action;
        const hash = linkHash(prev, '22', row.link, row.seq, contentDigest({ ...row, action }));
        await tamper(
          db,
          sql`update audit.entries set action = ${action}, prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`,
        );
        prev = hash;
      }
      await tamper(db, sql`update audit.chain_heads set hash = ${prev} where chain = '22'`);
      assert.equal((await verifyAuditChain(db.db)).ok, true, 'a consistent rewrite passes on its own');
      assertBrokenIn22(await verifyAuditChain(db.db, { anchors }), PER_CHAIN, /rewritten/);
      // A whole chain removed, head and all, is missed without anchors and found with them.
      await tamper(
        db,
        sql`delete from audit.entries where chain = '01'`,
        sql`delete from audit.chain_heads where chain = '01'`,
      );
      assert.equal((await verifyAuditChain(db.db, { chain: '01' })).ok, true);
      const gone = (await verifyAuditChain(db.db, { anchors })).chains.find((c) => c.chain === '01');
      assert.match(
        gone?.firstBroken?.reason ?? '',
        /ends at 0, before its head recorded outside the database at 10/,
      );

      const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-anchors-'));
      try {
        const file = path.join(dir, 'heads.json');
        writeFileSync(file, JSON.stringify(recorded));
        const run = await runCli(['audit', 'verify', '--anchors', file], { DATABASE_URL: db.url });
        assert.equal(run.code, 1, `${run.stdout}\n${run.stderr}`);
        assert.match(run.stdout, /chain 22: BROKEN at link 10 \(entry \d+\): .*rewritten/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }));

  it('tinhso audit verify names the first broken link per chain, and checks one province on request', () =>
    withTrail(async (db) => {
      await tamper(db, sql`delete from audit.entries where chain = '22' and link = 2`);
      const all = await runCli(['audit', 'verify'], { DATABASE_URL: db.url });
      assert.equal(all.code, 1, `${all.stdout}\n${all.stderr}`);
      assert.match(all.stdout, /chain 22: BROKEN at link 2: entry 2 of chain 22 is missing/);
      assert.match(all.stdout, /chain 01: intact, 10 entries/);
      const one = await runCli(['audit', 'verify', '--province', '01', '--json'], { DATABASE_URL: db.url });
      assert.equal(one.code, 0, one.stderr);
      const report = JSON.parse(one.stdout) as ChainReport;
      assert.deepEqual(
        report.chains.map((c) => [c.chain, c.ok, c.checked]),
        [['01', true, PER_CHAIN]],
      );
    }));
});
