/**
 * What an account and its administrators do with second factors (issue 20 §2): see one's factors, remove one;
 * an administrator requires a second factor per role, sets how fresh it must be for approving and signing, and
 * resets an account's factors (a lost phone). All audited.
 */
import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { type Ctx, ROLES, type Role } from '../../platform/context.js';
import { writeSetting } from '../../platform/database/settings.js';
import { fail, forbidden, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { loadUser } from './load-user.js';
import { decideUserAction, isSystemAdmin, scopeOf } from './policy.js';
import { recoveryCodes, secondFactorRules, secondFactors, sessions } from './schema.js';
import {
  requireFreshSecondFactor,
  STEP_UP_SETTING,
  secondFactorStanding,
  stepUpMinutes,
} from './second-factor.js';

export interface FactorView {
  id: string;
  kind: 'totp' | 'webauthn';
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function ownSecondFactors(
  ctx: Ctx,
): Promise<Result<{ factors: FactorView[]; recoveryCodesLeft: number; required: boolean }>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const userId = ctx.actor.userId;
  const factors = await ctx.db
    .select({
      id: secondFactors.id,
      kind: secondFactors.kind,
      label: secondFactors.label,
      createdAt: secondFactors.createdAt,
      lastUsedAt: secondFactors.lastUsedAt,
    })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)))
    .orderBy(secondFactors.createdAt);
  const [left] = await ctx.db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  const { required } = await secondFactorStanding(ctx.db, userId);
  return ok({ factors, recoveryCodesLeft: left?.n ?? 0, required });
}

/** Removing one's own factor needs a fresh second factor, so a borrowed session cannot strip the account. */
export async function removeOwnFactor(ctx: Ctx, factorId: string): Promise<Result<null>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const fresh = await requireFreshSecondFactor(ctx);
  if (!fresh.ok) return fresh;
  return ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(secondFactors)
      .where(and(eq(secondFactors.id, factorId), eq(secondFactors.userId, actor.userId)))
      .returning({ kind: secondFactors.kind });
    if (removed.length === 0) return notFound('second factor', factorId);
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor_removed',
      entityType: 'user',
      entityId: actor.userId,
      after: { factorId, kind: removed[0]!.kind },
    });
    return ok(null);
  });
}

export interface SecondFactorPolicy {
  roles: Array<{ role: Role; required: boolean }>;
  stepUpMinutes: number;
}

export async function secondFactorPolicy(ctx: Ctx): Promise<Result<SecondFactorPolicy>> {
  if (!isSystemAdmin(ctx.actor)) return forbidden();
  const rows = await ctx.db.select().from(secondFactorRules);
  const required = new Map(rows.map((r) => [r.role, r.required]));
  return ok({
    roles: ROLES.map((role) => ({ role, required: required.get(role) ?? false })),
    stepUpMinutes: await stepUpMinutes(ctx.db),
  });
}

/** Only national administrators set the installation-wide rule (it binds every province's officials). */
export async function setSecondFactorPolicy(
  ctx: Ctx,
  input: { required: Role[]; stepUpMinutes: number },
): Promise<Result<SecondFactorPolicy>> {
  const actor = ctx.actor;
  const national =
    actor.kind === 'system' ||
    (actor.kind === 'user' && actor.roles.some((g) => g.role === 'system_admin' && g.unitCode === 'VN'));
  if (!national) return forbidden('Only national system administrators set the second-factor rules.');
  const by = actor.kind === 'user' ? actor.username : `system:${actor.kind === 'system' ? actor.name : ''}`;
  await ctx.db.transaction(async (tx) => {
    for (const role of ROLES) {
      const required = input.required.includes(role);
      await tx
        .insert(secondFactorRules)
        .values({ role, required, updatedAt: ctx.now, updatedBy: by })
        .onConflictDoUpdate({
          target: secondFactorRules.role,
          set: { required, updatedAt: ctx.now, updatedBy: by },
        });
    }
    await writeSetting(tx, STEP_UP_SETTING, input.stepUpMinutes);
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor_rules_set',
      entityType: 'second_factor_rules',
      after: input,
    });
  });
  return secondFactorPolicy(ctx);
}

/**
 * An administrator resets an account's second factors (lost phone or key): every factor and recovery code goes,
 * the account's sessions end, and if its role requires a second factor it enrols again at next sign-in.
 */
export async function resetSecondFactors(ctx: Ctx, userId: string): Promise<Result<null>> {
  const target = await loadUser(ctx.db, userId);
  if (!target) return notFound('user', userId);
  const decision = decideUserAction(ctx.actor, 'user.update', scopeOf(target));
  if (decision === 'hide') return notFound('user', userId);
  if (decision === 'deny') return forbidden();
  return ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(secondFactors)
      .where(eq(secondFactors.userId, userId))
      .returning({ id: secondFactors.id });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor_reset',
      entityType: 'user',
      entityId: userId,
      after: { factorsRemoved: removed.length },
    });
    return ok(null);
  });
}
