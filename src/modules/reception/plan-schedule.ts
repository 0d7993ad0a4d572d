/**
 * Lịch tiếp công dân — a unit's leaders publish who receives citizens, when and where (Decree 154/2026 art.
 * 29(1)(d): posted publicly and on the portal; Law 42/2013 art. 12(5), 15(2), 18(2) set how often). Anyone reads
 * the published schedule without signing in.
 */
import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import {
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findUnit, findUnits } from '../units/index.js';
import { msg } from './messages.js';
import type { Mode, SessionKind } from './model.js';
import { decideReception } from './policy.js';
import { schedules } from './schema.js';

export interface ScheduleInput {
  unitCode: string;
  receiverName: string;
  receiverTitle: string;
  kind: SessionKind;
  mode: Mode;
  startsAt: Date;
  endsAt: Date;
  location: string;
  note?: string | undefined;
}

export interface ScheduleView {
  id: string;
  provinceCode: string;
  unitCode: string;
  unitName: string;
  receiverName: string;
  receiverTitle: string;
  kind: SessionKind;
  mode: Mode;
  startsAt: Date;
  endsAt: Date;
  location: string;
  note: string | null;
  cancelled: boolean;
  cancelReason: string | null;
}

const clean = (text: string | undefined) => (text?.trim() ? nfc(text.trim()) : null);

export async function planSchedule(ctx: Ctx, input: ScheduleInput): Promise<Result<ScheduleView>> {
  const unit = await findUnit(ctx.db, input.unitCode, input.startsAt);
  if (!unit)
    return invalidBecause(msg('reception.unknownUnit', { code: input.unitCode }), [
      fieldError('unitCode', msg('reception.unknownUnit', { code: input.unitCode })),
    ]);
  const ref = { unitCode: unit.code, provinceCode: unit.provinceCode };
  if (decideReception(ctx.actor, 'schedule', ref) !== 'allow')
    return forbiddenBecause(msg('reception.notYourUnit'));
  if (input.endsAt.getTime() <= input.startsAt.getTime())
    return invalidBecause(msg('reception.endsBeforeStart'), [
      fieldError('endsAt', msg('reception.endsBeforeStart')),
    ]);
  const row = {
    id: newId(),
    provinceCode: unit.provinceCode,
    unitCode: unit.code,
    receiverName: nfc(input.receiverName.trim()),
    receiverTitle: nfc(input.receiverTitle.trim()),
    kind: input.kind,
    mode: input.mode,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    location: nfc(input.location.trim()),
    note: clean(input.note),
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.kind,
    createdAt: ctx.now,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(schedules).values(row);
    await recordAudit(tx, ctx, {
      action: 'reception.schedule_published',
      entityType: 'reception_schedule',
      entityId: row.id,
      provinceCode: unit.provinceCode,
      after: { unitCode: unit.code, receiver: row.receiverName, startsAt: row.startsAt.toISOString() },
    });
  });
  return ok({ ...row, unitName: unit.name, cancelled: false, cancelReason: null });
}

/** Hủy lịch — a slot cancelled stays published as cancelled, with the reason, so no citizen comes in vain. */
export async function cancelSchedule(ctx: Ctx, id: string, reason: string): Promise<Result<{ id: string }>> {
  const [row] = await ctx.db.select().from(schedules).where(eq(schedules.id, id));
  if (!row) return notFound('reception schedule', id);
  const decision = decideReception(ctx.actor, 'schedule', row);
  if (decision === 'hide') return notFound('reception schedule', id);
  if (decision === 'deny') return forbiddenBecause(msg('reception.notYourUnit'));
  if (row.cancelledAt) return invalidBecause(msg('reception.alreadyCancelled'));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(schedules)
      .set({ cancelledAt: ctx.now, cancelReason: nfc(reason.trim()) })
      .where(and(eq(schedules.id, id), isNull(schedules.cancelledAt)));
    await recordAudit(tx, ctx, {
      action: 'reception.schedule_cancelled',
      entityType: 'reception_schedule',
      entityId: id,
      provinceCode: row.provinceCode,
      after: { reason: nfc(reason.trim()) },
    });
  });
  return ok({ id });
}

/** The published schedule of a province (or one of its units) between two instants, in time order. */
export async function listSchedule(
  ctx: Ctx,
  input: { provinceCode: string; unitCode?: string | undefined; from: Date; to: Date },
): Promise<Result<ScheduleView[]>> {
  const rows = await ctx.db
    .select()
    .from(schedules)
    .where(
      and(
        eq(schedules.provinceCode, input.provinceCode),
        input.unitCode ? eq(schedules.unitCode, input.unitCode) : sql`true`,
        gte(schedules.startsAt, input.from),
        lt(schedules.startsAt, input.to),
      ),
    )
    .orderBy(asc(schedules.startsAt))
    .limit(500);
  const units = await findUnits(
    ctx.db,
    rows.map((r) => r.unitCode),
  );
  return ok(
    rows.map((r) => ({
      id: r.id,
      provinceCode: r.provinceCode,
      unitCode: r.unitCode,
      unitName: units.get(r.unitCode)?.name ?? r.unitCode,
      receiverName: r.receiverName,
      receiverTitle: r.receiverTitle,
      kind: r.kind,
      mode: r.mode,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      location: r.location,
      note: r.note,
      cancelled: r.cancelledAt !== null,
      cancelReason: r.cancelReason,
    })),
  );
}
