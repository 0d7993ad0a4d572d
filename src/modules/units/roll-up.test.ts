import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { provinceMergers, rollUpToCurrent, traceLineage } from './index.js';

describe('rolling old unit codes up to the 2025 units (issue 3 §2)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(() => db.drop());

  it('keeps a current code, follows a whole merger to one unit, lists every unit of a split, and never guesses', async () => {
    const rolled = await rollUpToCurrent(db.db, ['01273', '00556', '03796', '99999']);
    assert.deepEqual(rolled.get('01273'), { current: ['01273'], relation: 'current' });
    assert.deepEqual(rolled.get('00556'), { current: ['00541', '00562'], relation: 'part' });
    assert.equal(rolled.get('03796')?.current.length, 1);
    assert.equal(rolled.get('03796')?.relation, 'whole');
    assert.deepEqual(rolled.get('99999'), { current: [], relation: 'unknown' });
  });

  it('rolls every pre-2025 province up to one of the 34 of Resolution 202/2025/QH15, both ways (issue 24 §4)', async () => {
    const mergers = provinceMergers();
    assert.equal(mergers.length, 34);
    const old = mergers.flatMap((m) => m.oldCodes);
    assert.equal(new Set(old).size, 63, 'each of the 63 old provinces in exactly one new one');
    const rolled = await rollUpToCurrent(db.db, ['02', '08', '64']);
    assert.deepEqual(rolled.get('02'), { current: ['08'], relation: 'whole' }, 'Hà Giang → Tuyên Quang');
    assert.deepEqual(rolled.get('08'), { current: ['08'], relation: 'current' });
    assert.deepEqual(
      rolled.get('64'),
      { current: ['52'], relation: 'whole' },
      'Gia Lai (old 64) → Gia Lai 52',
    );
    const haGiang = await traceLineage(db.db, '02');
    assert.deepEqual(
      haGiang.successors.map((l) => [l.oldName, l.newCode, l.newName, l.relation, l.resolution]),
      [['Tỉnh Hà Giang', '08', 'Tỉnh Tuyên Quang', 'whole', 'Nghị quyết 202/2025/QH15']],
    );
    assert.equal(haGiang.legacyUnit?.name, 'Tỉnh Hà Giang');
    const tuyenQuang = await traceLineage(db.db, '08');
    assert.deepEqual(tuyenQuang.predecessors.map((l) => l.oldCode).sort(), ['02', '08']);
    const phuTho = await traceLineage(db.db, '25');
    assert.deepEqual(
      phuTho.predecessors.map((l) => l.oldName).sort(),
      ['Tỉnh Hoà Bình', 'Tỉnh Phú Thọ', 'Tỉnh Vĩnh Phúc'],
      'the old names as the pre-2025 table spells them',
    );
  });
});
