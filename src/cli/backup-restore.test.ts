import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

async function tableCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables = await db.db.execute<{ name: string }>(sql`
    select format('%I.%I', schemaname, tablename) as name from pg_tables
     where schemaname in ('platform', 'audit', 'identity', 'units') order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await db.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${name}`));
    counts[name] = result.rows[0]?.n ?? -1;
  }
  return counts;
}

describe('tinhso backup / restore (issue 2 §8)', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-backup-'));
  const file = path.join(dir, 'province.tinhso.gz');
  before(async () => {
    source = await createTestDatabase('demo');
    target = await createTestDatabase('empty');
  });
  after(async () => {
    await source.drop();
    await target.drop();
  });

  it('round-trips the whole database through the CLI, with the audit chain intact', async () => {
    const backup = await runCli(['backup', file], { DATABASE_URL: source.url });
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /backed up \d+ rows of \d+ tables/);
    const restore = await runCli(['restore', file], { DATABASE_URL: target.url });
    assert.equal(restore.code, 0, restore.stderr);
    assert.match(restore.stdout, /audit chain intact/);
    assert.deepEqual(await tableCounts(target), await tableCounts(source));
    const sample = sql`select username, password_hash, display_name from identity.users order by username`;
    assert.deepEqual((await target.db.execute(sample)).rows, (await source.db.execute(sample)).rows);
    const audit = await runCli(['audit', 'verify', '--json'], { DATABASE_URL: target.url });
    assert.equal(JSON.parse(audit.stdout).ok, true);
  });

  it('refuses a truncated backup and changes nothing', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const truncated = path.join(dir, 'truncated.gz');
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const before = await tableCounts(target);
    const restore = await runCli(['restore', truncated], { DATABASE_URL: target.url });
    assert.equal(restore.code, 2);
    assert.match(restore.stderr, /truncated|nothing changed/);
    assert.deepEqual(await tableCounts(target), before);
  });

  it('refuses a file that is not a backup', async () => {
    const junk = path.join(dir, 'junk.gz');
    writeFileSync(junk, 'this is not gzip');
    const restore = await runCli(['restore', junk], { DATABASE_URL: target.url });
    assert.equal(restore.code, 2, restore.stderr);
    assert.match(restore.stderr, /damaged|not a tinhso backup/);
  });
});
