import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { rollUpToCurrent } from './index.js';

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
});
