import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

describe('tinhso dossiers (issue 6 §7)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url });
  const count = async () =>
    Number((await db.pool.query('select count(*) n from dossiers.dossiers')).rows[0].n);

  it('generates more demo dossiers through the same batch core as the API', async () => {
    const before = await count();
    const run = await cli('dossiers', 'generate', '--count', '60', '--days', '30', '--seed', '7', '--json');
    assert.equal(run.code, 0, run.stderr);
    const made = await count();
    assert.ok(made > before && made <= before + 60, `${before} → ${made}`);
    const codes = await db.pool.query(
      `select count(*) n, count(distinct code) d from dossiers.dossiers where code is not null`,
    );
    assert.equal(codes.rows[0].n, codes.rows[0].d, 'dossier codes stay unique');
  });

  it('makes more with `tinhso demo --dossiers N` when the demo exists, and refuses a bad count', async () => {
    const before = await count();
    const run = await cli('demo', '--dossiers', '40');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Demo province 04: \d+ demo dossiers/);
    const made = await count();
    assert.ok(made > before && made <= before + 40, `${before} → ${made}`);
    const bad = await cli('demo', '--dossiers', 'many');
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /--dossiers takes a whole number/);
    assert.equal(await count(), made, 'nothing changed');
  });

  it('creates the demo province with N dossiers on a database without one (`tinhso demo --dossiers N`)', async () => {
    const empty = await createTestDatabase('empty');
    try {
      const run = await runCli(['demo', '--dossiers', '30'], { DATABASE_URL: empty.url });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Demo province 04: admin/);
      const n = Number((await empty.pool.query('select count(*) n from dossiers.dossiers')).rows[0].n);
      assert.ok(n > 0 && n <= 30, `${n} demo dossiers`);
    } finally {
      await empty.drop();
    }
  });

  it('sets an agency’s QCVN 102 code, refusing a malformed one (RULES.md §1.4)', async () => {
    const agency = (
      await db.pool.query(
        `select id from units.agencies where province_code = '04' and kind = 'pas_centre' limit 1`,
      )
    ).rows[0];
    const bad = await cli('dossiers', 'set-agency-code', agency.id, 'H11');
    assert.equal(bad.code, 2, bad.stderr);
    // Told in Vietnamese by default (issue 15 §2), with the field and its reason.
    assert.match(bad.stderr, /Mã cơ quan theo QCVN 102 có dạng .*code: không phải mã theo QCVN 102/);
    const good = await cli('dossiers', 'set-agency-code', agency.id, '000.09.99.H11', '--json');
    assert.equal(good.code, 0, good.stderr);
    assert.equal(JSON.parse(good.stdout).code, '000.09.99.H11');
    const audit = await db.pool.query(
      `select count(*) n from audit.entries where action = 'units.agency_code_set' and entity_id = $1`,
      [agency.id],
    );
    assert.ok(Number(audit.rows[0].n) >= 1, 'audited');
  });
});
