import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { referenceDir } from '../../app/paths.js';
import { runCli } from '../../cli/run-cli.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';

const SAMPLE = path.join(referenceDir, 'procedures', 'tthc_national_portal_2026-06.csv');

describe('tinhso procedures (CLI contract, issue 5 §2)', () => {
  let empty: TestDatabase;
  let demo: TestDatabase;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-procedures-cli-'));
  before(async () => {
    [empty, demo] = await Promise.all([createTestDatabase('empty'), createTestDatabase('demo')]);
  });
  after(async () => {
    await Promise.all([empty.drop(), demo.drop()]);
  });
  const versions = async (db: TestDatabase) =>
    (await db.db.execute<{ n: number }>(sql`select count(*)::int as n from procedures.versions`)).rows[0]?.n;

  it('imports the sample into an empty database with a progress bar, and writes the report of unreadable times', async () => {
    const report = path.join(dir, 'report.csv');
    const run = await runCli(['procedures', 'import', SAMPLE, '--report', report, '--json'], {
      DATABASE_URL: empty.url,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /\[█+\] 100% 2642\/2642/);
    const summary = JSON.parse(run.stdout);
    assert.deepEqual(
      [summary.rows, summary.communeLevel, summary.created, summary.noDuration, summary.noUnit],
      [2642, 588, 2642, 137, 357],
    );
    const lines = readFileSync(report, 'utf8').split('\r\n');
    assert.equal(lines[0], '\uFEFFrow,line,code,name,issue,channel,text,reason');
    assert.ok(lines.some((l) => l.includes(',1.001193,') && l.includes('no_unit')));
    assert.equal(await versions(empty), 2642);
  });

  it('importing the same file again changes nothing', async () => {
    const run = await runCli(['procedures', 'import', SAMPLE, '--report', path.join(dir, 'again.csv')], {
      DATABASE_URL: empty.url,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /0 new, 0 changed \(new versions\), 2642 unchanged/);
    assert.equal(await versions(empty), 2642);
  });

  it('refuses a malformed file whole, naming the rows, and imports nothing (exit 2)', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const broken = path.join(dir, 'broken.csv');
    writeFileSync(
      broken,
      `${text.trimEnd()}\r\n1.001193,Trùng mã,Cấp xã,Hộ tịch,,,,,,,,,\r\n9.1,Mã sai,Cấp xã,,,,,,,,,,\r\n`,
    );
    const before = await versions(demo);
    const run = await runCli(['procedures', 'import', broken], { DATABASE_URL: demo.url });
    assert.equal(run.code, 2);
    // Told in Vietnamese by default (issue 15 §2); the rows and columns named as in the file.
    assert.match(run.stderr, /không đúng định dạng; chưa nhập thủ tục nào \(2 lỗi\)/);
    assert.match(run.stderr, /row 2644 \(line 2679\): ma_thu_tuc: mã 1\.001193 đã có ở dòng 1607/);
    assert.match(run.stderr, /row 2645 \(line 2680\): ma_thu_tuc: không phải mã thủ tục hành chính/);
    const english = await runCli(['procedures', 'import', broken, '--lang', 'en'], {
      DATABASE_URL: demo.url,
    });
    assert.equal(english.code, 2);
    assert.match(english.stderr, /malformed; nothing was imported/);
    assert.match(english.stderr, /row 2644 \(line 2679\): ma_thu_tuc: code 1\.001193 is also on row 1607/);
    assert.equal(await versions(demo), before);
  });

  it('searches and shows the demo province’s catalogue', async () => {
    const search = await runCli(['procedures', 'search', 'dang ky khai sinh', '--province', '04', '--json'], {
      DATABASE_URL: demo.url,
    });
    assert.equal(search.code, 0, search.stderr);
    assert.equal(JSON.parse(search.stdout).items[0].code, '1.001193');
    const show = await runCli(['procedures', 'show', '1.001193', '--province', '04'], {
      DATABASE_URL: demo.url,
    });
    assert.match(show.stdout, /Thủ tục đăng ký khai sinh \(version 2\)/);
  });
});
