/**
 * Where a task stands against its deadline, computed at read time from the working-day calendar (never
 * stored). The deadline is a date: work done on that day is on time (Civil Code 2015 art. 148(5) reading of
 * "within a period": the period ends at the end of its last day).
 *
 * - open tasks (assigned, in progress): `overdue` after the deadline; `due_soon` when the deadline is at most
 *   DUE_SOON_WORKING_DAYS working days away; `on_track` otherwise;
 * - a reported completion awaiting the issuer's review: `awaiting_review`;
 * - completed: `done_on_time` or `done_late`, by the day the lead agency reported completion against the
 *   deadline in force (an extension the issuer granted moves it; the original deadline stays on record).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import type { TaskStatus } from './schema.js';

export const DUE_STATES = [
  'on_track',
  'due_soon',
  'overdue',
  'awaiting_review',
  'done_on_time',
  'done_late',
] as const;
export type DueState = (typeof DUE_STATES)[number];

/** "Due soon" on the task lists: the deadline within this many working days (the default reminder step). */
export const DUE_SOON_WORKING_DAYS = 3;

export interface DueReading {
  dueState: DueState;
  /** Working days from today to the deadline for an open task (0 on the day; negative once overdue). */
  workingDaysLeft: number | null;
  /** Working days past the deadline: of an overdue open task today, or of a late completion report. */
  workingDaysLate: number | null;
}

export interface DueInput {
  status: TaskStatus;
  deadline: string;
  completionReportedOn: string | null;
}

export function isOpen(status: TaskStatus): boolean {
  return status === 'assigned' || status === 'in_progress';
}

export function readDue(cal: WorkingCalendar, task: DueInput, today: string): DueReading {
  if (isOpen(task.status)) {
    const left = cal.workingDaysBetween(today, task.deadline);
    if (today > task.deadline) {
      return { dueState: 'overdue', workingDaysLeft: left, workingDaysLate: -left };
    }
    return {
      dueState: left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track',
      workingDaysLeft: left,
      workingDaysLate: null,
    };
  }
  const reported = task.completionReportedOn ?? today;
  const late = reported > task.deadline ? cal.workingDaysBetween(task.deadline, reported) : 0;
  if (task.status === 'completion_reported') {
    return { dueState: 'awaiting_review', workingDaysLeft: null, workingDaysLate: late || null };
  }
  return {
    dueState: reported > task.deadline ? 'done_late' : 'done_on_time',
    workingDaysLeft: null,
    workingDaysLate: reported > task.deadline ? late : null,
  };
}

/**
 * The deadline dates that bound each open due state today, so lists can filter in SQL:
 * overdue ⇔ deadline < today; due soon ⇔ today ≤ deadline ≤ soonUntil; on track ⇔ deadline > soonUntil.
 */
export function dueBounds(cal: WorkingCalendar, today: string): { today: string; soonUntil: string } {
  // The last day whose working-day distance from today is ≤ DUE_SOON: the day before the next working day after.
  const firstBeyond = cal.addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1);
  const previous = new Date(`${firstBeyond}T00:00:00Z`);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return { today, soonUntil: previous.toISOString().slice(0, 10) };
}
