import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Role } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { roleGrants, users } from './schema.js';

export interface OfficialSummary {
  id: string;
  username: string;
  displayName: string;
  /** The roles the official holds on the unit or on its province. */
  roles: Role[];
}

/**
 * Active officials holding one of `roles` on a unit, directly or through a grant on its province (the two-level
 * model: a province grant covers its communes). For work assignment screens; no contact details.
 */
export async function officialsOfUnit(
  db: Executor,
  unit: { unitCode: string; provinceCode: string },
  roles: readonly Role[],
): Promise<OfficialSummary[]> {
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: roleGrants.role })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        isNull(roleGrants.revokedAt),
        eq(users.status, 'active'),
        eq(users.kind, 'official'),
        inArray(roleGrants.role, [...roles]),
        or(eq(roleGrants.unitCode, unit.unitCode), eq(roleGrants.unitCode, unit.provinceCode)),
      ),
    )
    .orderBy(users.displayName);
  const byId = new Map<string, OfficialSummary>();
  for (const row of rows) {
    const found = byId.get(row.id) ?? {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      roles: [],
    };
    if (!found.roles.includes(row.role as Role)) found.roles.push(row.role as Role);
    byId.set(row.id, found);
  }
  return [...byId.values()];
}
