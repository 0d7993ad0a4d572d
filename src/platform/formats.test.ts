import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCount, formatDay, formatDecimal, formatPercent, formatPeriod } from './formats.js';

describe('Vietnamese formats in exports (issue 15 §7)', () => {
  it('writes numbers and shares the Vietnamese way, and the English way on request', () => {
    assert.equal(formatCount(1000), '1.000');
    assert.equal(formatCount(1000, 'en'), '1,000');
    assert.equal(formatDecimal(6.573), '6,6');
    assert.equal(formatPercent(0.7512), '75,1 %');
    assert.equal(formatPercent(0.7512, 'en'), '75.1%');
    assert.equal(formatDay('2026-12-07'), '07/12/2026');
  });

  it('names periods as a Vietnamese report does', () => {
    assert.equal(formatPeriod('2026-Q4'), 'Quý IV/2026');
    assert.equal(formatPeriod('2026-Q4', 'en'), 'Q4 2026');
    assert.equal(formatPeriod('2025'), 'Năm 2025');
    assert.equal(formatPeriod('2026-07'), 'Tháng 7/2026');
    assert.equal(formatPeriod('2026-07', 'en'), 'July 2026');
    assert.equal(formatPeriod('2025-01-01..2025-09-30'), '9 tháng đầu năm 2025');
    assert.equal(formatPeriod('2025-01-01..2025-09-30', 'en'), 'First 9 months of 2025');
    assert.equal(formatPeriod('2025-02-01..2025-09-30'), '01/02/2025 – 30/09/2025');
  });
});
