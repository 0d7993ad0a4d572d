/**
 * When a period's values are due: the last day of the period plus the resolution's working days, counted on the
 * province's working calendar (Labour Code holidays, Tết, yearly notices, the province's own days off). Only the
 * calendar module knows working days: we ask its `calendarFor` (database-backed, cached by the calendar module).
 */
import type { Executor } from '../../platform/database/connection.js';
import { calendarFor } from '../calendar/index.js';
import { type Period, periodDates } from './periods.js';

/** A function giving the due day of (year, period) for one province and one number of working days. */
export async function reportDeadlines(
  db: Executor,
  provinceCode: string,
  workingDays: number,
): Promise<(year: number, period: Period) => string> {
  const calendar = await calendarFor(db, provinceCode);
  return (year, period) => calendar.addWorkingDays(periodDates(year, period).end, workingDays);
}
