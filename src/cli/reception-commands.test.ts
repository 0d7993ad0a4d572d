import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** `tinhso reception …` through the real command (issue 21 §3): the period report and the register export. */
describe('tinhso reception (CLI)', () => {
  let db: TestDatabase;
  const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });

  it('reports the demo province’s receptions of the year by classification and outcome', async () => {
    const run = await cli('reception', 'report', '--province', '04', '--period', year, '--json');
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.total.sessions, 2, 'the demo’s two sessions held');
    assert.equal(report.total.receptions, 5);
    assert.equal(report.total.byClassification.denunciation, 1);
    assert.equal(report.total.byOutcome.case_opened, 1);
    const bad = await cli('reception', 'report', '--province', '04', '--period', '2025-13');
    assert.notEqual(bad.code, 0);
  });

  it('exports the register as Form 03/TCD columns, the denouncer kept confidential', async () => {
    const run = await cli('reception', 'export', '--province', '04');
    assert.equal(run.code, 0, run.stderr);
    const text = run.stdout.replace(/^\uFEFF/, '');
    assert.ok(text.startsWith('STT,Ngày tiếp,"Họ tên, địa chỉ"'), text.slice(0, 80));
    assert.match(text, /Người tố cáo \(giữ bí mật\)/);
    assert.ok(!text.includes('Vi Thị Hương') && !text.includes('004190056789'));
    assert.match(text, /Lương Văn Tư/);
  });
});
