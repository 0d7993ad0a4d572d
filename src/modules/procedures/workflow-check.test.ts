import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DURATION_UNITS, type DurationUnit } from '../calendar/index.js';
import {
  checkWorkflowTimes,
  fewestWorkingDays,
  statutoryBudgetMinutes,
  WORKING_DAY_MINUTES,
} from './workflow-check.js';
import { TEMPLATES, templateSteps } from './workflow-templates.js';

const wd = (amount: number) => ({ amount, unit: 'working_days' as const });
const hours = (amount: number) => ({ amount, unit: 'working_hours' as const });

describe('a workflow’s step times add up to no more than the statutory duration (issue 5 §3, §6)', () => {
  it('accepts 1 + 10 + 3 + 1 working days under 15 working days, and refuses 1 day more', () => {
    const statutory = [{ channel: 'in_person' as const, ...wd(15) }];
    assert.equal(checkWorkflowTimes(statutory, [wd(1), wd(10), wd(3), wd(1)]).ok, true);
    const over = checkWorkflowTimes(statutory, [wd(1), wd(11), wd(3), wd(1)]);
    assert.equal(over.ok, false);
    assert.deepEqual(over.problems, [
      { kind: 'exceeds', totalMinutes: 16 * 480, budgetMinutes: 15 * 480, channel: 'in_person' },
    ]);
  });

  it('holds the workflow to the tightest channel: 15 days in person, 10 online → 10', () => {
    const statutory = [
      { channel: 'in_person' as const, ...wd(15) },
      { channel: 'online' as const, ...wd(10) },
    ];
    const check = checkWorkflowTimes(statutory, [wd(12)]);
    assert.equal(check.ok, false);
    assert.equal(check.channel, 'online');
  });

  it('converts half days and hours exactly: 2 half days + 8 hours = 2 working days', () => {
    const check = checkWorkflowTimes(
      [{ channel: 'online', ...wd(2) }],
      [{ amount: 2, unit: 'half_working_days' }, hours(8)],
    );
    assert.deepEqual([check.ok, check.totalMinutes, check.budgetMinutes], [true, 960, 960]);
  });

  it('allows only the fewest working days a calendar period surely holds (Civil Code art. 147–148; weekends out)', () => {
    // 2 calendar days from a Friday: Saturday, Sunday → runs on to Monday (art. 148(5)): 1 working day.
    assert.deepEqual([1, 2, 3, 7, 10, 30].map(fewestWorkingDays), [1, 1, 1, 5, 6, 21]);
    assert.equal(statutoryBudgetMinutes({ amount: 30, unit: 'calendar_days' }), 21 * WORKING_DAY_MINUTES);
    assert.equal(statutoryBudgetMinutes({ amount: 1, unit: 'months' }), 20 * WORKING_DAY_MINUTES);
    assert.equal(
      checkWorkflowTimes([{ channel: 'post', amount: 30, unit: 'calendar_days' }], [wd(21)]).ok,
      true,
    );
    assert.equal(
      checkWorkflowTimes([{ channel: 'post', amount: 30, unit: 'calendar_days' }], [wd(22)]).ok,
      false,
    );
  });

  it('cannot pass without a statutory duration, without steps, or with a step of no time', () => {
    assert.deepEqual(checkWorkflowTimes([], [wd(1)]).problems, [{ kind: 'no_statutory_duration' }]);
    assert.deepEqual(checkWorkflowTimes([{ channel: 'online', ...wd(1) }], []).problems, [
      { kind: 'no_steps' },
    ]);
    assert.equal(
      checkWorkflowTimes([{ channel: 'online', ...wd(1) }], [wd(0)]).problems[0]?.kind,
      'invalid_step_time',
    );
    assert.equal(
      checkWorkflowTimes([{ channel: 'online', ...wd(3) }], [{ amount: 1.5, unit: 'working_days' }])
        .problems[0]?.kind,
      'invalid_step_time',
    );
  });
});

describe('default templates (quy trình mẫu) fit any statutory duration they are made for', () => {
  it('shares even a statutory hour among five steps, in whole minutes, none empty', () => {
    const steps = templateSteps('department_decides', 60);
    assert.deepEqual(
      steps.map((s) => Math.round(s.time.amount * 60)),
      [5, 30, 15, 5, 5],
    );
  });

  it('fills every template for 15 working days with steps summing to 15 days or less, none empty', () => {
    for (const kind of TEMPLATES) {
      const steps = templateSteps(kind, 15 * WORKING_DAY_MINUTES, 'x');
      const check = checkWorkflowTimes(
        [{ channel: 'in_person', ...wd(15) }],
        steps.map((s) => s.time),
      );
      assert.ok(check.ok, `${kind}: ${JSON.stringify(check.problems)}`);
      assert.ok(steps.every((s) => s.time.amount > 0));
    }
  });

  it('property: for any statutory duration ≥ 1 working hour, every template passes its own check', () => {
    const unit = fc.constantFrom<DurationUnit>(...DURATION_UNITS);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        unit,
        fc.constantFrom(...TEMPLATES),
        (amount, u, kind) => {
          const statutory = [{ channel: 'online' as const, amount, unit: u }];
          const budget = statutoryBudgetMinutes({ amount, unit: u });
          fc.pre(budget >= 60);
          const steps = templateSteps(kind, budget, 'agency');
          const check = checkWorkflowTimes(
            statutory,
            steps.map((s) => s.time),
          );
          assert.ok(check.ok, JSON.stringify({ amount, u, kind, steps, problems: check.problems }));
        },
      ),
    );
  });
});
