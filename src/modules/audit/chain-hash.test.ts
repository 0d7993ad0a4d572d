import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainOf, contentDigest, legacyEntryHash } from './chain-hash.js';

const entry = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  at: new Date('2026-11-01T08:00:07.123Z'),
  actorId: null,
  actorLabel: 'system:legacy',
  action: 'test.legacy',
  entityType: 'thing',
  entityId: '7',
  provinceCode: '22',
  requestId: 'legacy-7',
  before: { value: 7, nested: { b: 1, a: 'Cô Tô' } },
  after: { value: 8 },
};

describe('audit chain hashes (ADR 0014)', () => {
  it('hashes a legacy entry exactly as the single-chain code did (vector from commit ff0df0c)', () => {
    assert.equal(
      legacyEntryHash({ ...entry, seq: 7, prevHash: 'ab'.repeat(32) }),
      '9f2a002ea37b570ebf639d6f9f41789489c2f77e354e520544bb453c092dfa2a',
    );
  });

  it('puts an entry in its province’s chain, or the national one', () => {
    assert.equal(chainOf('22'), '22');
    assert.equal(chainOf(null), 'VN');
    assert.equal(chainOf(undefined), 'VN');
    assert.equal(chainOf('VN'), 'VN');
  });

  it('covers the chain in the content digest, so an entry cannot move to another chain', () => {
    assert.notEqual(contentDigest({ ...entry, chain: '22' }), contentDigest({ ...entry, chain: '01' }));
  });
});
