import type { Actor, Role, RoleGrant } from '../../platform/context.js';

/** A unit some record belongs to: the unit's code and its province's code. */
export interface UnitRef {
  unitCode: string;
  provinceCode: string;
}

/**
 * Does a grant cover a unit? A grant covers its own unit and, for a province-level grant, every
 * unit of that province (the two-level model: province → communes). `VN` covers everything.
 */
export function grantCovers(grant: Pick<RoleGrant, 'unitCode' | 'provinceCode'>, unit: UnitRef): boolean {
  if (grant.unitCode === 'VN') return true;
  if (grant.unitCode === unit.unitCode) return true;
  return grant.unitCode === grant.provinceCode && grant.provinceCode === unit.provinceCode;
}

/** Does the actor hold one of `roles` on a grant covering `unit`? */
export function hasRoleOn(actor: Actor, roles: readonly Role[], unit: UnitRef): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return actor.roles.some((grant) => roles.includes(grant.role) && grantCovers(grant, unit));
}

export function isSystemAdmin(actor: Actor): boolean {
  return (
    actor.kind === 'system' || (actor.kind === 'user' && actor.roles.some((g) => g.role === 'system_admin'))
  );
}

export type Decision = 'allow' | 'deny' | 'hide';

/** An account as the policy sees it: its home unit and the units of its active grants. */
export interface AccountScope {
  userId?: string;
  home: UnitRef;
  grants: UnitRef[];
}

export type UserAction = 'user.read' | 'user.create' | 'user.update' | 'user.grant';

/**
 * Identity actions (issue 18 §4). An administrator's scope reaches an account when the account's home unit or
 * one of its active grants lies inside it, so an account whose roles were revoked (or never granted) stays
 * with the administrators of its home unit and nobody else. Reaching an account lets an administrator read
 * it and grant or revoke roles on units inside their scope (`units`: the grant at stake); changing the
 * account itself (profile, status, password) needs its home unit and every grant inside the scope, so a
 * provincial administrator cannot take over a national account. Everyone reads their own account.
 * Accounts out of reach are hidden (404): their existence is not the reader's business; in reach but not
 * allowed is 403.
 */
export function decideUserAction(
  actor: Actor,
  action: UserAction,
  target: AccountScope & { units?: UnitRef[] },
): Decision {
  if (actor.kind === 'system') return 'allow';
  if (actor.kind !== 'user') return 'deny';
  if (action === 'user.read' && target.userId !== undefined && target.userId === actor.userId) return 'allow';
  const admin = actor.roles.filter((g) => g.role === 'system_admin');
  const inScope = (unit: UnitRef) => admin.some((g) => grantCovers(g, unit));
  if (action === 'user.create') {
    return admin.length > 0 && [target.home, ...target.grants].every(inScope) ? 'allow' : 'deny';
  }
  const reached = inScope(target.home) || target.grants.some(inScope);
  if (!reached) return 'hide';
  switch (action) {
    case 'user.read':
      return 'allow';
    case 'user.grant':
      return (target.units ?? []).every(inScope) ? 'allow' : 'deny';
    case 'user.update':
      return inScope(target.home) && target.grants.every(inScope) ? 'allow' : 'deny';
  }
}

/** The policy's view of a loaded account. */
export function scopeOf(view: {
  id: string;
  homeUnitCode: string;
  homeProvinceCode: string;
  roles: UnitRef[];
}): AccountScope {
  return {
    userId: view.id,
    home: { unitCode: view.homeUnitCode, provinceCode: view.homeProvinceCode },
    grants: view.roles.map((g) => ({ unitCode: g.unitCode, provinceCode: g.provinceCode })),
  };
}
