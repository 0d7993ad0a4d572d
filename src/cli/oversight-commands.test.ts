import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** `tinhso oversight`, through the real command: the escalation run, the overdue list, the CSV export. */
describe('tinhso oversight (CLI)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });

  it('escalate --at records the ladder steps due on a day, and nothing more when run again (idempotent)', async () => {
    const first = await cli('oversight', 'escalate', '--province', '04', '--at', '2027-01-04', '--json');
    assert.equal(first.code, 0, first.stderr);
    const run = JSON.parse(first.stdout);
    assert.equal(run.today, '2027-01-04');
    assert.ok(run.fired.length > 0, 'tasks due in December 2026 reach their later steps by January');
    const second = JSON.parse(
      (await cli('oversight', 'escalate', '--province', '04', '--at', '2027-01-04', '--json')).stdout,
    );
    assert.deepEqual(second.fired, []);
  });

  it('overdue --json lists open tasks past their deadline, the most overdue first', async () => {
    const run = await cli('oversight', 'overdue', '--json');
    assert.equal(run.code, 0, run.stderr);
    const { items } = JSON.parse(run.stdout);
    assert.ok(items.some((task: { code: string }) => task.code === '02-KL/TU-02'));
    const late = items.map((task: { workingDaysLate: number }) => task.workingDaysLate);
    assert.deepEqual(
      late,
      [...late].sort((a, b) => b - a),
    );
  });

  it('export writes the agencies CSV with its byte-order mark, or the PDF report or Excel workbook to a file; bad options exit 2', async () => {
    const run = await cli(
      'oversight',
      'export',
      '--table',
      'agencies',
      '--from',
      '2025-10',
      '--to',
      '2026-12',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.startsWith('\uFEFFCơ quan chủ trì,'));
    assert.match(run.stdout, /Sở Tài chính,4,0,1,0,5,100\.0/);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-oversight-'));
    const pdf = await cli('oversight', 'export', '--pdf', '--out', path.join(dir, 'report.pdf'));
    assert.equal(pdf.code, 0, pdf.stderr);
    assert.equal(readFileSync(path.join(dir, 'report.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
    const xlsx = await cli(
      'oversight',
      'export',
      '--xlsx',
      '--lang',
      'en',
      '--out',
      path.join(dir, 'report.xlsx'),
    );
    assert.equal(xlsx.code, 0, xlsx.stderr);
    assert.equal(readFileSync(path.join(dir, 'report.xlsx')).subarray(0, 2).toString('latin1'), 'PK');
    rmSync(dir, { recursive: true, force: true });
    assert.equal((await cli('oversight', 'export', '--pdf')).code, 2, '--pdf needs --out');
    assert.equal((await cli('oversight', 'export', '--xlsx')).code, 2, '--xlsx needs --out');
    const bad = await cli('oversight', 'export', '--table', 'nope');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--table takes one of/);
  });
});
