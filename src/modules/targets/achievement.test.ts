import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { achievementAt, assess, planReference, type TargetRule } from './achievement.js';
import { compare, normalise, percentOf, toDecimalText } from './decimal.js';
import { comparePeriods, PERIODS, periodDates } from './periods.js';
import { valueProblem } from './value-bounds.js';

const rule = (r: Partial<TargetRule> & Pick<TargetRule, 'kind'>): TargetRule => ({
  planLow: null,
  planHigh: null,
  strict: false,
  tolerance: null,
  preferred: 'none',
  measure: 'share',
  accumulates: false,
  ...r,
});

describe('achievement rules per kind of target (issue 9, Targets §3)', () => {
  it('a range "GRDP growth 11–12%": inside met, above exceeded (higher is better), below not met', () => {
    const growth = rule({
      kind: 'range',
      planLow: '11',
      planHigh: '12',
      preferred: 'higher',
      measure: 'change',
    });
    assert.equal(assess(growth, '11', null), 'met');
    assert.equal(assess(growth, '12.0', null), 'met');
    assert.equal(assess(growth, '12.5', null), 'exceeded');
    assert.equal(assess(growth, '7.1', null), 'not_met');
  });

  it('a structure range "agriculture 25–26%" with neither way better: outside either end is not met', () => {
    const share = rule({ kind: 'range', planLow: '25', planHigh: '26' });
    assert.equal(assess(share, '25.5', null), 'met');
    assert.equal(assess(share, '26.1', null), 'not_met');
    assert.equal(assess(share, '24.9', null), 'not_met');
    assert.equal(planReference(share), null, 'percent of plan means nothing for a structure share');
  });

  it('a minimum "budget revenue ≥ 4,000 bn": equal met, above exceeded, below not met; "> X" only above', () => {
    const revenue = rule({ kind: 'at_least', planLow: '4000', preferred: 'higher', measure: 'amount' });
    assert.equal(assess(revenue, '4000', null), 'met');
    assert.equal(assess(revenue, '4512', null), 'exceeded');
    assert.equal(assess(revenue, '3999.9', null), 'not_met');
    const strict = { ...revenue, strict: true };
    assert.equal(assess(strict, '4000', null), 'not_met');
    assert.equal(assess(strict, '4000.1', null), 'met');
  });

  it('a maximum "poverty rate < 4%": only below is met; "≤ 4%" also at 4, below exceeded', () => {
    const poverty = rule({ kind: 'at_most', planHigh: '4', preferred: 'lower', strict: true });
    assert.equal(assess(poverty, '4', null), 'not_met');
    assert.equal(assess(poverty, '3.2', null), 'met');
    const atMost = { ...poverty, strict: false };
    assert.equal(assess(atMost, '4', null), 'met');
    assert.equal(assess(atMost, '3.2', null), 'exceeded');
    assert.equal(assess(atMost, '4.1', null), 'not_met');
  });

  it('one value "≈ 22,900 bn" (higher better): within tolerance met, above exceeded, below not met', () => {
    const investment = rule({
      kind: 'exact',
      planLow: '22900',
      tolerance: '100',
      preferred: 'higher',
      measure: 'amount',
    });
    assert.equal(assess(investment, '22850', null), 'met');
    assert.equal(assess(investment, '23500', null), 'exceeded');
    assert.equal(assess(investment, '21850', null), 'not_met');
  });

  it('a direction only "more new-rural communes": compared with the same period a year earlier', () => {
    const communes = rule({ kind: 'direction', preferred: 'higher', measure: 'count' });
    assert.equal(assess(communes, '40', '37'), 'met');
    assert.equal(assess(communes, '37', '37'), 'not_met');
    assert.equal(assess(communes, '40', null), 'no_baseline');
  });

  it('reads "11" and "11.0000" as the same number, and percentages of plan at read time', () => {
    assert.equal(compare('11', '11.0000'), 0);
    assert.equal(normalise('11.5000'), '11.5');
    assert.equal(percentOf('3312', '5613'), 59);
    assert.equal(percentOf('1299', '896'), 144.97);
    assert.equal(toDecimalText(1e21), null);
    assert.equal(toDecimalText('1.23456'), null);
    assert.equal(toDecimalText(6.52), '6.52');
  });

  it('at the due period a value is assessed; with none it is not yet due until its report deadline, then missing', () => {
    const growth = rule({
      kind: 'range',
      planLow: '11',
      planHigh: '12',
      preferred: 'higher',
      measure: 'change',
    });
    const base = {
      rule: growth,
      firstYear: 2024,
      dueYear: 2024,
      year: 2024,
      period: 'Y' as const,
      previous: '8',
      reportDue: '2025-01-08',
    };
    assert.equal(achievementAt({ ...base, value: '7.33', today: '2025-02-01' }).state, 'not_met');
    assert.equal(achievementAt({ ...base, value: null, today: '2025-01-08' }).state, 'not_yet_due');
    assert.equal(achievementAt({ ...base, value: null, today: '2025-01-09' }).state, 'no_value');
    const nine = achievementAt({ ...base, period: '9M', value: '6.9', today: '2025-02-01' });
    assert.deepEqual([nine.role, nine.state, nine.reading], ['interim', 'not_yet_due', 'not_met']);
    assert.deepEqual(nine.trend, { previous: '8', change: '-1.1', improved: false });
  });

  it('reads a cumulative flow before year end only as a percentage of the year’s plan', () => {
    const revenue = rule({
      kind: 'at_least',
      planLow: '5613',
      preferred: 'higher',
      measure: 'amount',
      accumulates: true,
    });
    const a = achievementAt({
      rule: revenue,
      firstYear: 2025,
      dueYear: 2025,
      year: 2025,
      period: '9M',
      value: '3312',
      previous: '1960',
      reportDue: '2025-10-07',
      today: '2025-10-20',
    });
    assert.deepEqual([a.state, a.reading, a.percentOfPlan], ['not_yet_due', null, 59]);
    assert.equal(a.trend?.improved, true);
  });

  it('refuses values a measure cannot take: a share of 140%, a negative amount, a fractional count', () => {
    assert.match(valueProblem('share', '140', '%') ?? '', /between 0 and 100/);
    assert.equal(valueProblem('change', '104', '%'), null, 'tourism revenue +104% is a change, not a share');
    assert.match(valueProblem('amount', '-1', 'tỷ đồng') ?? '', /not negative/);
    assert.match(valueProblem('count', '3.5', 'xã') ?? '', /whole numbers/);
  });

  it('orders periods by their end, and every period lies inside its year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...PERIODS), (year, period) => {
        const { start, end } = periodDates(year, period);
        return start <= end && start.startsWith(`${year}-`) && end.startsWith(`${year}-`);
      }),
    );
    assert.deepEqual(
      ['Y', '9M', 'Q3', 'M09', 'H1'].sort((a, b) => comparePeriods(a as never, b as never)),
      ['H1', '9M', 'Q3', 'M09', 'Y'],
    );
    assert.equal(periodDates(2024, 'M02').end, '2024-02-29');
  });
});
