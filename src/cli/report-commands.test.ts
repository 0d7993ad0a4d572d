import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** `tinhso report` (issue 7 §6): the JSON contracts of `service` and `index766`, and `rebuild`. */
describe('tinhso report (CLI)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });

  it('service --json prints the unit and its rates as fractions 0–1', async () => {
    const run = await cli(
      'report',
      'service',
      '--unit',
      '04',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--json',
    );
    assert.equal(run.code, 0, run.stderr);
    const r = JSON.parse(run.stdout);
    assert.equal(r.unit, '04');
    assert.ok(r.received > 0);
    for (const key of ['onTimeRate', 'onlineRate', 'postalReturnRate', 'satisfactionRate'])
      assert.ok(typeof r[key] === 'number' && r[key] >= 0 && r[key] <= 1, `${key} = ${r[key]}`);
  });

  it('service --level commune prints the commune-level figures and each commune (issue 24 §1)', async () => {
    const run = await cli('report', 'service', '--unit', '04', '--period', '2025', '--level', 'commune');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /level commune \(\d+ units\)/);
    assert.match(run.stdout, /on time \(portal rule\) \d+\.\d\d%/);
    assert.match(run.stdout, /01273 Phường Thục Phán: on time/);
    const bad = await cli('report', 'service', '--unit', '04', '--period', '2025', '--level', 'huyen');
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /--level is one of commune, special_zone, province_agencies/);
  });

  it('index766 --json prints the total and the groups with points and max', async () => {
    const run = await cli('report', 'index766', '--unit', '04', '--year', '2025', '--json');
    assert.equal(run.code, 0, run.stderr);
    const r = JSON.parse(run.stdout);
    assert.equal(typeof r.total, 'number');
    assert.equal(r.groups.length, 6);
    for (const g of r.groups)
      assert.ok(typeof g.name === 'string' && g.points <= g.max + 1e-9 && g.max <= g.fullMax);
    assert.ok(
      Math.abs(r.total - r.groups.reduce((s: number, g: { points: number }) => s + g.points, 0)) < 1e-9,
    );
  });

  it('rebuild recomputes the aggregates, and the figures stay the same', async () => {
    const before = JSON.parse(
      (await cli('report', 'service', '--unit', '04', '--period', '2025', '--json')).stdout,
    );
    const started = new Date();
    const run = await cli('report', 'rebuild', '--json');
    assert.equal(run.code, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout).dossiers > 0);
    const stats = await db.pool.query<{ relname: string; last_analyze: Date | null }>(
      `select relname, last_analyze from pg_stat_user_tables where schemaname = 'reports'
        and relname in ('daily', 'monthly', 'dossier_contributions') order by relname`,
    );
    assert.equal(stats.rows.length, 3);
    for (const r of stats.rows)
      assert.ok(
        r.last_analyze && r.last_analyze >= new Date(started.getTime() - 1000),
        `${r.relname} analysed by the rebuild (issue 24 §6)`,
      );
    const after = JSON.parse(
      (await cli('report', 'service', '--unit', '04', '--period', '2025', '--json')).stdout,
    );
    assert.deepEqual({ ...after, measuredAt: null }, { ...before, measuredAt: null });
  });

  it('refuses an unknown unit or a bad period with a message, not a stack trace', async () => {
    const unknown = await cli('report', 'service', '--unit', '99', '--period', '2025', '--json');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown unit/);
    const bad = await cli('report', 'service', '--unit', '04', '--from', '2025-13-01', '--to', '2025-12-31');
    assert.equal(bad.code, 2);
  });
});
