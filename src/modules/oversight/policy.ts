/**
 * Who may do what in oversight (issue 8, Notes):
 * - the issuing leader — a provincial_leader or unit_leader whose grant covers the issuing unit — issues
 *   conclusions, records meetings, decides extension requests, confirms or reopens completed tasks;
 * - the lead agency's officials — a specialist or unit_leader whose grant covers the agency's unit — accept
 *   a task, report progress, ask for an extension and report completion; the agency's head (unit_leader) is
 *   who the second escalation step notifies;
 * - system administrators of the province read everything (support) and set the escalation ladder.
 * Everyone else does not learn that a task exists (404).
 *
 * Agency membership: identity grants may name the agency a role is held in (`RoleGrant.agencyId`). A grant
 * with an agency makes its holder staff of that agency only; a grant without one still makes its holder
 * staff of every agency of the units it covers — the fallback for accounts created before agencies were
 * recorded on grants. A leader's grant limited to an agency other than a People's Committee (e.g. a
 * department director) does not make its holder an issuer for the whole unit.
 */
import type { Role } from '../../platform/context.js';
import { type DomainError, fail, forbiddenBecause, notFound, type Result } from '../../platform/result.js';
import { grantCovers, type UnitRef } from '../identity/index.js';
import { msg } from './messages.js';

export const ISSUER_ROLES: readonly Role[] = ['provincial_leader', 'unit_leader'];
export const STAFF_ROLES: readonly Role[] = ['specialist', 'unit_leader'];
export const HEAD_ROLES: readonly Role[] = ['unit_leader'];

export interface ScopeGrant {
  role: Role;
  unitCode: string;
  provinceCode: string;
  agencyId: string | null;
  /** The kind of `agencyId` (people_committee, department, pas_centre …), looked up once per request. */
  agencyKind: string | null;
}

/** The actor as oversight sees it: its grants with their agencies resolved. */
export type ActorScope =
  | { kind: 'anonymous' }
  | { kind: 'system'; name: string }
  | { kind: 'user'; userId: string; name: string; grants: ScopeGrant[] };

export interface AgencyRef {
  id: string;
  unitCode: string;
  provinceCode: string;
}

export interface TaskRef {
  provinceCode: string;
  issuerUnitCode: string;
  lead: AgencyRef;
  coordinators: readonly AgencyRef[];
}

/** Does the scope issue for `unit` (its leaders, or the province's)? */
export function isIssuerFor(scope: ActorScope, unit: UnitRef): boolean {
  if (scope.kind === 'system') return true;
  if (scope.kind !== 'user') return false;
  return scope.grants.some(
    (g) =>
      ISSUER_ROLES.includes(g.role) &&
      grantCovers(g, unit) &&
      (g.agencyId === null || g.agencyKind === 'people_committee'),
  );
}

/** Is the scope one of an agency's officials (or its head, with HEAD_ROLES)? */
export function isStaffOf(
  scope: ActorScope,
  agency: AgencyRef,
  roles: readonly Role[] = STAFF_ROLES,
): boolean {
  if (scope.kind === 'system') return true;
  if (scope.kind !== 'user') return false;
  return scope.grants.some(
    (g) =>
      roles.includes(g.role) &&
      grantCovers(g, { unitCode: agency.unitCode, provinceCode: agency.provinceCode }) &&
      (g.agencyId === null || g.agencyId === agency.id),
  );
}

export function isAdminOf(scope: ActorScope, provinceCode: string): boolean {
  if (scope.kind === 'system') return true;
  if (scope.kind !== 'user') return false;
  return scope.grants.some(
    (g) => g.role === 'system_admin' && grantCovers(g, { unitCode: provinceCode, provinceCode }),
  );
}

/**
 * Officials of a province (any role but citizen and counter clerk, at any of its units): they read its
 * meetings, its agency list and its escalation ladder.
 */
export function isOfficialOf(scope: ActorScope, provinceCode: string): boolean {
  if (scope.kind === 'system') return true;
  if (scope.kind !== 'user') return false;
  return scope.grants.some(
    (g) =>
      g.role !== 'citizen' &&
      g.role !== 'counter_clerk' &&
      (g.unitCode === 'VN' || g.provinceCode === provinceCode),
  );
}

export type TaskAction =
  | 'task.read'
  | 'task.accept'
  | 'task.report'
  | 'task.request_extension'
  | 'task.report_completion'
  | 'task.decide_extension'
  | 'task.review'
  | 'task.link';

export type Decision = 'allow' | 'deny' | 'hide';

export function canReadTask(scope: ActorScope, task: TaskRef): boolean {
  return (
    isIssuerFor(scope, { unitCode: task.issuerUnitCode, provinceCode: task.provinceCode }) ||
    isStaffOf(scope, task.lead) ||
    task.coordinators.some((c) => isStaffOf(scope, c)) ||
    isAdminOf(scope, task.provinceCode)
  );
}

export function decideTaskAction(scope: ActorScope, action: TaskAction, task: TaskRef): Decision {
  if (scope.kind === 'system') return 'allow';
  if (!canReadTask(scope, task)) return 'hide';
  const issuer = isIssuerFor(scope, { unitCode: task.issuerUnitCode, provinceCode: task.provinceCode });
  const lead = isStaffOf(scope, task.lead);
  switch (action) {
    case 'task.read':
      return 'allow';
    case 'task.accept':
    case 'task.report':
    case 'task.request_extension':
    case 'task.report_completion':
      return lead ? 'allow' : 'deny';
    case 'task.decide_extension':
    case 'task.review':
      return issuer ? 'allow' : 'deny';
    case 'task.link':
      return issuer || lead ? 'allow' : 'deny';
  }
}

const DENIED: Record<TaskAction, Parameters<typeof msg>[0]> = {
  'task.read': 'oversight.denyRead',
  'task.accept': 'oversight.denyAccept',
  'task.report': 'oversight.denyReport',
  'task.request_extension': 'oversight.denyRequestExtension',
  'task.report_completion': 'oversight.denyReportCompletion',
  'task.decide_extension': 'oversight.denyDecideExtension',
  'task.review': 'oversight.denyReview',
  'task.link': 'oversight.denyLink',
};

/** A decision other than allow, as the domain error the use case returns. */
export function refusal(scope: ActorScope, decision: Decision, action: TaskAction, taskId: string) {
  if (scope.kind === 'anonymous') return fail<DomainError>({ kind: 'unauthenticated' });
  if (decision === 'hide') return notFound('task', taskId);
  return forbiddenBecause(msg(DENIED[action]));
}

/** Signed-in officials only: anonymous → 401, citizens → 403. */
export function requireOfficial(scope: ActorScope): Result<void> | undefined {
  if (scope.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (scope.kind === 'user' && scope.grants.every((g) => g.role === 'citizen'))
    return forbiddenBecause(msg('oversight.forOfficials'));
  return undefined;
}
