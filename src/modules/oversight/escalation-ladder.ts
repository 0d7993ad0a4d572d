/** Reading and changing a province's escalation ladder (ladder.ts); a province without one uses the default. */
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { fail, forbiddenBecause, invalidBecause, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { checkLadder, DEFAULT_LADDER, type LadderStep } from './ladder.js';
import { msg } from './messages.js';
import { type ActorScope, isAdminOf, isOfficialOf } from './policy.js';
import { ladderSteps } from './schema.js';
import { resolveScope } from './scope.js';

export interface LadderView {
  provinceCode: string;
  steps: LadderStep[];
  /** True while the province has not set its own ladder. */
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
}

export async function loadLadder(db: Executor, provinceCode: string): Promise<LadderView> {
  const rows = await db
    .select()
    .from(ladderSteps)
    .where(eq(ladderSteps.provinceCode, provinceCode))
    .orderBy(asc(ladderSteps.offsetWorkingDays));
  if (rows.length === 0)
    return {
      provinceCode,
      steps: DEFAULT_LADDER.map((s) => ({ ...s })),
      isDefault: true,
      updatedBy: null,
      updatedAt: null,
    };
  return {
    provinceCode,
    steps: rows.map((r) => ({ step: r.step, offsetWorkingDays: r.offsetWorkingDays, audience: r.audience })),
    isDefault: false,
    updatedBy: rows[0]!.updatedBy,
    updatedAt: rows[0]!.updatedAt,
  };
}

export async function getLadder(ctx: Ctx, provinceCode: string): Promise<Result<LadderView>> {
  const scope = await resolveScope(ctx);
  if (scope.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!isOfficialOf(scope, provinceCode) && !isAdminOf(scope, provinceCode))
    return forbiddenBecause(msg('oversight.readLadderOnly', { province: provinceCode }));
  return ok(await loadLadder(ctx.db, provinceCode));
}

function mayChangeLadder(scope: ActorScope, provinceCode: string): boolean {
  if (isAdminOf(scope, provinceCode)) return true;
  return (
    scope.kind === 'user' &&
    scope.grants.some(
      (g) =>
        g.role === 'provincial_leader' &&
        (g.unitCode === 'VN' || (g.unitCode === g.provinceCode && g.provinceCode === provinceCode)),
    )
  );
}

/** Replace a province's ladder (its system administrators or provincial leaders); audited before → after. */
export async function setLadder(
  ctx: Ctx,
  provinceCode: string,
  input: { steps: LadderStep[] },
): Promise<Result<LadderView>> {
  const scope = await resolveScope(ctx);
  if (scope.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayChangeLadder(scope, provinceCode))
    return forbiddenBecause(msg('oversight.changeLadderOnly', { province: provinceCode }));
  const steps = [...input.steps].sort((a, b) => a.offsetWorkingDays - b.offsetWorkingDays);
  const errors = checkLadder(steps);
  if (errors.length) return invalidBecause(msg('oversight.ladderInvalid'), errors);
  const before = await loadLadder(ctx.db, provinceCode);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(ladderSteps).where(eq(ladderSteps.provinceCode, provinceCode));
    await tx
      .insert(ladderSteps)
      .values(
        steps.map((s) => ({ provinceCode, ...s, updatedBy: actorLabel(ctx.actor), updatedAt: ctx.now })),
      );
    await recordAudit(tx, ctx, {
      action: 'oversight.ladder_changed',
      entityType: 'oversight_ladder',
      entityId: provinceCode,
      provinceCode,
      before: { steps: before.steps, isDefault: before.isDefault },
      after: { steps },
    });
  });
  return ok(await loadLadder(ctx.db, provinceCode));
}
