import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { enqueueNotification } from '../platform/notify/index.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

async function tableCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables = await db.db.execute<{ name: string }>(sql`
    select format('%I.%I', schemaname, tablename) as name from pg_tables
     where schemaname in ('platform', 'audit', 'identity', 'units', 'notify') order by 1`);
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

  it('keeps pending work: a job queued and a notice in the outbox at backup time are delivered after restore (issue 18 §6)', async () => {
    const queue = 'tinhso-restore-check';
    const boss = new PgBoss({ connectionString: source.url, max: 2, supervise: false, schedule: false });
    await boss.start();
    await boss.createQueue(queue, { name: queue, retryLimit: 7 });
    const jobId = await boss.send(queue, { dossier: 'H01.99-261207-0001' });
    await boss.stop({ graceful: false, wait: true });
    const notice = await source.db.transaction((tx) =>
      enqueueNotification(tx, {
        channel: 'sms',
        to: '0912 345 678',
        body: 'Hồ sơ đã có kết quả',
        topic: 'restore.check',
      }),
    );
    assert.ok(notice.ok);

    const withJobs = path.join(dir, 'with-jobs.tinhso.gz');
    const backup = await runCli(['backup', withJobs], { DATABASE_URL: source.url });
    assert.equal(backup.code, 0, backup.stderr);
    const restore = await runCli(['restore', withJobs], { DATABASE_URL: target.url });
    assert.equal(restore.code, 0, restore.stderr);

    const pending = sql`select count(*)::int as n from notify.outbox where status = 'pending' and id = ${notice.value.id}`;
    assert.equal(
      (await target.db.execute<{ n: number }>(pending)).rows[0]?.n,
      1,
      'the notice is still pending',
    );
    const settings = await target.db.execute<{ retry_limit: number }>(
      sql`select retry_limit from pgboss.queue where name = ${queue}`,
    );
    assert.equal(settings.rows[0]?.retry_limit, 7, 'the queue keeps its settings');

    const restored = new PgBoss({ connectionString: target.url, max: 2, supervise: false, schedule: false });
    await restored.start();
    try {
      const ran = new Promise<PgBoss.Job<{ dossier: string }>>((resolve) => {
        void restored.work<{ dossier: string }>(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
          if (job) resolve(job);
        });
      });
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the pending job did not run within 20 s')), 20_000).unref(),
      );
      const job = await Promise.race([ran, timeout]);
      assert.equal(job.id, jobId);
      assert.deepEqual(job.data, { dossier: 'H01.99-261207-0001' });
    } finally {
      await restored.stop({ graceful: false, wait: true });
    }
  });

  it('restores into a database whose job system already runs, replacing its queues', async () => {
    const again = await runCli(['restore', path.join(dir, 'with-jobs.tinhso.gz')], {
      DATABASE_URL: target.url,
    });
    assert.equal(again.code, 0, again.stderr);
    const queues = await target.db.execute<{ name: string }>(
      sql`select name from pgboss.queue order by name`,
    );
    const sourceQueues = await source.db.execute<{ name: string }>(
      sql`select name from pgboss.queue order by name`,
    );
    assert.deepEqual(queues.rows, sourceQueues.rows);
    const jobs = sql`select count(*)::int as n from pgboss.job where name = 'tinhso-restore-check' and state = 'created'`;
    assert.equal(
      (await target.db.execute<{ n: number }>(jobs)).rows[0]?.n,
      1,
      'the job is pending again, as backed up',
    );
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
