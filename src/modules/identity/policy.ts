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

/**
 * Identity actions. Administrators manage accounts whose grants all sit inside their scope;
 * everyone reads and signs out of their own account. Accounts outside the reader's scope are
 * hidden (404): their existence is not the reader's business.
 */
export function decideUserAction(
  actor: Actor,
  action: 'user.read' | 'user.create' | 'user.update' | 'user.grant',
  target: { userId?: string; units: UnitRef[] },
): Decision {
  if (actor.kind === 'system') return 'allow';
  if (actor.kind !== 'user') return 'deny';
  if (action === 'user.read' && target.userId === actor.userId) return 'allow';
  const admin = actor.roles.filter((g) => g.role === 'system_admin');
  if (admin.length === 0) return action === 'user.read' ? 'hide' : 'deny';
  const covered = target.units.every((unit) => admin.some((g) => grantCovers(g, unit)));
  if (covered) return 'allow';
  return action === 'user.create' || action === 'user.grant' ? 'deny' : 'hide';
}
