import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { systemCtx } from '../../platform/context.js';
import { connectDatabase, type Database } from '../../platform/database/connection.js';
import { migrateDatabase, migrationsFolder } from '../../platform/database/migrate.js';
import { newId } from '../../platform/ids.js';
import { quietLogger } from '../../platform/logging.js';
import { databaseUrl, dropDatabase } from '../../platform/testing/database.js';
import { GENESIS_HASH, legacyEntryHash } from './chain-hash.js';
import { recordAudit, verifyAuditChain } from './index.js';

/** The migration that split the chain (drizzle/0014_audit_chains.sql) and what came before it. */
const SPLIT = '0014_audit_chains';
const LEGACY_ENTRIES = 25;

/** Migrate a fresh database up to just before the split. */
async function migrateBeforeSplit(url: string): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tinhso-migrations-'));
  try {
    cpSync(migrationsFolder, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
    const split = journal.entries.findIndex((e) => e.tag === SPLIT);
    assert.ok(split > 0, 'the split migration is in the journal');
    journal.entries = journal.entries.slice(0, split);
    writeFileSync(journalFile, JSON.stringify(journal));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('set client_min_messages = warning');
      await migrate(drizzle(client), { migrationsFolder: folder });
    } finally {
      await client.end();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Entries as the single-chain code wrote them: seq 1..n, each hashing the one before. */
async function writeLegacyTrail(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= LEGACY_ENTRIES; seq++) {
      const entry = {
        seq,
        id: newId(),
        at: new Date(Date.UTC(2026, 10, 1, 8, 0, seq, 123)),
        actorId: null,
        actorLabel: 'system:legacy',
        action: 'test.legacy',
        entityType: 'thing',
        entityId: String(seq),
        provinceCode: seq % 3 === 0 ? '22' : null,
        requestId: `legacy-${seq}`,
        before: seq % 2 ? null : { value: seq, nested: { b: 1, a: 'Cô Tô' } },
        after: { value: seq + 1 },
        prevHash,
      };
      const hash = legacyEntryHash(entry);
      await client.query(
        `insert into audit.entries (seq, id, at, actor_id, actor_label, action, entity_type, entity_id,
           province_code, request_id, before, after, prev_hash, hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          ...[entry.seq, entry.id, entry.at, entry.actorId, entry.actorLabel, entry.action, entry.entityType],
          ...[entry.entityId, entry.provinceCode, entry.requestId, JSON.stringify(entry.before)],
          ...[JSON.stringify(entry.after), prevHash, hash],
        ],
      );
      prevHash = hash;
    }
  } finally {
    await client.end();
  }
}

describe('upgrading a single-chain trail to one chain per province (ADR 0014)', () => {
  const adminUrl = process.env.TINHSO_TEST_ADMIN_URL ?? '';
  const name = `tinhso_t_${randomBytes(6).toString('hex')}`;
  const url = databaseUrl(adminUrl, name);
  let database: Database;
  before(async () => {
    assert.ok(adminUrl, 'run through npm test');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template template0`);
    await admin.end();
    await migrateBeforeSplit(url);
    await writeLegacyTrail(url);
    await migrateDatabase(url);
    database = connectDatabase(url, { max: 4, applicationName: 'tinhso-test' });
  });
  after(async () => {
    await database?.close();
    await dropDatabase(adminUrl, name);
  });

  it('keeps the old entries as the closed legacy chain, which still verifies', async () => {
    const report = await verifyAuditChain(database.db);
    assert.equal(report.ok, true, JSON.stringify(report.firstBroken));
    assert.deepEqual(
      report.chains.map((c) => [c.chain, c.checked, c.head?.length]),
      [['legacy', LEGACY_ENTRIES, LEGACY_ENTRIES]],
    );
  });

  it('appends new entries to the province chains after the upgrade, seq continuing', async () => {
    for (const provinceCode of ['22', null, '22']) {
      await database.db.transaction((tx) =>
        recordAudit(tx, systemCtx(tx, 'test', quietLogger()), {
          action: 'test.after_upgrade',
          entityType: 'thing',
          provinceCode,
        }),
      );
    }
    const report = await verifyAuditChain(database.db);
    assert.equal(report.ok, true, JSON.stringify(report.firstBroken));
    assert.deepEqual(
      report.chains.map((c) => [c.chain, c.checked]),
      [
        ['22', 2],
        ['VN', 1],
        ['legacy', LEGACY_ENTRIES],
      ],
    );
    assert.equal(report.lastSeq, LEGACY_ENTRIES + 3);
  });

  it('still finds an altered legacy entry', async () => {
    await database.db.execute('alter table audit.entries disable trigger entries_append_only');
    await database.db.execute(`update audit.entries set province_code = '01' where seq = 9`);
    const report = await verifyAuditChain(database.db);
    assert.equal(report.ok, false);
    assert.deepEqual([report.firstBroken?.chain, report.firstBroken?.link], ['legacy', 9]);
    assert.match(report.firstBroken?.reason ?? '', /altered/);
    assert.deepEqual(
      report.chains.filter((c) => c.ok).map((c) => c.chain),
      ['22', 'VN'],
    );
  });
});
