import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  fieldError,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { decideTargetAction } from './policy.js';
import { targets } from './schema.js';
import { checkTarget, type TargetInput } from './target-input.js';
import { loadResolution, loadTarget, refusal, type TargetView, toTargetViews } from './views.js';

async function parentOf(ctx: Ctx, resolutionId: string, parentId: string | null | undefined) {
  if (!parentId) return null;
  const parent = await loadTarget(ctx.db, parentId);
  return parent
    ? { resolutionMatches: parent.resolutionId === resolutionId, isMain: parent.parentId === null }
    : null;
}

/** Add a target (or a sub-target for some units) to a resolution: the planning office. */
export async function addTarget(
  ctx: Ctx,
  resolutionId: string,
  input: TargetInput,
): Promise<Result<TargetView>> {
  const resolution = await loadResolution(ctx.db, resolutionId);
  if (!resolution) return notFound('resolution', resolutionId);
  const scope = { provinceCode: resolution.provinceCode, unitCode: resolution.provinceCode, agencyId: null };
  const decision = decideTargetAction(ctx.actor, 'plan', scope);
  if (decision !== 'allow')
    return refusal(decision, ctx.actor.kind === 'anonymous', 'resolution', resolutionId);
  const checked = await checkTarget(
    ctx.db,
    resolution,
    input,
    await parentOf(ctx, resolutionId, input.parentId),
  );
  if (!checked.ok) return invalidBecause(msg('targets.targetInvalid'), checked.errors);
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: targets.id })
      .from(targets)
      .where(and(eq(targets.resolutionId, resolutionId), eq(targets.label, checked.row.label)));
    if (taken) return conflictBecause(msg('targets.labelTaken', { label: checked.row.label }));
    const position = input.position ?? (await tx.$count(targets, eq(targets.resolutionId, resolutionId))) + 1;
    const [row] = await tx
      .insert(targets)
      .values({ ...checked.row, position, id, resolutionId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'targets.target_created',
      entityType: 'target',
      entityId: id,
      provinceCode: resolution.provinceCode,
      after: checked.row,
    });
    return ok((await toTargetViews(tx, [row!]))[0]!);
  });
}

/** Change a target (optimistic: the version read). Its values stay; achievement is recomputed at read time. */
export async function updateTarget(
  ctx: Ctx,
  targetId: string,
  input: TargetInput & { version: number },
): Promise<Result<TargetView>> {
  const current = await loadTarget(ctx.db, targetId);
  if (!current) return notFound('target', targetId);
  const resolution = (await loadResolution(ctx.db, current.resolutionId))!;
  const scope = { provinceCode: current.provinceCode, unitCode: current.provinceCode, agencyId: null };
  const decision = decideTargetAction(ctx.actor, 'plan', scope);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'target', targetId);
  if (input.parentId === targetId)
    return invalidBecause(msg('targets.ownParent'), [fieldError('parentId', msg('targets.itself'))]);
  const checked = await checkTarget(
    ctx.db,
    resolution,
    input,
    await parentOf(ctx, resolution.id, input.parentId),
  );
  if (!checked.ok) return invalidBecause(msg('targets.targetInvalid'), checked.errors);
  return ctx.db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: targets.id })
      .from(targets)
      .where(
        and(
          eq(targets.resolutionId, resolution.id),
          eq(targets.label, checked.row.label),
          ne(targets.id, targetId),
        ),
      );
    if (clash) return conflictBecause(msg('targets.labelTaken', { label: checked.row.label }));
    const hasChildren = await tx.$count(targets, eq(targets.parentId, targetId));
    if (hasChildren > 0 && checked.row.parentId)
      return invalidBecause(msg('targets.staysMain'), [fieldError('parentId', msg('targets.hasSubTargets'))]);
    const [row] = await tx
      .update(targets)
      .set({
        ...checked.row,
        position: input.position ?? current.position,
        version: input.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(targets.id, targetId), eq(targets.version, input.version)))
      .returning();
    if (!row) {
      const latest = await loadTarget(tx, targetId);
      return conflictBecause(
        msg('targets.targetChangedByOther'),
        latest ? (await toTargetViews(tx, [latest]))[0] : undefined,
      );
    }
    const { createdAt: _c, updatedAt: _u, version: _v, ...before } = current;
    await recordAudit(tx, ctx, {
      action: 'targets.target_updated',
      entityType: 'target',
      entityId: targetId,
      provinceCode: current.provinceCode,
      before,
      after: checked.row,
    });
    return ok((await toTargetViews(tx, [row]))[0]!);
  });
}
