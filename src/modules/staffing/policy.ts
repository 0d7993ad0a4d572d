import type { Actor, Role, RoleGrant } from '../../platform/context.js';
import { grantCovers } from '../identity/index.js';

export type Decision = 'allow' | 'deny' | 'hide';

/**
 * Who acts on commune staffing and facilities (issue 21 §1):
 * - **read** a commune: any official whose grant covers it (its own officials, or the province's); others are
 *   not told it is recorded (404).
 * - **province view**: officials holding a grant on the province itself (the Department of Home Affairs, the
 *   leaders), or national.
 * - **approve** quotas and facility norms — a provincial decision: a provincial leader, a unit leader or
 *   specialist of the province (the Department of Home Affairs), or a system administrator of the province.
 * - **keep** the roster and the facilities on hand: the commune's own leaders and specialists, or the province's
 *   approvers.
 */
const OFFICIAL_ROLES: readonly Role[] = [
  'system_admin',
  'provincial_leader',
  'unit_leader',
  'specialist',
  'counter_clerk',
];
const APPROVER_ROLES: readonly Role[] = ['system_admin', 'provincial_leader', 'unit_leader', 'specialist'];
const KEEPER_ROLES: readonly Role[] = ['unit_leader', 'specialist'];

export type StaffingAction = 'read' | 'approve' | 'keep';

export interface CommuneRef {
  unitCode: string;
  provinceCode: string;
}

function grants(actor: Actor): RoleGrant[] {
  return actor.kind === 'user' ? actor.roles : [];
}

const onProvince = (g: RoleGrant, provinceCode: string) =>
  g.unitCode === 'VN' || (g.unitCode === provinceCode && g.provinceCode === provinceCode);

export function mayViewProvince(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some((g) => OFFICIAL_ROLES.includes(g.role) && onProvince(g, provinceCode));
}

export function decideStaffing(actor: Actor, action: StaffingAction, commune: CommuneRef): Decision {
  if (actor.kind === 'anonymous') return 'deny';
  if (actor.kind === 'system') return 'allow';
  const covering = grants(actor).filter((g) => OFFICIAL_ROLES.includes(g.role) && grantCovers(g, commune));
  if (covering.length === 0) return 'hide';
  if (action === 'read') return 'allow';
  const approver = grants(actor).some(
    (g) => APPROVER_ROLES.includes(g.role) && onProvince(g, commune.provinceCode),
  );
  if (action === 'approve') return approver ? 'allow' : 'deny';
  return approver || covering.some((g) => KEEPER_ROLES.includes(g.role)) ? 'allow' : 'deny';
}

/** Approvers of the province itself (quotas, facility norms): grants on the province code, or national. */
export function mayApproveProvince(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some((g) => APPROVER_ROLES.includes(g.role) && onProvince(g, provinceCode));
}
