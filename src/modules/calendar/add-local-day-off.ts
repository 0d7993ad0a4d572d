/**
 * Add a province's own day off (e.g. the anniversary of the province's founding, by a decision of the
 * provincial People's Committee) on top of the national calendar. The province's dossiers then skip that day.
 * System administrators of that province (or national).
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { newId } from '../../platform/ids.js';
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
import { checkDate, isProvince, isWeeklyRestDay, text } from './calendar-input.js';
import { bumpRevision, changeCalendar, loadCalendar } from './calendar-store.js';
import { type IsoDate, yearOf } from './dates.js';
import { msg } from './messages.js';
import { authorizeCalendarChange } from './policy.js';
import { days } from './schema.js';

export interface LocalDayOffInput {
  provinceCode: string;
  date: IsoDate;
  name: string;
  /** The province's decision, e.g. `Quyết định 123/QĐ-UBND (01/02/2025)`. */
  source: string;
  provisional?: boolean | undefined;
}

export interface LocalDayOffView {
  provinceCode: string;
  date: IsoDate;
  name: string;
  source: string;
  provisional: boolean;
}

export async function addLocalDayOff(
  ctx: Ctx,
  input: LocalDayOffInput,
): Promise<Result<LocalDayOffView, DomainError>> {
  const allowed = authorizeCalendarChange(ctx.actor, {
    action: 'calendar.province.write',
    provinceCode: input.provinceCode,
  });
  if (!allowed.ok) return allowed;
  if (!(await isProvince(ctx.db, input.provinceCode))) return notFound('province', input.provinceCode);
  const errors: FieldError[] = [];
  const name = text(input.name);
  const source = text(input.source);
  const bad = checkDate('date', input.date);
  if (bad) errors.push(bad);
  else if (isWeeklyRestDay(input.date)) {
    errors.push(field('date', msg('calendar.weekend')));
  }
  if (name === null) errors.push(field('name', msg('calendar.required')));
  if (source === null) errors.push(field('source', msg('calendar.decisionRequired')));
  if (errors.length > 0) return invalidBecause(msg('calendar.dayInvalid'), errors);

  const day: LocalDayOffView = {
    provinceCode: input.provinceCode,
    date: input.date,
    name: name!,
    source: source!,
    provisional: input.provisional ?? false,
  };
  return changeCalendar(ctx.db, async (tx): Promise<Result<LocalDayOffView, DomainError>> => {
    await bumpRevision(tx, ctx.now); // serialises with other calendar changes before the checks below
    const national = (await loadCalendar(tx, null)).calendar;
    const already = national.dayOff(day.date);
    if (already) {
      const params = { date: formatDay(day.date), name: already.name };
      return invalidBecause(msg('calendar.alreadyNationalDetail', params), [
        field('date', msg('calendar.alreadyNational', params)),
      ]);
    }
    const [existing] = await tx
      .select({ name: days.name })
      .from(days)
      .where(and(eq(days.provinceCode, day.provinceCode), eq(days.date, day.date)));
    if (existing) {
      const params = { date: formatDay(day.date), name: existing.name };
      return invalidBecause(msg('calendar.alreadyLocalDetail', params), [
        field('date', msg('calendar.alreadyLocal', params)),
      ]);
    }
    await tx.insert(days).values({
      id: newId(),
      date: day.date,
      year: yearOf(day.date),
      provinceCode: day.provinceCode,
      kind: 'local_day_off',
      reason: null,
      name: day.name,
      source: day.source,
      noticeId: null,
      provisional: day.provisional,
      origin: 'admin',
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'calendar.local_day_off_added',
      entityType: 'calendar_day',
      entityId: `${day.provinceCode}:${day.date}`,
      provinceCode: day.provinceCode,
      after: day,
    });
    return ok(day);
  });
}
