import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { readXlsxRows } from '../platform/xlsx.js';
import { runCli } from './run-cli.js';

const HEADER = 'ma_du_an,nam_ke_hoach,nguon_von,ngay_thanh_toan,so_tien,so_chung_tu,ghi_chu';

/** `tinhso investment import <file.csv>`: the State Treasury file, all rows or none (issue 9, Investment §1). */
describe('tinhso investment (CLI contract)', () => {
  let db: TestDatabase;
  let dir: string;
  const year = new Date().getUTCFullYear();
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });
  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };
  const imported = async () =>
    Number(
      (
        await db.db.execute<{ n: string }>(
          sql`select count(*) as n from investment.disbursements where origin = 'import' and entered_by like 'system:cli%'`,
        )
      ).rows[0]?.n,
    );

  before(async () => {
    db = await createTestDatabase('demo');
    dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-investment-cli-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  it('refuses a file with bad rows, naming each row and column, and imports nothing', async () => {
    const bad = file(
      'bad.csv',
      `${HEADER}\n7900301,${year},NSDP,05/01/${year},1.000.000,CLI-1,\n7999999,${year},NSDP,05/01/${year},1000000,CLI-2,\n7900301,${year},NSDP,05/02/${year + 1},1000000,CLI-3,\n`,
    );
    const run = await cli('investment', 'import', bad);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /nothing imported/);
    assert.match(run.stderr, /row 3\.ma_du_an: no project with code 7999999/);
    assert.match(run.stderr, /row 4\.ngay_thanh_toan/);
    assert.equal(await imported(), 0);
  });

  it('checks a good file with --dry-run without importing, then imports it once; the same file again is refused', async () => {
    const good = file(
      'good.csv',
      `\uFEFF${HEADER}\r\n7900301,${year},NSDP,05/01/${year},"1.000.000",CLI-10,\r\n7900316,${year},NSTW,${year}-01-06,2000000,CLI-11,"Thanh toán khối lượng, đợt 1"\r\n`,
    );
    const dry = await cli('investment', 'import', good, '--dry-run', '--json');
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(JSON.parse(dry.stdout).rows, 2);
    assert.equal(await imported(), 0);
    const run = await cli('investment', 'import', good, '--json');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).totalAmount, '3000000');
    assert.equal(await imported(), 2);
    const again = await cli('investment', 'import', good);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already imported/);
    const renamed = file('renamed.csv', `${HEADER}\n7900301,${year},NSDP,07/01/${year},5000,CLI-10,\n`);
    const twice = await cli('investment', 'import', renamed);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /voucher CLI-10 is already recorded/);
  });

  it('prints the province summary and each resolution’s achievement', async () => {
    const summary = await cli(
      'investment',
      'summary',
      '--province',
      '04',
      '--year',
      String(year - 1),
      '--json',
    );
    assert.equal(summary.code, 0, summary.stderr);
    assert.equal(JSON.parse(summary.stdout).asOf, `${year}-01-31`);
    const targets = await cli('targets', 'summary', '--province', '56');
    assert.equal(targets.code, 0, targets.stderr);
    assert.match(targets.stdout, /19\/22 main targets met or exceeded, 3 not met/);
    assert.equal((await cli('investment', 'import', path.join(dir, 'missing.csv'))).code, 2);
  });

  it('writes the monthly report and a resolution’s achievement report to Excel with the figures the JSON gives', async () => {
    const out = path.join(dir, 'report.xlsx');
    const json = await cli(
      'investment',
      'summary',
      '--province',
      '04',
      '--year',
      String(year - 1),
      '--as-of',
      `${year - 1}-12-31`,
      '--json',
    );
    const report = await cli(
      'investment',
      'report',
      '--province',
      '04',
      '--year',
      String(year - 1),
      '--month',
      '12',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    assert.equal(report.code, 0, report.stderr);
    const rows = await readXlsxRows(readFileSync(out));
    const header = rows.findIndex((r) => r[0] === 'Mã dự án');
    assert.equal(String(rows[header + 1]?.[7]), JSON.parse(json.stdout).total.paid, 'total paid to date');
    assert.equal((await cli('investment', 'report', '--month', '12', '--format', 'pdf')).code, 2);

    const list = JSON.parse((await cli('targets', 'summary', '--province', '56', '--json')).stdout);
    const pdf = path.join(dir, 'targets.pdf');
    const targets = await cli('targets', 'report', list[0].resolution.id, '--format', 'pdf', '--out', pdf);
    assert.equal(targets.code, 0, targets.stderr);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  });
});
