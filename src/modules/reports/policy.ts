/**
 * Who may read which report (issue 7 §3): the leadership dashboard is for system administrators, provincial
 * leaders and unit leaders whose grant covers the unit asked for (a province grant covers its communes); a grant
 * held in one agency sees that agency's dossiers only (a department director), unless the agency is a People's
 * Committee, which answers for the whole unit (as in oversight's policy). The transparency figures are
 * public: aggregate numbers and procedure names, never a person's data.
 */
import type { Actor, Role } from '../../platform/context.js';
import { grantCovers, type UnitRef } from '../identity/index.js';

export const READER_ROLES: readonly Role[] = ['system_admin', 'provincial_leader', 'unit_leader'];

export type ReportAccess =
  | { allowed: false; reason: 'unauthenticated' | 'forbidden' }
  /** `agencies`: null for the whole unit, else only these agencies' dossiers. */
  | { allowed: true; agencies: string[] | null };

/** `wholeUnitAgencies`: agencies whose staff answer for their whole unit (People's Committees). */
export function reportAccess(
  actor: Actor,
  unit: UnitRef,
  wholeUnitAgencies: ReadonlySet<string>,
): ReportAccess {
  if (actor.kind === 'system') return { allowed: true, agencies: null };
  if (actor.kind !== 'user') return { allowed: false, reason: 'unauthenticated' };
  const grants = actor.roles.filter((g) => READER_ROLES.includes(g.role) && grantCovers(g, unit));
  if (grants.length === 0) return { allowed: false, reason: 'forbidden' };
  if (grants.some((g) => !g.agencyId || wholeUnitAgencies.has(g.agencyId)))
    return { allowed: true, agencies: null };
  return { allowed: true, agencies: grants.map((g) => g.agencyId!) };
}
