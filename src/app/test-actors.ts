/** Helpers for module tests: contexts at chosen instants, demo accounts as actors, the audit trail of an entity. */

import { type AuditEntry, listAuditEntries } from '../modules/audit/index.js';
import { listUsers } from '../modules/identity/index.js';
import { listAgencies } from '../modules/units/index.js';
import { type Actor, type Ctx, systemCtx } from '../platform/context.js';
import type { Executor } from '../platform/database/connection.js';
import { quietLogger } from '../platform/logging.js';
import type { Result } from '../platform/result.js';
import { vietnamInstant } from '../platform/vietnam-time.js';

/** A Vietnamese local instant: `vn('2027-03-01T09:00')`. */
export const vn = (local: string) => vietnamInstant(local.slice(0, 10), local.slice(11, 16));

export function systemAt(db: Executor, at: Date): Ctx {
  return systemCtx(db, 'test', quietLogger(), at);
}

export async function demoActor(db: Executor, username: string): Promise<Actor> {
  const found = await listUsers(systemAt(db, new Date()), { q: username, page: 1, pageSize: 10 });
  const user = found.ok ? found.value.items.find((u) => u.username === username) : undefined;
  if (!user) throw new Error(`no demo account ${username}`);
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    userKind: user.kind,
    roles: user.roles.map((g) => ({ role: g.role, unitCode: g.unitCode, provinceCode: g.provinceCode })),
  };
}

export function as(ctx: Ctx, actor: Actor, at?: Date): Ctx {
  return { ...ctx, actor, ...(at ? { now: at } : {}) };
}

/** The value of a successful result; fails the test with the error otherwise. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result. */
export function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** An agency of the demo province by name (province level) or by commune and kind. */
export async function demoAgency(db: Executor, which: string | { commune: string; kind: string }) {
  const agencies = await listAgencies(db, '04');
  const found =
    typeof which === 'string'
      ? agencies.find((a) => a.unitCode === '04' && a.name === which)
      : agencies.find((a) => a.unitCode === which.commune && a.kind === which.kind);
  if (!found) throw new Error(`no demo agency ${JSON.stringify(which)}`);
  return found;
}

/** The audit trail of one entity (optionally one action), read through the audit module as the system. */
export async function auditTrail(db: Executor, entityId: string, action?: string): Promise<AuditEntry[]> {
  const read = await listAuditEntries(systemAt(db, new Date()), {
    entityId,
    ...(action ? { action } : {}),
    limit: 1000,
  });
  if (!read.ok) throw new Error(`audit trail: ${JSON.stringify(read.error)}`);
  return read.value.items;
}
