import type { Actor, Role, RoleGrant } from '../../platform/context.js';
import { grantCovers } from '../identity/index.js';

export type Decision = 'allow' | 'deny' | 'hide';

/**
 * Who acts on disasters (issue 21 §2; Law 33/2013 art. 31 as amended: communes report to the province's
 * command, which consolidates):
 * - **steer** — declare an event, name the communes it struck, end it, raise relief and recovery directives, see
 *   the province aggregate: the provincial steering committee, i.e. leaders, unit leaders and specialists holding
 *   a grant on the province itself, or its system administrators.
 * - **report** a commune's damage, keep its scenarios: the commune's own leaders and specialists, or the steering
 *   committee on its behalf.
 * - **read**: officials whose grant covers the commune (a commune sees events that struck it and its own reports);
 *   others are not told the event exists (404).
 */
const STEER_ROLES: readonly Role[] = ['system_admin', 'provincial_leader', 'unit_leader', 'specialist'];
const REPORT_ROLES: readonly Role[] = ['unit_leader', 'specialist'];
const OFFICIAL_ROLES: readonly Role[] = [...STEER_ROLES, 'counter_clerk'];

function grants(actor: Actor): RoleGrant[] {
  return actor.kind === 'user' ? actor.roles : [];
}

const onProvince = (g: RoleGrant, provinceCode: string) =>
  g.unitCode === 'VN' || (g.unitCode === provinceCode && g.provinceCode === provinceCode);

export function isSteering(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  return grants(actor).some((g) => STEER_ROLES.includes(g.role) && onProvince(g, provinceCode));
}

/** The communes of `provinceCode` the actor reads: null for all of them (the province's officials). */
export function readableCommunes(actor: Actor, provinceCode: string): string[] | null {
  if (actor.kind === 'system') return null;
  const mine = grants(actor).filter((g) => OFFICIAL_ROLES.includes(g.role));
  if (mine.some((g) => onProvince(g, provinceCode))) return null;
  return mine.filter((g) => g.provinceCode === provinceCode).map((g) => g.unitCode);
}

export function decideCommune(
  actor: Actor,
  action: 'read' | 'report',
  commune: { unitCode: string; provinceCode: string },
): Decision {
  if (actor.kind === 'anonymous') return 'deny';
  if (actor.kind === 'system') return 'allow';
  const covering = grants(actor).filter((g) => OFFICIAL_ROLES.includes(g.role) && grantCovers(g, commune));
  if (covering.length === 0) return 'hide';
  if (action === 'read') return 'allow';
  return isSteering(actor, commune.provinceCode) || covering.some((g) => REPORT_ROLES.includes(g.role))
    ? 'allow'
    : 'deny';
}
