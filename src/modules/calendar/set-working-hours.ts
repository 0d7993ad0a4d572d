/**
 * Set a province's working hours (giờ làm việc): its working periods (default 08:00–12:00 and 13:00–17:00;
 * each agency's hours are its own, RULES.md §3) and the paper cut-off (15:00, Decree 61/2018 art. 18). `null`
 * returns the province to the default. Working-hour durations and the due time of working days follow them.
 * System administrators of that province (or national).
 */
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  type DomainError,
  type FieldError,
  codedFieldError as field,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { isProvince } from './calendar-input.js';
import { bumpRevision, changeCalendar, type StoredHours } from './calendar-store.js';
import { msg } from './messages.js';
import { authorizeCalendarChange } from './policy.js';
import { workingHours } from './schema.js';
import { parseWorkingHours, type WorkingHoursError } from './working-hours.js';

export interface WorkingHoursInput {
  periods: Array<{ start: string; end: string }>;
  /** Default 15:00. */
  paperCutoff?: string | undefined;
}

function hoursFieldError(error: WorkingHoursError, input: WorkingHoursInput): FieldError {
  const index = (value: string, key: 'start' | 'end') => input.periods.findIndex((p) => p[key] === value);
  switch (error.kind) {
    case 'empty':
      return field('periods', msg('calendar.noPeriod'));
    case 'bad_time': {
      const start = index(error.value, 'start');
      if (start >= 0) return field(`periods.${start}.start`, msg('calendar.time'));
      const end = index(error.value, 'end');
      if (end >= 0) return field(`periods.${end}.end`, msg('calendar.time'));
      return field('paperCutoff', msg('calendar.time'));
    }
    case 'bad_period':
      return field(`periods.${index(error.end, 'end')}.end`, msg('calendar.periodEnd'));
    case 'overlapping':
      return field(`periods.${index(error.start, 'start')}.start`, msg('calendar.overlap'));
  }
}

export async function setWorkingHours(
  ctx: Ctx,
  provinceCode: string,
  input: WorkingHoursInput | null,
): Promise<Result<StoredHours | null, DomainError>> {
  const allowed = authorizeCalendarChange(ctx.actor, { action: 'calendar.province.write', provinceCode });
  if (!allowed.ok) return allowed;
  if (!(await isProvince(ctx.db, provinceCode))) return notFound('province', provinceCode);
  let hours: StoredHours | null = null;
  if (input) {
    const parsed = parseWorkingHours(input);
    if (!parsed.ok) {
      return invalidBecause(msg('calendar.hoursInvalid'), [hoursFieldError(parsed.error, input)]);
    }
    hours = {
      periods: input.periods.map((p) => ({ start: p.start, end: p.end })),
      paperCutoff: input.paperCutoff ?? '15:00',
    };
  }
  return changeCalendar(ctx.db, async (tx): Promise<Result<StoredHours | null, DomainError>> => {
    await bumpRevision(tx, ctx.now);
    const [previous] = await tx
      .select()
      .from(workingHours)
      .where(eq(workingHours.provinceCode, provinceCode));
    if (hours) {
      await tx
        .insert(workingHours)
        .values({ provinceCode, ...hours, updatedAt: ctx.now })
        .onConflictDoUpdate({
          target: workingHours.provinceCode,
          set: { periods: hours.periods, paperCutoff: hours.paperCutoff, updatedAt: ctx.now },
        });
    } else {
      await tx.delete(workingHours).where(eq(workingHours.provinceCode, provinceCode));
    }
    await recordAudit(tx, ctx, {
      action: 'calendar.working_hours_set',
      entityType: 'calendar_working_hours',
      entityId: provinceCode,
      provinceCode,
      before: previous ? { periods: previous.periods, paperCutoff: previous.paperCutoff } : null,
      after: hours,
    });
    return ok(hours);
  });
}
