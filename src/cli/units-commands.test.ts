import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { referenceDir } from '../app/paths.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** The checks of issue 3 §5, through the real command a person runs. */
describe('tinhso units (CLI contract)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });

  it('units stats --json → 34 provinces (6 + 28), 3,321 communes (2,621 / 687 / 13) as of 2025-07-01', async () => {
    const run = await cli('units', 'stats', '--json');
    assert.equal(run.code, 0, run.stderr);
    const stats = JSON.parse(run.stdout);
    assert.deepEqual(
      [
        stats.provinces,
        stats.cities,
        stats.provincesProper,
        stats.communes,
        stats.xa,
        stats.phuong,
        stats.dac_khu,
      ],
      [34, 6, 28, 3321, 2621, 687, 13],
    );
  });

  it('units stats --province 04 --json → {"province":"04","total":56,"xa":53,"phuong":3,"dac_khu":0}', async () => {
    const stats = JSON.parse((await cli('units', 'stats', '--province', '04', '--json')).stdout);
    assert.deepEqual(
      {
        province: stats.province,
        total: stats.total,
        xa: stats.xa,
        phuong: stats.phuong,
        dac_khu: stats.dac_khu,
      },
      { province: '04', total: 56, xa: 53, phuong: 3, dac_khu: 0 },
    );
  });

  it('units lineage 00556 --json and units search "co to" --json', async () => {
    const lineage = JSON.parse((await cli('units', 'lineage', '00556', '--json')).stdout);
    assert.deepEqual(lineage.successors.map((l: { newName: string }) => l.newName).sort(), [
      'Xã Phù Đổng',
      'Xã Thuận An',
    ]);
    const search = JSON.parse((await cli('units', 'search', 'co to', '--json')).stdout);
    assert.ok(
      search.items.some(
        (u: { code: string; name: string }) => u.code === '07192' && u.name === 'Đặc khu Cô Tô',
      ),
    );
  });

  it('says clearly when a province or code does not exist (exit 2)', async () => {
    const run = await cli('units', 'stats', '--province', '99', '--json');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no province with code "99"/);
  });

  it('importing the shipped data again changes nothing', async () => {
    const count = async () =>
      (
        await db.db.execute<{ n: number }>(
          sql`select (select count(*) from units.unit_versions)::int + (select count(*) from audit.entries)::int as n`,
        )
      ).rows[0]?.n;
    const before = await count();
    const run = await cli('units', 'import');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /already loaded; nothing changed/);
    assert.equal(await count(), before);
  });

  it('rejects a file with a broken row whole, naming the row, and imports nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-units-'));
    cpSync(path.join(referenceDir, 'admin-units'), dir, { recursive: true });
    const communes = path.join(dir, 'communes_2025.csv');
    writeFileSync(
      communes,
      `${readFileSync(communes, 'utf8').trimEnd()}\n12AB,Xã Không Có,xã,04,Tỉnh Cao Bằng,9999,12AB,\n`,
    );
    const before = (await db.db.execute<{ n: number }>(sql`select count(*)::int as n from units.units`))
      .rows[0]?.n;
    const run = await cli('units', 'import', dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /communes_2025\.csv row 3323/);
    assert.match(run.stderr, /nothing was imported/);
    assert.equal(
      (await db.db.execute<{ n: number }>(sql`select count(*)::int as n from units.units`)).rows[0]?.n,
      before,
    );
  });
});
