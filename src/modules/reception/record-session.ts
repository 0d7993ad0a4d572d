/**
 * Buổi tiếp công dân — a reception session held by a leader (or the reception board), from a published slot
 * or ad hoc (Law 42/2013 art. 18(3)); the register rows of the session hang from it.
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { fieldError, forbiddenBecause, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { localDate } from '../calendar/index.js';
import { grantCovers, loadUser } from '../identity/index.js';
import { findUnit } from '../units/index.js';
import { msg } from './messages.js';
import type { Mode, SessionKind } from './model.js';
import { decideReception } from './policy.js';
import { schedules, sessions } from './schema.js';

export interface SessionInput {
  unitCode: string;
  scheduleId?: string | undefined;
  receiverName: string;
  receiverTitle: string;
  /** The receiving leader's account, when they have one (they may then know a denouncer they received). */
  receiverUserId?: string | undefined;
  kind: SessionKind;
  mode: Mode;
  startedAt: Date;
  location: string;
}

export interface SessionRecorded {
  id: string;
  unitCode: string;
  heldOn: string;
}

export async function recordSession(ctx: Ctx, input: SessionInput): Promise<Result<SessionRecorded>> {
  const unit = await findUnit(ctx.db, input.unitCode, input.startedAt);
  if (!unit)
    return invalidBecause(msg('reception.unknownUnit', { code: input.unitCode }), [
      fieldError('unitCode', msg('reception.unknownUnit', { code: input.unitCode })),
    ]);
  if (
    decideReception(ctx.actor, 'record', { unitCode: unit.code, provinceCode: unit.provinceCode }) !== 'allow'
  )
    return forbiddenBecause(msg('reception.notYourUnit'));
  if (input.scheduleId) {
    const [slot] = await ctx.db
      .select({ id: schedules.id })
      .from(schedules)
      .where(and(eq(schedules.id, input.scheduleId), eq(schedules.unitCode, unit.code)));
    if (!slot)
      return invalidBecause(msg('reception.unknownSchedule'), [
        fieldError('scheduleId', msg('reception.unknownSchedule')),
      ]);
  }
  if (input.receiverUserId) {
    // The receiving leader may later know a denouncer they received: it must be a leader of this unit.
    const receiver = await loadUser(ctx.db, input.receiverUserId);
    const leads = receiver?.roles.some(
      (g) =>
        (g.role === 'provincial_leader' || g.role === 'unit_leader') &&
        grantCovers(g, { unitCode: unit.code, provinceCode: unit.provinceCode }),
    );
    if (!leads)
      return invalidBecause(msg('reception.receiverNotLeader'), [
        fieldError('receiverUserId', msg('reception.receiverNotLeader')),
      ]);
  }
  const id = newId();
  const heldOn = localDate(input.startedAt);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id,
      provinceCode: unit.provinceCode,
      unitCode: unit.code,
      scheduleId: input.scheduleId ?? null,
      receiverName: nfc(input.receiverName.trim()),
      receiverTitle: nfc(input.receiverTitle.trim()),
      receiverUserId: input.receiverUserId ?? null,
      kind: input.kind,
      mode: input.mode,
      heldOn,
      startedAt: input.startedAt,
      location: nfc(input.location.trim()),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.kind,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'reception.session_recorded',
      entityType: 'reception_session',
      entityId: id,
      provinceCode: unit.provinceCode,
      after: { unitCode: unit.code, heldOn, kind: input.kind, mode: input.mode },
    });
  });
  return ok({ id, unitCode: unit.code, heldOn });
}
