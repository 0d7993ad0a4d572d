import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onTimeRate } from './export-rows.js';

/** The CSV conventions themselves are tested with the one writer (src/platform/csv.test.ts). */
describe('oversight export rows', () => {
  it('computes the on-time rate from counts when read, and leaves it empty when nothing is done yet', () => {
    assert.equal(onTimeRate(2, 1), '66.7');
    assert.equal(onTimeRate(0, 0), '');
  });
});
