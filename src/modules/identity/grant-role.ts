import { and, eq, isNull } from 'drizzle-orm';
import { type Ctx, ROLES, type Role } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import type { Message } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import {
  codedFieldError,
  fail,
  invalid,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { vietnamToday } from '../../platform/vietnam-time.js';
import { recordAudit } from '../audit/index.js';
import { findAgency, findUnit } from '../units/index.js';
import { loadUser, type UserView } from './load-user.js';
import { msg } from './messages.js';
import { decideUserAction, scopeOf, type UnitRef } from './policy.js';
import { roleGrants, users } from './schema.js';

export interface GrantInput {
  role: Role;
  unitCode: string;
  /** Optional: the role is held in this agency of the unit (a department, a PAS centre). */
  agencyId?: string | undefined;
}

export type GrantScope = UnitRef & { agencyId: string | null };

/**
 * Resolve what a grant records: the unit (`VN` is the national scope), its province, and the agency
 * when one is named (it must belong to that unit). Returns the field at fault otherwise.
 */
export async function resolveGrantScope(
  db: Executor,
  unitCode: string,
  agencyId?: string,
): Promise<
  { ok: true; scope: GrantScope } | { ok: false; field: 'unitCode' | 'agencyId'; message: Message }
> {
  if (unitCode === 'VN') {
    return agencyId
      ? { ok: false, field: 'agencyId', message: msg('identity.field.nationalNoAgency') }
      : { ok: true, scope: { unitCode: 'VN', provinceCode: 'VN', agencyId: null } };
  }
  const unit = await findUnit(db, unitCode);
  if (!unit) return { ok: false, field: 'unitCode', message: msg('identity.field.unknownUnit') };
  if (agencyId) {
    const agency = await findAgency(db, agencyId);
    if (!agency) return { ok: false, field: 'agencyId', message: msg('identity.field.unknownAgency') };
    if (agency.unitCode !== unit.code)
      return { ok: false, field: 'agencyId', message: msg('identity.field.agencyNotInUnit') };
  }
  return {
    ok: true,
    scope: { unitCode: unit.code, provinceCode: unit.provinceCode, agencyId: agencyId ?? null },
  };
}

/** Insert a grant inside the caller's transaction (used by createUser and grantRole). */
export async function insertGrant(tx: Executor, ctx: Ctx, userId: string, role: Role, unit: GrantScope) {
  const id = newId();
  const validFrom = vietnamToday(ctx.now);
  await tx.insert(roleGrants).values({
    id,
    userId,
    role,
    unitCode: unit.unitCode,
    provinceCode: unit.provinceCode,
    agencyId: unit.agencyId,
    validFrom,
    grantedBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.kind,
    createdAt: ctx.now,
  });
  await recordAudit(tx, ctx, {
    action: 'user.role_granted',
    entityType: 'user',
    entityId: userId,
    provinceCode: unit.provinceCode === 'VN' ? null : unit.provinceCode,
    after: { grantId: id, role, unitCode: unit.unitCode, agencyId: unit.agencyId },
  });
}

/** Grant a role on a unit to a user (an administrator within whose scope the unit lies). */
export async function grantRole(ctx: Ctx, userId: string, input: GrantInput): Promise<Result<UserView>> {
  if (!ROLES.includes(input.role))
    return invalidBecause(msg('identity.unknownRole', { role: input.role }), [
      { field: 'role', message: 'unknown role' },
    ]);
  const resolved = await resolveGrantScope(ctx.db, input.unitCode, input.agencyId);
  if (!resolved.ok)
    return invalidBecause(msg('identity.cannotGrantOn', { unit: input.unitCode, reason: resolved.message }), [
      codedFieldError(resolved.field, resolved.message),
    ]);
  const unit = resolved.scope;
  const target = await loadUser(ctx.db, userId);
  if (!target) return notFound('user', userId);
  const decision = decideUserAction(ctx.actor, 'user.grant', { ...scopeOf(target), units: [unit] });
  if (decision === 'hide') return notFound('user', userId);
  if (decision === 'deny') return fail({ kind: 'forbidden', detail: 'The unit is outside your scope.' });
  if ((input.role === 'citizen') !== (target.kind === 'citizen')) {
    return invalid('Citizens hold only the citizen role, and officials never do.', [
      codedFieldError('role', msg('identity.field.roleKind')),
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, userId),
          eq(roleGrants.role, input.role),
          eq(roleGrants.unitCode, unit.unitCode),
          unit.agencyId ? eq(roleGrants.agencyId, unit.agencyId) : isNull(roleGrants.agencyId),
          isNull(roleGrants.revokedAt),
        ),
      );
    if (existing.length > 0)
      return fail({ kind: 'conflict' as const, detail: 'The user already holds this role on this unit.' });
    await insertGrant(tx, ctx, userId, input.role, unit);
    await tx
      .update(users)
      .set({ version: target.version + 1, updatedAt: ctx.now })
      .where(eq(users.id, userId));
    return ok((await loadUser(tx, userId))!);
  });
}

/** Revoke a grant (kept, with the time it ended, for the record). */
export async function revokeRole(ctx: Ctx, userId: string, grantId: string): Promise<Result<UserView>> {
  const [grant] = await ctx.db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)));
  const target = await loadUser(ctx.db, userId);
  if (!grant || !target) return notFound('role grant', grantId);
  const decision = decideUserAction(ctx.actor, 'user.grant', {
    ...scopeOf(target),
    units: [{ unitCode: grant.unitCode, provinceCode: grant.provinceCode }],
  });
  if (decision === 'hide') return notFound('role grant', grantId);
  if (decision === 'deny') return fail({ kind: 'forbidden', detail: 'The grant is outside your scope.' });
  return ctx.db.transaction(async (tx) => {
    await tx.update(roleGrants).set({ revokedAt: ctx.now }).where(eq(roleGrants.id, grantId));
    await recordAudit(tx, ctx, {
      action: 'user.role_revoked',
      entityType: 'user',
      entityId: userId,
      provinceCode: grant.provinceCode === 'VN' ? null : grant.provinceCode,
      before: { grantId, role: grant.role, unitCode: grant.unitCode },
    });
    return ok((await loadUser(tx, userId))!);
  });
}
