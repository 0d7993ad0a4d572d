import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** `tinhso disasters …` through the real command (issue 21 §2): list, show, export, damage keyed in from a CSV. */
describe('tinhso disasters (CLI)', () => {
  let db: TestDatabase;
  let dir: string;
  before(async () => {
    db = await createTestDatabase('demo');
    dir = await mkdtemp(path.join(tmpdir(), 'tinhso-disasters-'));
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });
  const event = ['--province', '04', '--event', 'TT-2025-11'];
  const show = async () => {
    const run = await cli('disasters', 'show', ...event, '--json');
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout);
  };

  it('lists the province’s events, shows one and exports its communes', async () => {
    const list = await cli('disasters', 'list', '--province', '04', '--json');
    assert.equal(list.code, 0, list.stderr);
    assert.ok(JSON.parse(list.stdout).some((e: { code: string }) => e.code === 'TT-2025-11'));
    const e = await show();
    assert.equal(e.lines.length, 18);
    const csv = await cli('disasters', 'export', ...event);
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout.trim().split('\r\n').length, 18 + 2, 'header, 18 communes, the total');
    const unknown = await cli('disasters', 'show', '--province', '04', '--event', 'NOPE');
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /no disaster event NOPE/);
  });

  it('keys in damage from a CSV as revisions; a negative figure refuses the whole file', async () => {
    const before = await show();
    const line = before.lines.find((l: { unitCode: string }) => l.unitCode === '01273');
    const flooded = line.latest?.values.houses_flooded ?? 0;
    const bad = path.join(dir, 'bad.csv');
    await writeFile(
      bad,
      [
        'unit_code,reported_on,initial,estimated_value,note,houses_flooded,rice_ha',
        `01273,,no,1500000000,Số liệu rà soát,${flooded + 10},2.5`,
        '01654,,yes,100,,-4,',
      ].join('\n'),
    );
    const refused = await cli('disasters', 'report-damage', ...event, '--file', bad);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /Dòng 3: /, 'told in Vietnamese by default (issue 15 §2)');
    const english = await cli('disasters', 'report-damage', ...event, '--file', bad, '--lang', 'en');
    assert.match(english.stderr, /row 3: /);
    assert.deepEqual((await show()).total, before.total, 'nothing of the refused file was written');
    const broken = path.join(dir, 'broken.csv');
    await writeFile(
      broken,
      ['unit_code,reported_on,initial,estimated_value,note,houses_flooded,rice_ha', '01273,,no,1,"open'].join(
        '\n',
      ),
    );
    const unreadable = await cli('disasters', 'report-damage', ...event, '--file', broken);
    assert.notEqual(unreadable.code, 0);
    assert.match(
      unreadable.stderr,
      /Dòng 2: tệp CSV bị lỗi: một trường trong ngoặc kép không được đóng ngoặc/,
      'where and why a CSV breaks, in Vietnamese (issue 15 §2)',
    );
    const unreadableEn = await cli('disasters', 'report-damage', ...event, '--file', broken, '--lang', 'en');
    assert.match(unreadableEn.stderr, /row 2: the CSV is broken: quoted field is not closed/);
    const good = path.join(dir, 'good.csv');
    await writeFile(
      good,
      [
        'unit_code,reported_on,initial,estimated_value,note,houses_flooded,rice_ha',
        `01273,,no,1500000000,Số liệu rà soát,${flooded + 10},2.5`,
      ].join('\n'),
    );
    const done = await cli('disasters', 'report-damage', ...event, '--file', good);
    assert.equal(done.code, 0, done.stderr);
    const after = await show();
    const revised = after.lines.find((l: { unitCode: string }) => l.unitCode === '01273').latest;
    assert.equal(revised.revision, (line.latest?.revision ?? 0) + 1);
    assert.equal(revised.values.houses_flooded, flooded + 10);
    assert.equal(revised.values.rice_ha, 2.5);
    assert.equal(revised.initial, false);
    assert.equal(after.total.values.houses_flooded, before.total.values.houses_flooded + 10);
  });
});
