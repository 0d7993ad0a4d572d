import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  conflictBecause,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { msg, VALUE_STATUS_LABELS } from './messages.js';
import { isPeriod } from './periods.js';
import { actorName, decideTargetAction } from './policy.js';
import { targets, targetValues } from './schema.js';
import { loadResolution, refusal, toValueView, type ValueView } from './views.js';

export type ReviewAction = 'approve' | 'return' | 'lock';

/** Which status each review action starts from, and where it leads. */
const TRANSITIONS: Record<ReviewAction, { from: readonly string[]; to: 'approved' | 'returned' | 'locked' }> =
  {
    approve: { from: ['reported'], to: 'approved' },
    return: { from: ['reported', 'approved'], to: 'returned' },
    lock: { from: ['approved'], to: 'locked' },
  };

/**
 * Phê duyệt, trả lại, khóa số liệu — the planning office approves a reported value (someone other than the
 * reporter), returns it with a reason, or locks an approved one. Only the current revision is reviewed.
 */
export async function reviewValue(
  ctx: Ctx,
  valueId: string,
  input: { action: ReviewAction; version: number; note?: string | null | undefined },
): Promise<Result<ValueView>> {
  const [row] = await ctx.db
    .select({ value: targetValues, provinceCode: targets.provinceCode })
    .from(targetValues)
    .innerJoin(targets, eq(targets.id, targetValues.targetId))
    .where(eq(targetValues.id, valueId));
  if (!row) return notFound('value', valueId);
  const value = row.value;
  const scope = { provinceCode: row.provinceCode, unitCode: row.provinceCode, agencyId: null };
  const decision = decideTargetAction(ctx.actor, 'review', scope);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'value', valueId);
  const transition = TRANSITIONS[input.action];
  const note = input.note ? nfc(input.note) || null : null;
  if (input.action === 'return' && !note)
    return invalidBecause(msg('targets.returnNeedsNote'), [
      fieldError('note', msg('targets.returnNeedsNoteField')),
    ]);
  const reviewer = actorName(ctx.actor);
  if (input.action === 'approve' && ctx.actor.kind === 'user' && value.reportedBy === reviewer)
    return forbiddenBecause(msg('targets.approverNotReporter'));
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ revision: sql<number>`max(${targetValues.revision})` })
      .from(targetValues)
      .where(
        and(
          eq(targetValues.targetId, value.targetId),
          eq(targetValues.year, value.year),
          eq(targetValues.period, value.period),
        ),
      );
    if (Number(latest?.revision) !== value.revision) return conflictBecause(msg('targets.newerRevision'));
    if (!transition.from.includes(value.status))
      return conflictBecause(
        msg('targets.valueWrongState', {
          fromVi: VALUE_STATUS_LABELS[value.status]?.vi ?? value.status,
          fromEn: VALUE_STATUS_LABELS[value.status]?.en ?? value.status,
          toVi: VALUE_STATUS_LABELS[transition.to]?.vi ?? transition.to,
          toEn: VALUE_STATUS_LABELS[transition.to]?.en ?? transition.to,
        }),
        toValueView(value),
      );
    const changes =
      input.action === 'lock'
        ? { status: transition.to, lockedBy: reviewer, lockedAt: ctx.now }
        : { status: transition.to, reviewedBy: reviewer, reviewedAt: ctx.now, reviewNote: note };
    const [updated] = await tx
      .update(targetValues)
      .set({ ...changes, version: input.version + 1, updatedAt: ctx.now })
      .where(and(eq(targetValues.id, valueId), eq(targetValues.version, input.version)))
      .returning();
    if (!updated) return conflictBecause(msg('targets.valueReloaded'), toValueView(value));
    await recordAudit(tx, ctx, {
      action: `targets.value_${transition.to}`,
      entityType: 'target_value',
      entityId: valueId,
      provinceCode: row.provinceCode,
      before: { status: value.status },
      after: changes,
    });
    return ok(toValueView(updated));
  });
}

/** Khóa số liệu kỳ báo cáo — lock every approved current value of a resolution's period at once. */
export async function lockPeriod(
  ctx: Ctx,
  resolutionId: string,
  input: { year: number; period: string },
): Promise<Result<{ locked: number; waiting: number }>> {
  const resolution = await loadResolution(ctx.db, resolutionId);
  if (!resolution) return notFound('resolution', resolutionId);
  const scope = { provinceCode: resolution.provinceCode, unitCode: resolution.provinceCode, agencyId: null };
  const decision = decideTargetAction(ctx.actor, 'review', scope);
  if (decision !== 'allow')
    return refusal(decision, ctx.actor.kind === 'anonymous', 'resolution', resolutionId);
  if (!isPeriod(input.period))
    return invalidBecause(msg('targets.unknownPeriod'), [fieldError('period', msg('targets.periodField'))]);
  const locker = actorName(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const current = await tx.execute<{ id: string; status: string }>(sql`
      select distinct on (v.target_id) v.id, v.status
        from targets.target_values v join targets.targets t on t.id = v.target_id
       where t.resolution_id = ${resolutionId} and v.year = ${input.year} and v.period = ${input.period}
       order by v.target_id, v.revision desc`);
    const approved = current.rows.filter((r) => r.status === 'approved').map((r) => r.id);
    const waiting = current.rows.filter((r) => r.status === 'reported' || r.status === 'returned').length;
    if (approved.length > 0) {
      await tx
        .update(targetValues)
        .set({
          status: 'locked',
          lockedBy: locker,
          lockedAt: ctx.now,
          version: sql`${targetValues.version} + 1`,
          updatedAt: ctx.now,
        })
        .where(inArray(targetValues.id, approved));
    }
    await recordAudit(tx, ctx, {
      action: 'targets.period_locked',
      entityType: 'resolution',
      entityId: resolutionId,
      provinceCode: resolution.provinceCode,
      after: { year: input.year, period: input.period, locked: approved, waiting },
    });
    return ok({ locked: approved.length, waiting });
  });
}
