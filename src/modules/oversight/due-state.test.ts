import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { loadNationalCalendar, type WorkingCalendar } from '../calendar/index.js';
import { DUE_SOON_WORKING_DAYS, dueBounds, readDue } from './due-state.js';

let cal: WorkingCalendar;
before(async () => {
  const loaded = await loadNationalCalendar();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  cal = loaded.value;
});

const open = (deadline: string) => ({ status: 'in_progress' as const, deadline, completionReportedOn: null });

describe('where a task stands against its deadline (working days from the calendar module)', () => {
  it('counts one working day from Monday 23/11/2026 to Wednesday 25/11: Tuesday 24/11 is Culture Day (Resolution 28/2026/QH16)', () => {
    const due = readDue(cal, open('2026-11-25'), '2026-11-23');
    assert.deepEqual(due, { dueState: 'due_soon', workingDaysLeft: 1, workingDaysLate: null });
  });

  it('keeps a task on track while its deadline is more than three working days away', () => {
    assert.equal(readDue(cal, open('2026-11-30'), '2026-11-23').dueState, 'on_track');
    assert.equal(readDue(cal, open('2026-11-27'), '2026-11-23').dueState, 'due_soon');
  });

  it('is not overdue on the deadline day itself: a period ends at the end of its last day (Civil Code art. 148)', () => {
    assert.deepEqual(readDue(cal, open('2026-11-23'), '2026-11-23'), {
      dueState: 'due_soon',
      workingDaysLeft: 0,
      workingDaysLate: null,
    });
  });

  it('counts an open task five working days overdue a week after its Monday deadline', () => {
    assert.deepEqual(readDue(cal, open('2026-11-16'), '2026-11-23'), {
      dueState: 'overdue',
      workingDaysLeft: -5,
      workingDaysLate: 5,
    });
  });

  it('measures a finished task by the day the agency reported completion, against the deadline in force', () => {
    const done = (reported: string) => ({
      status: 'completed' as const,
      deadline: '2026-03-31',
      completionReportedOn: reported,
    });
    assert.equal(readDue(cal, done('2026-03-31'), '2026-11-23').dueState, 'done_on_time');
    // Tuesday 31/3 → Tuesday 21/4/2026: three weeks of working days (15).
    assert.deepEqual(readDue(cal, done('2026-04-21'), '2026-11-23'), {
      dueState: 'done_late',
      workingDaysLeft: null,
      workingDaysLate: 15,
    });
  });

  it('shows a reported completion as awaiting the issuer’s review', () => {
    const reported = {
      status: 'completion_reported' as const,
      deadline: '2026-09-30',
      completionReportedOn: '2026-09-28',
    };
    assert.equal(readDue(cal, reported, '2026-11-23').dueState, 'awaiting_review');
  });

  it('gives list filters the same answer as the task itself, for any day and deadline (dueBounds)', () => {
    const day = fc
      .integer({ min: 0, max: 900 })
      .map((n) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (today, deadline) => {
        const bounds = dueBounds(cal, today);
        const bySql =
          deadline < bounds.today ? 'overdue' : deadline <= bounds.soonUntil ? 'due_soon' : 'on_track';
        assert.equal(bySql, readDue(cal, open(deadline), today).dueState);
      }),
      { numRuns: 300 },
    );
    assert.equal(DUE_SOON_WORKING_DAYS, 3);
  });
});
