import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { activeGrants, homeUnitNames, loadUser, toView, type UserView } from './load-user.js';
import { decideUserAction, scopeOf } from './policy.js';
import { users } from './schema.js';

export interface ListUsersInput {
  q?: string | undefined;
  kind?: 'official' | 'citizen' | undefined;
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Accounts an administrator may see: those whose home unit or an active grant lies inside the administrator's scope (issue 18 §4). */
export async function listUsers(ctx: Ctx, input: ListUsersInput): Promise<Result<Page<UserView>>> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' && actor.kind !== 'system') return fail({ kind: 'unauthenticated' });
  const adminGrants =
    actor.kind === 'system'
      ? [{ unitCode: 'VN', provinceCode: 'VN' }]
      : actor.roles.filter((g) => g.role === 'system_admin');
  if (adminGrants.length === 0)
    return fail({ kind: 'forbidden', detail: 'Only system administrators list accounts.' });

  const filters: SQL[] = [];
  if (!adminGrants.some((g) => g.unitCode === 'VN')) {
    const provinces = adminGrants.filter((g) => g.unitCode === g.provinceCode).map((g) => g.provinceCode);
    const unitsOnly = adminGrants.filter((g) => g.unitCode !== g.provinceCode).map((g) => g.unitCode);
    const [inProvinces, inUnits] = [sqlArray(provinces), sqlArray(unitsOnly)];
    filters.push(sql`(${users.homeProvinceCode} = any(${inProvinces}) or ${users.homeUnitCode} = any(${inUnits})
      or exists (select 1 from identity.role_grants g where g.user_id = ${users.id}
      and g.revoked_at is null
      and (g.province_code = any(${inProvinces}) or g.unit_code = any(${inUnits}))))`);
  }
  if (input.kind) filters.push(eq(users.kind, input.kind));
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern))!);
  }
  const where = filters.length ? and(...filters) : undefined;
  // One query after another: `db` may be a transaction, whose connection takes one query at a time.
  const rows = await ctx.db
    .select()
    .from(users)
    .where(where)
    .orderBy(users.username)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const totals = await ctx.db.select({ n: count() }).from(users).where(where);
  const grants = await activeGrants(
    ctx.db,
    rows.map((r) => r.id),
  );
  const unitNames = await homeUnitNames(ctx.db, rows);
  return ok({
    items: rows.map((row) => toView(row, grants.get(row.id) ?? [], unitNames)),
    total: Number(totals[0]?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  });
}

function sqlArray(values: string[]) {
  return sql`${`{${values.map((v) => `"${v}"`).join(',')}}`}::text[]`;
}

export async function getUser(ctx: Ctx, userId: string): Promise<Result<UserView>> {
  const view = await loadUser(ctx.db, userId);
  if (!view) return notFound('user', userId);
  const decision = decideUserAction(ctx.actor, 'user.read', scopeOf(view));
  if (decision === 'allow') return ok(view);
  return decision === 'hide' ? notFound('user', userId) : fail({ kind: 'forbidden' });
}
