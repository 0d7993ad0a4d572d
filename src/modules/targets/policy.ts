import type { Actor, Role, RoleGrant } from '../../platform/context.js';
import { grantCovers } from '../identity/index.js';

export type Decision = 'allow' | 'deny' | 'hide';

/**
 * Who acts on targets (issue 9):
 * - **read**: every official holding a role in the province (or nationally); citizens and other provinces'
 *   officials do not see a province's working figures (hidden, 404).
 * - **report** a value: the responsible agency's officials — a specialist or unit leader whose grant covers the
 *   agency's unit and, when the grant names an agency, names this one — or the planning office.
 * - **plan** (resolutions, targets) and **review** (approve, return, lock): the planning office. Our choice:
 *   the planning office is a provincial leader or a system administrator of the province itself (a grant on the
 *   province code, or national), never a commune-level grant.
 * - A value is approved by someone other than the person who reported it (four eyes).
 */
export const PLANNING_ROLES: readonly Role[] = ['provincial_leader', 'system_admin'];
export const REPORTING_ROLES: readonly Role[] = ['specialist', 'unit_leader'];
const OFFICIAL_ROLES: readonly Role[] = [
  'system_admin',
  'provincial_leader',
  'unit_leader',
  'specialist',
  'counter_clerk',
];

function grants(actor: Actor): RoleGrant[] {
  return actor.kind === 'user' ? actor.roles : [];
}

/** A grant on the province itself (or national): the planning office's reach. */
function coversProvince(grant: RoleGrant, provinceCode: string): boolean {
  return grant.unitCode === 'VN' || (grant.unitCode === provinceCode && grant.provinceCode === provinceCode);
}

export function mayReadProvince(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some(
    (g) => OFFICIAL_ROLES.includes(g.role) && (g.unitCode === 'VN' || g.provinceCode === provinceCode),
  );
}

export function isPlanningOffice(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some((g) => PLANNING_ROLES.includes(g.role) && coversProvince(g, provinceCode));
}

/** The responsible agency of a target, as the policy needs it. */
export interface Responsibility {
  provinceCode: string;
  unitCode: string;
  agencyId: string | null;
}

export function mayReport(actor: Actor, target: Responsibility): boolean {
  if (isPlanningOffice(actor, target.provinceCode)) return true;
  return grants(actor).some(
    (g) =>
      REPORTING_ROLES.includes(g.role) &&
      grantCovers(g, { unitCode: target.unitCode, provinceCode: target.provinceCode }) &&
      (!g.agencyId || g.agencyId === target.agencyId),
  );
}

/** Read → allow or hide; an action → allow, deny (403, the reader may see it) or hide (404). */
export function decideTargetAction(
  actor: Actor,
  action: 'read' | 'plan' | 'report' | 'review',
  target: Responsibility,
): Decision {
  if (actor.kind === 'anonymous') return 'deny';
  if (!mayReadProvince(actor, target.provinceCode)) return 'hide';
  switch (action) {
    case 'read':
      return 'allow';
    case 'plan':
    case 'review':
      return isPlanningOffice(actor, target.provinceCode) ? 'allow' : 'deny';
    case 'report':
      return mayReport(actor, target) ? 'allow' : 'deny';
  }
}

export function actorName(actor: Actor): string {
  if (actor.kind === 'user') return actor.username;
  if (actor.kind === 'system') return `system:${actor.name}`;
  return 'anonymous';
}
