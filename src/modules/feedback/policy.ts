/**
 * Who may do what with feedback (issue 10). Officials see the cases of units their grants cover; a
 * denunciation only its unit's leaders and the officials assigned to it. Leaders classify, route, accept,
 * refuse, extend and publish; assigned officials work the case. A denouncer's identity is shown only to the
 * officials assigned to the case and the head who assigned them (Law on Denunciations 2018 art. 47–48) —
 * everyone else, other leaders and administrators included, gets 404, as if it did not exist.
 */
import type { Actor, Role } from '../../platform/context.js';
import { grantCovers, hasRoleOn, type UnitRef } from '../identity/index.js';
import type { CaseKind, Channel } from './model.js';

export type Decision = 'allow' | 'deny' | 'hide';

export const LEADER_ROLES: readonly Role[] = ['provincial_leader', 'unit_leader'];
export const OFFICIAL_ROLES: readonly Role[] = [
  'system_admin',
  'provincial_leader',
  'unit_leader',
  'specialist',
  'counter_clerk',
];
/** Roles that read reports and export: the province's leaders and administrators (and unit leaders, for their unit). */
export const REPORT_ROLES: readonly Role[] = ['system_admin', 'provincial_leader', 'unit_leader'];

export interface CaseRef extends UnitRef {
  kind: CaseKind;
  assignees: readonly string[];
  /** Who made the current assignments. */
  assigners?: readonly string[];
  submitterUserId: string | null;
}

export type CaseAction = 'read' | 'manage' | 'work' | 'withdraw' | 'reveal_denouncer';

function userId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

export function isAssigned(actor: Actor, kase: CaseRef): boolean {
  const id = userId(actor);
  return id !== null && kase.assignees.includes(id);
}

/** The submitter reading their own case (never a handling right). */
export function isOwnCase(actor: Actor, kase: CaseRef): boolean {
  const id = userId(actor);
  return id !== null && kase.submitterUserId === id;
}

/** The head who assigned the case's officials, while still a leader of its unit. */
function isAssigner(actor: Actor, kase: CaseRef): boolean {
  const id = userId(actor);
  return id !== null && (kase.assigners ?? []).includes(id) && hasRoleOn(actor, LEADER_ROLES, kase);
}

export function decideCaseAction(actor: Actor, action: CaseAction, kase: CaseRef): Decision {
  const assigned = isAssigned(actor, kase);
  if (action === 'reveal_denouncer')
    return kase.kind === 'denunciation' && (assigned || isAssigner(actor, kase)) ? 'allow' : 'hide';
  if (actor.kind === 'system') return 'allow';
  if (action === 'withdraw' && isOwnCase(actor, kase)) return 'allow';
  const leader = hasRoleOn(actor, LEADER_ROLES, kase);
  const readable =
    leader ||
    assigned ||
    (kase.kind === 'denunciation'
      ? hasRoleOn(actor, ['system_admin'], kase)
      : hasRoleOn(actor, OFFICIAL_ROLES, kase));
  if (!readable) return 'hide';
  switch (action) {
    case 'read':
      return 'allow';
    case 'manage':
    case 'withdraw':
      return leader ? 'allow' : 'deny';
    case 'work':
      return leader || assigned ? 'allow' : 'deny';
  }
}

/**
 * Filing (issue 10 §1): PAKN from anyone on the portal, with or without an account; complaints and
 * denunciations from an identified person — a signed-in account on the portal, or an official who checked the
 * person's papers at a counter or registered a letter (post) in the province. Open311 clients file PAKN under
 * an API key (the system actor `open311:<key>`).
 */
export function decideIntake(
  actor: Actor,
  kind: CaseKind,
  channel: Channel,
  provinceCode: string,
): Decision | 'unauthenticated' {
  if (channel === 'open311') return actor.kind === 'system' && kind === 'pakn' ? 'allow' : 'deny';
  if (channel === 'portal') {
    if (kind === 'pakn') return 'allow';
    return actor.kind === 'user' || actor.kind === 'system' ? 'allow' : 'unauthenticated';
  }
  if (actor.kind === 'system') return 'allow';
  if (actor.kind !== 'user') return 'unauthenticated';
  const inProvince = actor.roles.some(
    (g) =>
      ['counter_clerk', 'specialist', 'unit_leader', 'provincial_leader'].includes(g.role) &&
      (g.provinceCode === provinceCode || g.unitCode === 'VN'),
  );
  return inProvince ? 'allow' : 'deny';
}

/**
 * Reports and exports of a province: its leaders and administrators see the whole province; a unit leader
 * sees the units their grants name. `units: null` means the whole province.
 */
export function reportScope(
  actor: Actor,
  provinceCode: string,
): { allowed: false } | { allowed: true; units: string[] | null } {
  if (actor.kind === 'system') return { allowed: true, units: null };
  if (actor.kind !== 'user') return { allowed: false };
  const province = { unitCode: provinceCode, provinceCode };
  const grants = actor.roles.filter((g) => REPORT_ROLES.includes(g.role));
  if (grants.some((g) => grantCovers(g, province))) return { allowed: true, units: null };
  const units = grants
    .filter((g) => g.role === 'unit_leader' && g.provinceCode === provinceCode)
    .map((g) => g.unitCode);
  return units.length ? { allowed: true, units } : { allowed: false };
}

/** Exports of a whole province (never identities): its provincial leaders and administrators. */
export function mayExport(actor: Actor, provinceCode: string): boolean {
  return hasRoleOn(actor, ['system_admin', 'provincial_leader'], { unitCode: provinceCode, provinceCode });
}

/** Open311 API keys of a province: its system administrators. */
export function mayManageKeys(actor: Actor, provinceCode: string): boolean {
  return hasRoleOn(actor, ['system_admin'], { unitCode: provinceCode, provinceCode });
}

/**
 * The SQL-side scope of an official's work queue: all cases (`all`), or those of some provinces and units.
 * Denunciations further need leadership or assignment (applied by the query).
 */
export interface QueueScope {
  all: boolean;
  provinces: string[];
  units: string[];
  /** Same, for leaders (who also see denunciations). */
  leaderProvinces: string[];
  leaderUnits: string[];
  adminAll: boolean;
  adminProvinces: string[];
  adminUnits: string[];
}

export function queueScope(actor: Actor): QueueScope | undefined {
  if (actor.kind === 'system') {
    return {
      all: true,
      provinces: [],
      units: [],
      leaderProvinces: [],
      leaderUnits: [],
      adminAll: true,
      adminProvinces: [],
      adminUnits: [],
    };
  }
  if (actor.kind !== 'user') return undefined;
  const official = actor.roles.filter((g) => OFFICIAL_ROLES.includes(g.role));
  if (official.length === 0) return undefined;
  const split = (roles: readonly Role[]) => {
    const grants = official.filter((g) => roles.includes(g.role));
    return {
      all: grants.some((g) => g.unitCode === 'VN'),
      provinces: grants.filter((g) => g.unitCode === g.provinceCode).map((g) => g.provinceCode),
      units: grants
        .filter((g) => g.unitCode !== g.provinceCode && g.unitCode !== 'VN')
        .map((g) => g.unitCode),
    };
  };
  const any = split(OFFICIAL_ROLES);
  const leaders = split(LEADER_ROLES);
  const admins = split(['system_admin']);
  return {
    all: any.all,
    provinces: any.provinces,
    units: any.units,
    leaderProvinces: leaders.all ? ['*'] : leaders.provinces,
    leaderUnits: leaders.units,
    adminAll: admins.all,
    adminProvinces: admins.provinces,
    adminUnits: admins.units,
  };
}
