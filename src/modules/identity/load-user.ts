import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Role, RoleGrant } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { findUnits } from '../units/index.js';
import { roleGrants, users } from './schema.js';

export interface GrantView extends RoleGrant {
  id: string;
  agencyId: string | null;
  unitName: string;
  validFrom: string;
}

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  kind: 'official' | 'citizen';
  email: string | null;
  phone: string | null;
  status: 'active' | 'disabled';
  version: number;
  lockedUntil: Date | null;
  /** An administrator reset the password: the owner must choose a new one before doing anything else. */
  mustChangePassword: boolean;
  /** The unit the account belongs to (issue 18 §4), and its province; `VN` for national accounts. */
  homeUnitCode: string;
  homeProvinceCode: string;
  homeUnitName: string;
  roles: GrantView[];
}

/** The active grants of some users, with unit names, keyed by user id. */
export async function activeGrants(db: Executor, userIds: string[]): Promise<Map<string, GrantView[]>> {
  const byUser = new Map<string, GrantView[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select()
    .from(roleGrants)
    .where(and(inArray(roleGrants.userId, userIds), isNull(roleGrants.revokedAt)))
    .orderBy(roleGrants.createdAt);
  const names = await findUnits(
    db,
    rows.map((r) => r.unitCode),
  );
  for (const row of rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push({
      id: row.id,
      role: row.role as Role,
      unitCode: row.unitCode,
      provinceCode: row.provinceCode,
      agencyId: row.agencyId,
      unitName: row.unitCode === 'VN' ? 'Việt Nam' : (names.get(row.unitCode)?.name ?? row.unitCode),
      validFrom: row.validFrom,
    });
    byUser.set(row.userId, list);
  }
  return byUser;
}

export async function loadUser(db: Executor, userId: string): Promise<UserView | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) return undefined;
  const grants = await activeGrants(db, [row.id]);
  return toView(row, grants.get(row.id) ?? [], await homeUnitNames(db, [row]));
}

/** The names of the accounts' home units, keyed by code. */
export async function homeUnitNames(
  db: Executor,
  rows: Array<Pick<typeof users.$inferSelect, 'homeUnitCode'>>,
): Promise<Map<string, string>> {
  const codes = [...new Set(rows.map((r) => r.homeUnitCode))].filter((code) => code !== 'VN');
  const found = await findUnits(db, codes);
  return new Map([
    ['VN', 'Việt Nam'],
    ...[...found].map(([code, unit]) => [code, unit.name] as [string, string]),
  ]);
}

export function toView(
  row: typeof users.$inferSelect,
  roles: GrantView[],
  unitNames: Map<string, string>,
): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    kind: row.kind,
    email: row.email,
    phone: row.phone,
    status: row.status,
    version: row.version,
    lockedUntil: row.lockedUntil,
    mustChangePassword: row.passwordMustChange,
    homeUnitCode: row.homeUnitCode,
    homeProvinceCode: row.homeProvinceCode,
    homeUnitName: unitNames.get(row.homeUnitCode) ?? row.homeUnitCode,
    roles,
  };
}
