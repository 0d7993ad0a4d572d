import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadNationalCalendar, type WorkingCalendar } from '../calendar/index.js';
import { checkLadder, DEFAULT_LADDER, stepDate, stepsDue } from './ladder.js';

let cal: WorkingCalendar;
before(async () => {
  const loaded = await loadNationalCalendar();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  cal = loaded.value;
});

const due = (deadline: string, today: string) =>
  stepsDue(cal, DEFAULT_LADDER, deadline, today).map((s) => s.step);

describe('the escalation ladder (reminder → agency head → issuing leader), in working days', () => {
  it('reminds the agency three working days before a deadline, skipping Culture Day 24/11/2026', () => {
    assert.equal(stepDate(cal, '2026-11-26', -3), '2026-11-20');
    assert.deepEqual(due('2026-11-26', '2026-11-19'), []);
    assert.deepEqual(due('2026-11-26', '2026-11-20'), ['reminder']);
  });

  it('notifies the agency head one working day after the deadline and lists the task to the issuer after five', () => {
    assert.deepEqual(due('2026-11-16', '2026-11-16'), ['reminder']);
    assert.deepEqual(due('2026-11-16', '2026-11-17'), ['agency_head']);
    assert.deepEqual(due('2026-11-16', '2026-11-20'), ['agency_head']);
    assert.deepEqual(due('2026-11-16', '2026-11-23'), ['agency_head', 'issuer']);
  });

  it('catches up on every late step after a pause, but does not remind of a deadline already past', () => {
    const steps = stepsDue(cal, DEFAULT_LADDER, '2026-06-30', '2026-11-23');
    assert.deepEqual(
      steps.map((s) => s.step),
      ['agency_head', 'issuer'],
    );
    assert.ok(steps.every((s) => s.workingDaysFromDeadline > 5));
  });

  it('refuses a ladder with repeated steps, steps out of order or offsets out of range', () => {
    assert.deepEqual(checkLadder(DEFAULT_LADDER), []);
    const fields = checkLadder([
      { step: 'a', offsetWorkingDays: 2, audience: 'agency' },
      { step: 'a', offsetWorkingDays: 1, audience: 'issuer' },
      { step: 'Bad Key', offsetWorkingDays: 500, audience: 'issuer' },
    ]).map((e) => e.field);
    assert.deepEqual(fields, [
      'steps.1.step',
      'steps.1.offsetWorkingDays',
      'steps.2.step',
      'steps.2.offsetWorkingDays',
    ]);
    assert.deepEqual(
      checkLadder([]).map((e) => e.field),
      ['steps'],
    );
  });
});
