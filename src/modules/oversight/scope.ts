/**
 * The actor's scope (policy.ts) resolved once per request, and the same scope as SQL conditions for lists:
 * a list shows exactly the rows `canReadTask` would allow one by one.
 */
import { type SQL, sql } from 'drizzle-orm';
import { actorLabel, type Ctx, type RoleGrant } from '../../platform/context.js';
import { findAgencies } from '../units/index.js';
import { type ActorScope, ISSUER_ROLES, type ScopeGrant, STAFF_ROLES } from './policy.js';

/** The agency a grant is held in, when identity records one (older grants have none). */
function grantAgency(grant: RoleGrant): string | null {
  return 'agencyId' in grant ? (grant.agencyId ?? null) : null;
}

export async function resolveScope(ctx: Ctx): Promise<ActorScope> {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') return { kind: 'anonymous' };
  if (actor.kind === 'system') return { kind: 'system', name: actor.name };
  const agencyIds = actor.roles.map(grantAgency).filter((id): id is string => id !== null);
  const found = await findAgencies(ctx.db, agencyIds);
  const grants: ScopeGrant[] = actor.roles.map((g) => {
    const agencyId = grantAgency(g);
    return {
      role: g.role,
      unitCode: g.unitCode,
      provinceCode: g.provinceCode,
      agencyId,
      agencyKind: agencyId ? (found.get(agencyId)?.kind ?? null) : null,
    };
  });
  return { kind: 'user', userId: actor.userId, name: actor.displayName, grants };
}

/** Who acted, for the records that name a person (reports, decisions). */
export function actorName(ctx: Ctx): { id: string | null; name: string } {
  const actor = ctx.actor;
  return actor.kind === 'user'
    ? { id: actor.userId, name: actor.displayName }
    : { id: null, name: actorLabel(actor) };
}

const TRUE = sql`true`;
const FALSE = sql`false`;

function anyOf(parts: SQL[]): SQL {
  if (parts.length === 0) return FALSE;
  return sql`(${sql.join(parts, sql` or `)})`;
}

function isProvinceGrant(g: ScopeGrant): boolean {
  return g.unitCode === g.provinceCode;
}

/**
 * Tasks (alias `t`) whose lead or coordinating agency the scope works in (specialist / unit_leader).
 * `leadOnly` leaves out coordinated tasks.
 */
export function staffTaskCondition(scope: ActorScope, leadOnly = false): SQL {
  if (scope.kind === 'system') return TRUE;
  if (scope.kind !== 'user') return FALSE;
  const parts: SQL[] = [];
  for (const g of scope.grants) {
    if (!STAFF_ROLES.includes(g.role)) continue;
    if (g.agencyId) {
      parts.push(sql`t.lead_agency_id = ${g.agencyId}::uuid`);
      if (!leadOnly)
        parts.push(sql`exists (select 1 from oversight.task_coordinators tc
          where tc.task_id = t.id and tc.agency_id = ${g.agencyId}::uuid)`);
    } else if (g.unitCode === 'VN') {
      return TRUE;
    } else if (isProvinceGrant(g)) {
      // A province-level grant covers every agency of the province, its communes' included (grantCovers).
      parts.push(sql`t.province_code = ${g.provinceCode}`);
    } else {
      parts.push(sql`t.lead_unit_code = ${g.unitCode}`);
      if (!leadOnly)
        parts.push(sql`exists (select 1 from oversight.task_coordinators tc
          where tc.task_id = t.id and tc.unit_code = ${g.unitCode})`);
    }
  }
  return anyOf(parts);
}

/** Conclusions (alias `c`) the scope issues for: its leaders' units (a province grant covers its communes). */
export function issuerCondition(scope: ActorScope): SQL {
  if (scope.kind === 'system') return TRUE;
  if (scope.kind !== 'user') return FALSE;
  const parts: SQL[] = [];
  for (const g of scope.grants) {
    if (!ISSUER_ROLES.includes(g.role)) continue;
    if (g.agencyId !== null && g.agencyKind !== 'people_committee') continue;
    if (g.unitCode === 'VN') return TRUE;
    parts.push(
      isProvinceGrant(g) ? sql`c.province_code = ${g.provinceCode}` : sql`c.issuer_unit_code = ${g.unitCode}`,
    );
  }
  return anyOf(parts);
}

/** Conclusions (alias `c`) a system administrator of the province may read. */
export function adminCondition(scope: ActorScope): SQL {
  if (scope.kind === 'system') return TRUE;
  if (scope.kind !== 'user') return FALSE;
  const parts: SQL[] = [];
  for (const g of scope.grants) {
    if (g.role !== 'system_admin') continue;
    if (g.unitCode === 'VN') return TRUE;
    if (isProvinceGrant(g)) parts.push(sql`c.province_code = ${g.provinceCode}`);
  }
  return anyOf(parts);
}

/** Every task (alias `t`, its conclusion `c`) the scope may read. */
export function readableTaskCondition(scope: ActorScope): SQL {
  return sql`(${issuerCondition(scope)} or ${adminCondition(scope)} or ${staffTaskCondition(scope)})`;
}
