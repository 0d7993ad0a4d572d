import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** `tinhso staffing …` through the real command (issue 21 §1): list, show, export, quotas from a CSV. */
describe('tinhso staffing (CLI)', () => {
  let db: TestDatabase;
  let dir: string;
  before(async () => {
    db = await createTestDatabase('demo');
    dir = await mkdtemp(path.join(tmpdir(), 'tinhso-staffing-'));
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });
  const quotaOf = async (job: string) => {
    const run = await cli('staffing', 'show', '--unit', '01273', '--json');
    assert.equal(run.code, 0, run.stderr);
    const view = JSON.parse(run.stdout);
    return view.positions
      .filter((p: { jobPosition: string }) => p.jobPosition === job)
      .reduce((n: number, p: { quota: number }) => n + p.quota, 0);
  };

  it('lists the province’s communes, only those below requirements when asked, and exports one commune', async () => {
    const all = await cli('staffing', 'list', '--province', '04', '--json');
    assert.equal(all.code, 0, all.stderr);
    const view = JSON.parse(all.stdout);
    assert.equal(view.totals.communes, 56);
    const below = JSON.parse((await cli('staffing', 'list', '--province', '04', '--below', '--json')).stdout);
    assert.equal(below.communes.length, view.totals.below);
    const text = (await cli('staffing', 'list', '--province', '04')).stdout;
    assert.match(text, /56 communes/);
    const csv = await cli('staffing', 'export', '--unit', '01273', '--lang', 'en');
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /Job position/);
    const both = await cli('staffing', 'export', '--unit', '01273', '--province', '04');
    assert.notEqual(both.code, 0);
  });

  it('approves a quota decision from a CSV; a bad row refuses the whole file and names its row', async () => {
    const before = await quotaOf('justice');
    const bad = path.join(dir, 'bad.csv');
    await writeFile(
      bad,
      [
        'unit_code,agency,job_position,posts,decision_ref,valid_from',
        '01273,people_committee,justice,7,QĐ 99/QĐ-UBND,',
        '01273,people_committee,astronaut,1,QĐ 99/QĐ-UBND,',
      ].join('\n'),
    );
    const refused = await cli('staffing', 'import-quotas', '--file', bad);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /Dòng 3: /, 'the refused row, in Vietnamese by default');
    const header = path.join(dir, 'header.csv');
    await writeFile(header, 'unit,agency\n01273,people_committee\n');
    const vi = await cli('staffing', 'import-quotas', '--file', header);
    assert.match(
      vi.stderr,
      /Dòng 1: dòng tiêu đề phải là «unit_code,agency,job_position,posts,decision_ref,valid_from»/,
    );
    const en = await cli('staffing', 'import-quotas', '--file', header, '--lang', 'en');
    assert.match(en.stderr, /row 1: the header must be "unit_code,agency,/);
    assert.equal(await quotaOf('justice'), before, 'nothing of the refused file was written');
    const good = path.join(dir, 'good.csv');
    await writeFile(
      good,
      [
        'unit_code,agency,job_position,posts,decision_ref,valid_from',
        '01273,people_committee,justice,7,"QĐ 100/QĐ-UBND, ngày 01/12",',
      ].join('\r\n'),
    );
    const done = await cli('staffing', 'import-quotas', '--file', good);
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stdout, /1 quotas approved/);
    assert.equal(await quotaOf('justice'), 7);
    const audit = await db.pool.query(
      `select count(*)::int as n from audit.entries where action = 'staffing.quota_set'`,
    );
    assert.equal(audit.rows[0].n, 1, 'the import is audited as the quota set on screen');
  });
});
