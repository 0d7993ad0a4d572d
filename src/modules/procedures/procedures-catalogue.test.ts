import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { referenceDir } from '../../app/paths.js';
import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import {
  catalogueEntry,
  currentVersion,
  editProcedure,
  getProcedureVersion,
  importPortalExport,
  listVersions,
  searchCatalogue,
  versionInForce,
} from './index.js';

const SAMPLE = readFileSync(path.join(referenceDir, 'procedures', 'tthc_national_portal_2026-06.csv'));

describe('the procedure catalogue against PostgreSQL (module tier)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());
  const ctx = () => systemCtx(db.db, 'test', quietLogger());
  const count = async () =>
    (
      await db.db.execute<{ n: number }>(
        sql`select (select count(*) from procedures.versions)::int + (select count(*) from audit.entries)::int as n`,
      )
    ).rows[0]?.n;

  it('holds the demo catalogue: 2,642 procedures, birth registration at version 2 with every field filled', async () => {
    const [{ n }] = (
      await db.db.execute<{ n: number }>(sql`select count(*)::int as n from procedures.procedures`)
    ).rows as [{ n: number }];
    assert.equal(n, 2642);
    const birth = await catalogueEntry(db.db, '04', '1.001193');
    assert.ok(birth);
    assert.equal(birth.procedure.versionNo, 2);
    assert.deepEqual(birth.procedure.durations.map((d) => [d.channel, d.amount, d.unit]).sort(), [
      ['in_person', 0, 'working_days'],
      ['online', 0, 'working_days'],
      ['post', 0, 'working_days'],
    ]);
    assert.ok(birth.procedure.documents.length >= 2);
    assert.ok(birth.procedure.legalBasis.number && birth.procedure.legalBasis.date);
    assert.equal(birth.procedure.onlineLevel, 'full');
    assert.deepEqual(
      birth.publication.fees.map((f) => f.kind),
      ['exemption', 'fixed', 'table'],
    );
    assert.equal(birth.publication.receiving.mode, 'all_pas_centres');
    assert.equal(
      birth.publication.receiving.count,
      57,
      'the provincial PAS centre and the 56 communes’ (Decree 118/2025)',
    );
    assert.ok(birth.workflow && birth.workflow.steps.length === 4);
    assert.ok(birth.workflow.totalMinutes <= 480);
  });

  it('importing the same file again changes nothing (no version, no audit entry)', async () => {
    const before = await count();
    const result = await importPortalExport(ctx(), { bytes: SAMPLE, sourceName: 'again.csv' });
    assert.ok(result.ok);
    assert.deepEqual([result.value.created, result.value.changed, result.value.unchanged], [0, 0, 2642]);
    assert.equal(await count(), before);
    assert.equal((await currentVersion(db.db, '1.001193'))?.versionNo, 2, 'the edited version stays current');
  });

  it('a changed row becomes a new version; a dossier’s reference to the old version keeps it (issue 5 §1)', async () => {
    const old = await currentVersion(db.db, '1.000110');
    assert.ok(old);
    const text = SAMPLE.toString('utf8').replace(
      /^(1\.000110,"?)Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới/m,
      '$1Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới (sửa đổi)',
    );
    const result = await importPortalExport(ctx(), { bytes: Buffer.from(text), sourceName: 'changed.csv' });
    assert.ok(result.ok);
    assert.deepEqual([result.value.created, result.value.changed], [0, 1]);
    const now = await currentVersion(db.db, '1.000110');
    assert.equal(now?.versionNo, old.versionNo + 1);
    assert.match(now?.name ?? '', /\(sửa đổi\)$/);
    const kept = await getProcedureVersion(db.db, old.id);
    assert.equal(kept?.name, old.name);
    assert.equal(kept?.validTo, now?.validFrom);
    assert.equal((await listVersions(db.db, '1.000110')).length, 2);
  });

  it('editing makes a new version with its legal basis; the version in force before stays readable', async () => {
    const old = await currentVersion(db.db, '1.003583');
    assert.ok(old);
    const edited = await editProcedure(ctx(), '1.003583', {
      baseVersionNo: old.versionNo,
      legalBasis: { number: '99/QĐ-TEST', date: '2026-06-01' },
      validFrom: '2099-01-01',
      changes: { durations: [{ channel: 'in_person', amount: 3, unit: 'working_days' }] },
    });
    assert.ok(edited.ok, JSON.stringify(!edited.ok && edited.error));
    assert.equal(edited.value.versionNo, old.versionNo + 1);
    assert.deepEqual(edited.value.legalBasis, { number: '99/QĐ-TEST', date: '2026-06-01', text: null });
    assert.equal((await versionInForce(db.db, '1.003583', '2098-12-31'))?.id, old.id);
    assert.equal((await versionInForce(db.db, '1.003583', '2099-01-01'))?.id, edited.value.id);
    const stale = await editProcedure(ctx(), '1.003583', {
      baseVersionNo: old.versionNo,
      legalBasis: { number: '100/QĐ-TEST', date: '2026-06-02' },
      changes: { name: 'x' },
    });
    assert.ok(!stale.ok && stale.error.kind === 'conflict');
  });

  it('a malformed file fails whole with row numbers, and nothing is imported', async () => {
    const before = await count();
    const broken = `${SAMPLE.toString('utf8').trimEnd()}\r\nnot-a-code,Thủ tục X,Cấp xã,Hộ tịch,,,,,,,,,\r\n`;
    const result = await importPortalExport(ctx(), {
      bytes: Buffer.from(broken.replace('1.000110', '9.999999')),
      sourceName: 'broken.csv',
    });
    assert.ok(!result.ok && result.error.kind === 'invalid');
    assert.ok(result.error.kind === 'invalid' && result.error.errors?.some((e) => /^row 2644/.test(e.field)));
    assert.equal(await count(), before);
  });

  it('finds birth registration from "dang ky khai sinh" without diacritics, and by field, level, online level', async () => {
    const found = await searchCatalogue(db.db, {
      provinceCode: '04',
      q: 'dang ky khai sinh',
      page: 1,
      pageSize: 10,
    });
    assert.equal(found.items[0]?.code, '1.001193');
    const filtered = await searchCatalogue(db.db, {
      provinceCode: '04',
      q: 'khai sinh',
      field: 'Hộ tịch',
      level: 'commune',
      online: 'full',
      agency: 'commune',
      page: 1,
      pageSize: 10,
    });
    assert.deepEqual(
      filtered.items.map((i) => i.code),
      ['1.001193'],
    );
    const communes = await searchCatalogue(db.db, {
      provinceCode: '04',
      level: 'commune',
      page: 1,
      pageSize: 1,
    });
    const timed = await db.pool.query<{ n: string }>(
      `select count(*) as n from procedures.procedures p
         join procedures.versions v on v.id = p.current_version_id
        where 'commune' = any(v.levels) and jsonb_array_length(v.durations) > 0`,
    );
    assert.equal(
      communes.total,
      Number(timed.rows[0]?.n),
      'every commune-level procedure of the sample that has a processing time (issue 15 §2)',
    );
    assert.ok(communes.total > 350 && communes.total < 588);
  });
});
