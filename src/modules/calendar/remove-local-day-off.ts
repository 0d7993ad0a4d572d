/**
 * Remove a province's own day off (a decision withdrawn, or entered by mistake); the day becomes a working
 * day again for the province's dossiers. System administrators of that province (or national).
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, invalidBecause, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import type { LocalDayOffView } from './add-local-day-off.js';
import { checkDate } from './calendar-input.js';
import { bumpRevision, changeCalendar } from './calendar-store.js';
import type { IsoDate } from './dates.js';
import { msg } from './messages.js';
import { authorizeCalendarChange } from './policy.js';
import { days } from './schema.js';

export async function removeLocalDayOff(
  ctx: Ctx,
  input: { provinceCode: string; date: IsoDate },
): Promise<Result<LocalDayOffView, DomainError>> {
  const allowed = authorizeCalendarChange(ctx.actor, {
    action: 'calendar.province.write',
    provinceCode: input.provinceCode,
  });
  if (!allowed.ok) return allowed;
  const bad = checkDate('date', input.date);
  if (bad) return invalidBecause(msg('calendar.dayInvalid'), [bad]);
  return changeCalendar(ctx.db, async (tx): Promise<Result<LocalDayOffView, DomainError>> => {
    await bumpRevision(tx, ctx.now);
    const [removed] = await tx
      .delete(days)
      .where(
        and(
          eq(days.provinceCode, input.provinceCode),
          eq(days.date, input.date),
          eq(days.kind, 'local_day_off'),
        ),
      )
      .returning();
    if (!removed) return notFound('local day off', `${input.provinceCode}:${input.date}`);
    const day: LocalDayOffView = {
      provinceCode: input.provinceCode,
      date: removed.date,
      name: removed.name,
      source: removed.source,
      provisional: removed.provisional,
    };
    await recordAudit(tx, ctx, {
      action: 'calendar.local_day_off_removed',
      entityType: 'calendar_day',
      entityId: `${input.provinceCode}:${input.date}`,
      provinceCode: input.provinceCode,
      before: day,
    });
    return ok(day);
  });
}
