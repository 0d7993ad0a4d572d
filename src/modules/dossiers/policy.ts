/**
 * Who may see and do what with a dossier (STYLE.md: policy.ts). Officials act within their role grants (a unit,
 * optionally one agency of it); the applicant acts on their own dossier; nobody else learns a dossier exists
 * (PRODUCT.md, Safe: "no official sees outside their scope; no citizen sees another's dossier" → 404).
 */
import type { Actor, Role, RoleGrant } from '../../platform/context.js';
import { grantCovers } from '../identity/index.js';
import { currentStep, type Draft, decisionStep, type Env, steps } from './draft.js';
import { type DossierRow, LEADER_ROLES } from './model.js';
import type { OpType } from './op-types.js';

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

const OFFICERS: Role[] = ['specialist', ...LEADER_ROLES];

function placeOf(d: Draft, which: 'receiving' | 'competent' | 'current'): Place | undefined {
  const r = d.row;
  const [unitCode, agencyId] =
    which === 'receiving'
      ? [r.receivingUnitCode, r.receivingAgencyId]
      : which === 'competent'
        ? [r.competentUnitCode, r.competentAgencyId]
        : [r.currentUnitCode, r.currentAgencyId];
  return unitCode ? { unitCode, provinceCode: r.provinceCode, agencyId } : undefined;
}

/** Who may perform `op` on the dossier as it is now. */
export function mayPerform(d: Draft, env: Env, type: OpType, consultationId?: string): boolean {
  const actor = env.actor;
  const at = (which: 'receiving' | 'competent' | 'current', roles: Role[]) => {
    const place = placeOf(d, which);
    return place !== undefined && actsAs(actor, roles, place);
  };
  const stepRole = currentStep(d)?.role as Role | null | undefined;
  const atStep = () => at('current', stepRole ? [stepRole] : OFFICERS);
  switch (type) {
    case 'receive':
    case 'request_reception_supplement':
    case 'reject':
    case 'record_payment':
    case 'reissue_tracking_secret':
      return at('receiving', ['counter_clerk']);
    case 'resubmit':
    case 'withdraw':
      return isApplicant(actor, d.row) || at('receiving', ['counter_clerk']);
    case 'provide_supplement':
      return isApplicant(actor, d.row) || at('receiving', ['counter_clerk']) || atStep();
    case 'forward':
    case 'return_step':
    case 'consult':
    case 'request_supplement':
    case 'approve':
      return atStep();
    case 'refuse':
      // A person's refusal after appraisal is the competent leader's decision, at the decision step, signed like
      // an approval (Decree 61 art. 19: the written refusal is the dossier's result; issue 16 §3). The system
      // records history as it happened.
      return atStep() && (actor.kind === 'system' || d.row.currentStep === decisionStep(steps(d))?.position);
    case 'return_result':
      return d.row.currentStep === null ? at('receiving', ['counter_clerk']) : atStep();
    case 'extend':
      return at('competent', OFFICERS) || atStep();
    case 'stop':
      return at('competent', [...LEADER_ROLES]);
    case 'answer_consultation': {
      const c = d.consultations.find((x) => x.id === consultationId);
      return (
        c !== undefined &&
        actsAs(actor, OFFICERS, {
          unitCode: c.unitCode,
          provinceCode: d.row.provinceCode,
          agencyId: c.agencyId,
        })
      );
    }
    case 'rate':
      return isApplicant(actor, d.row) || actor.kind === 'system';
  }
}

/**
 * May the actor date an operation or name who performed it (`at`, `by`, or the applicant of a new dossier)?
 * Only the system, recording history and imports; a person acts now, as themselves.
 */
export function mayDateOrAttribute(actor: Actor): boolean {
  return actor.kind === 'system';
}

/** May this user file an online dossier? Citizens file for themselves (the system may file any, as history). */
export function mayFileOnline(actor: Actor & { kind: 'user' }): boolean {
  return actor.userKind === 'citizen';
}

/** May the actor register a dossier handed in at `receiving` (at the counter or by post)? Its clerks only. */
export function mayRegisterAt(actor: Actor, receiving: Place): boolean {
  return actsAs(actor, ['counter_clerk'], receiving);
}

/**
 * May the reader preview the written refusal of a dossier? Whoever may refuse it now (`mayPerform` 'refuse',
 * listed in the view's actions): the leader at the decision step sees the exact PDF before signing it.
 */
export function mayPreviewRefusal(actions: readonly OpType[]): boolean {
  return actions.includes('refuse');
}
