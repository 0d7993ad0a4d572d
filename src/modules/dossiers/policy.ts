/**
 * Who may see and do what with a dossier (STYLE.md: policy.ts). Officials act within their role grants (a unit,
 * optionally one agency of it); the applicant acts on their own dossier; nobody else learns a dossier exists
 * (PRODUCT.md, Safe: "no official sees outside their scope; no citizen sees another's dossier" → 404).
 */
import type { Actor, Role, RoleGrant } from '../../platform/context.js';
import { grantCovers } from '../identity/index.js';
import { type DossierRow, LEADER_ROLES } from './model.js';

/** A place a dossier is handled at: a unit, its province, and the agency when known. */
export interface Place {
  unitCode: string;
  provinceCode: string;
  agencyId: string | null;
}

const isLeader = (role: string | null | undefined) =>
  (LEADER_ROLES as readonly string[]).includes(role ?? '');

/**
 * Does a grant let its holder act as `role` at `place`? Leaders stand for each other (a provincial leader
 * decides at provincial agencies); a grant held in one agency covers only that agency, except a provincial
 * leader's, which covers the province's agencies.
 */
export function grantActsAs(grant: RoleGrant, role: string | null, place: Place): boolean {
  const roleFits =
    role === null
      ? grant.role !== 'citizen'
      : grant.role === role || (isLeader(role) && isLeader(grant.role));
  if (!roleFits) return false;
  if (!grantCovers(grant, place)) return false;
  if (!grant.agencyId || !place.agencyId || grant.agencyId === place.agencyId) return true;
  return grant.role === 'provincial_leader' && place.unitCode === place.provinceCode;
}

/** May the actor act in one of `roles` (null: any official role) at `place`? The system acts everywhere. */
export function actsAs(actor: Actor, roles: readonly (Role | null)[], place: Place): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return actor.roles.some((g) => roles.some((r) => grantActsAs(g, r, place)));
}

export function isApplicant(actor: Actor, row: Pick<DossierRow, 'applicantUserId'>): boolean {
  return actor.kind === 'user' && row.applicantUserId !== null && row.applicantUserId === actor.userId;
}

/** Province-wide readers: its system administrators and provincial leaders. */
function readsWholeProvince(actor: Actor, provinceCode: string): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return actor.roles.some(
    (g) =>
      (g.role === 'system_admin' || g.role === 'provincial_leader') &&
      (g.unitCode === 'VN' || g.unitCode === provinceCode) &&
      !(g.role === 'provincial_leader' && g.unitCode === 'VN'),
  );
}

/** The places a dossier is or was handled at: receiving centre, competent agency, current step, consulted. */
export function placesOf(
  row: DossierRow,
  consulted: Array<{ agencyId: string; unitCode: string }> = [],
): Place[] {
  const p = row.provinceCode;
  const places: Place[] = [];
  if (row.receivingUnitCode)
    places.push({ unitCode: row.receivingUnitCode, provinceCode: p, agencyId: row.receivingAgencyId });
  if (row.competentUnitCode)
    places.push({ unitCode: row.competentUnitCode, provinceCode: p, agencyId: row.competentAgencyId });
  if (row.currentUnitCode)
    places.push({ unitCode: row.currentUnitCode, provinceCode: p, agencyId: row.currentAgencyId });
  for (const c of consulted) places.push({ unitCode: c.unitCode, provinceCode: p, agencyId: c.agencyId });
  return places;
}

/**
 * Does the actor handle this dossier (its applicant, or an official at a place it is or was handled at)? Only
 * they read the applicant's identity, contact and declared content (issue 15 §4; Decree 13/2023 on personal
 * data: processed only for the purpose given); a province-wide reader sees the dossier without them.
 */
export function handlesDossier(
  actor: Actor,
  row: DossierRow,
  consulted: Array<{ agencyId: string; unitCode: string }> = [],
): boolean {
  if (actor.kind === 'system' || isApplicant(actor, row)) return true;
  return placesOf(row, consulted).some((place) => actsAs(actor, [null], place));
}

/** May the actor read this dossier? Otherwise it is hidden (404). */
export function maySee(
  actor: Actor,
  row: DossierRow,
  consulted: Array<{ agencyId: string; unitCode: string }> = [],
): boolean {
  if (isApplicant(actor, row)) return true;
  if (readsWholeProvince(actor, row.provinceCode)) return true;
  return placesOf(row, consulted).some((place) => actsAs(actor, [null], place));
}
