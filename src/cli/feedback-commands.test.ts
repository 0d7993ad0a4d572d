import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** `tinhso feedback …` through the real command (issue 10): report, export, overdue job, limits, Open311 keys. */
describe('tinhso feedback (CLI)', () => {
  let db: TestDatabase;
  const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });

  it('reports the demo province’s year with the change on the year before and the 766 sub-indicators', async () => {
    const run = await cli('feedback', 'report', '--province', '04', '--period', year, '--json');
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.ok(report.total.current > 100, 'a year of demo feedback');
    assert.equal(report.indicators766.length, 2);
    const human = await cli('feedback', 'report', '--province', '04', '--period', year);
    assert.match(human.stdout, /5\.2 PETITION_PROCESSING_ON_TIME: \d+\/\d+ = [\d.]+%/);
    const bad = await cli('feedback', 'report', '--province', '04', '--period', '2025-13');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /period/);
  });

  it('exports a period as CSV without any submitter or denouncer', async () => {
    const run = await cli('feedback', 'export', '--province', '04', '--period', year);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.ok(lines[0]!.startsWith('code,kind,channel,field,status'));
    assert.ok(lines.length > 100);
    const people = await db.db.execute<{ full_name: string | null; id_number: string | null }>(
      sql`select full_name, id_number from feedback.denouncers union all select full_name, id_number from feedback.submitters`,
    );
    const personal = people.rows
      .flatMap((p) => [p.full_name, p.id_number])
      .filter((v): v is string => Boolean(v));
    assert.ok(personal.length > 0);
    assert.deepEqual(
      personal.filter((v) => run.stdout.includes(v)),
      [],
    );
  });

  it('runs the overdue job on demand, marking nothing twice', async () => {
    const first = await cli('feedback', 'mark-overdue');
    assert.equal(first.code, 0, first.stderr);
    assert.match((await cli('feedback', 'mark-overdue')).stdout, /^feedback: 0 overdue steps marked/);
  });

  it('lists the legal limits and adds a later version that ends the one in force', async () => {
    const listed = JSON.parse((await cli('feedback', 'rules', 'list', '--json')).stdout);
    const accept = listed.filter(
      (r: { kind: string; step: string }) => r.kind === 'complaint' && r.step === 'accept',
    );
    assert.deepEqual(
      accept.map((r: { amount: number; unit: string; effectiveFrom: string }) => [
        r.amount,
        r.unit,
        r.effectiveFrom,
      ]),
      [
        [10, 'calendar_days', '2012-07-01'],
        [7, 'working_days', '2026-07-01'],
      ],
    );
    const set = await cli(
      'feedback',
      'rules',
      'set',
      '--kind',
      'pakn',
      '--step',
      'process',
      '--amount',
      '10',
      '--unit',
      'working_days',
      '--from',
      '2030-01-01',
      '--source',
      'Quyết định giả định (kiểm thử)',
      '--confidence',
      'L',
    );
    assert.equal(set.code, 0, set.stderr);
    const after = JSON.parse((await cli('feedback', 'rules', '--json')).stdout);
    const process = after.filter(
      (r: { kind: string; step: string }) => r.kind === 'pakn' && r.step === 'process',
    );
    assert.deepEqual(
      process.map((r: { amount: number; effectiveTo: string | null }) => [r.amount, r.effectiveTo]),
      [
        [15, '2030-01-01'],
        [10, null],
      ],
    );
    const backwards = await cli(
      'feedback',
      'rules',
      'set',
      '--kind',
      'pakn',
      '--step',
      'process',
      '--amount',
      '12',
      '--unit',
      'working_days',
      '--from',
      '2029-01-01',
      '--source',
      'x',
    );
    assert.equal(backwards.code, 2, 'versions are added in date order');
  });

  it('issues an Open311 key printed once, lists it without the key, and revokes it', async () => {
    const issued = await cli(
      'feedback',
      'open311-key',
      'issue',
      '--province',
      '04',
      '--name',
      'Ứng dụng thử',
    );
    assert.equal(issued.code, 0, issued.stderr);
    const key = issued.stdout.trim();
    assert.match(key, /^o311_[A-Za-z0-9_-]{32}$/);
    const list = JSON.parse(
      (await cli('feedback', 'open311-key', 'list', '--province', '04', '--json')).stdout,
    );
    assert.equal(list.length, 1);
    assert.ok(!JSON.stringify(list).includes(key), 'only a hash is kept');
    const stored = await db.db.execute<{ key_hash: string }>(sql`select key_hash from feedback.open311_keys`);
    assert.notEqual(stored.rows[0]!.key_hash, key);
    assert.equal((await cli('feedback', 'open311-key', 'revoke', list[0].id)).code, 0);
    const revoked = JSON.parse(
      (await cli('feedback', 'open311-key', 'list', '--province', '04', '--json')).stdout,
    );
    assert.ok(revoked[0].revokedAt);
  });
});
