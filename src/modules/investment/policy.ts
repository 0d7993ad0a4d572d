import type { Actor, Role, RoleGrant } from '../../platform/context.js';
import { grantCovers } from '../identity/index.js';

export type Decision = 'allow' | 'deny' | 'hide';

/**
 * Who acts on public investment (issue 9):
 * - **read**: every official holding a role in the province (or nationally); others are not told the project
 *   exists (404).
 * - **plan** — projects, annual capital plans, the at-risk margin, the People's Council's decision on an
 *   extension: the planning office. Our choice: a provincial leader or a system administrator of the province
 *   itself (a grant on the province code, or national), never a commune-level grant.
 * - **owner** — the monthly disbursement plan, disbursements, cancelling one, filing an extension request: the
 *   owner's officials (a specialist or unit leader whose grant covers the owner's unit and, when the grant names an
 *   agency, names the owner agency), or the planning office on the owner's behalf.
 */
export const PLANNING_ROLES: readonly Role[] = ['provincial_leader', 'system_admin'];
export const OWNER_ROLES: readonly Role[] = ['specialist', 'unit_leader'];
const OFFICIAL_ROLES: readonly Role[] = [
  'system_admin',
  'provincial_leader',
  'unit_leader',
  'specialist',
  'counter_clerk',
];

export interface ProjectScope {
  provinceCode: string;
  ownerUnitCode: string;
  ownerAgencyId: string | null;
}

function grants(actor: Actor): RoleGrant[] {
  return actor.kind === 'user' ? actor.roles : [];
}

export function mayReadProvince(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some(
    (g) => OFFICIAL_ROLES.includes(g.role) && (g.unitCode === 'VN' || g.provinceCode === provinceCode),
  );
}

export function isPlanningOffice(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some(
    (g) =>
      PLANNING_ROLES.includes(g.role) &&
      (g.unitCode === 'VN' || (g.unitCode === provinceCode && g.provinceCode === provinceCode)),
  );
}

export function isOwnerOfficial(actor: Actor, project: ProjectScope): boolean {
  if (isPlanningOffice(actor, project.provinceCode)) return true;
  return grants(actor).some(
    (g) =>
      OWNER_ROLES.includes(g.role) &&
      grantCovers(g, { unitCode: project.ownerUnitCode, provinceCode: project.provinceCode }) &&
      (!g.agencyId || g.agencyId === project.ownerAgencyId),
  );
}

export function decideProjectAction(
  actor: Actor,
  action: 'read' | 'plan' | 'owner',
  project: ProjectScope,
): Decision {
  if (actor.kind === 'anonymous') return 'deny';
  if (!mayReadProvince(actor, project.provinceCode)) return 'hide';
  if (action === 'read') return 'allow';
  if (action === 'plan') return isPlanningOffice(actor, project.provinceCode) ? 'allow' : 'deny';
  return isOwnerOfficial(actor, project) ? 'allow' : 'deny';
}

export function actorName(actor: Actor): string {
  if (actor.kind === 'user') return actor.username;
  if (actor.kind === 'system') return `system:${actor.name}`;
  return 'anonymous';
}

/** The provinces whose projects an actor reads: null for all (national or system). */
export function readableProvinces(actor: Actor): string[] | null {
  if (actor.kind === 'system') return null;
  if (actor.kind !== 'user') return [];
  if (actor.roles.some((g) => g.unitCode === 'VN' && g.role !== 'citizen')) return null;
  return [...new Set(actor.roles.filter((g) => g.role !== 'citizen').map((g) => g.provinceCode))];
}
