import type { Executor } from './database/connection.js';
import type { Logger } from './logging.js';

/** The roles of the foundation, each granted on a unit (a province or a commune) and its sub-units. */
export const ROLES = [
  'system_admin',
  'provincial_leader',
  'unit_leader',
  'specialist',
  'counter_clerk',
  'citizen',
] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /**
   * Administrative unit code (2-digit province or 5-digit commune, Decision 19/2025/QĐ-TTg),
   * or `VN` for national scope (system administrators of the whole installation).
   */
  unitCode: string;
  /** The province the unit belongs to (`VN` for national scope): scope checks need no lookup. */
  provinceCode: string;
  /** Set when the role is held in one agency of the unit (a department, a PAS centre). */
  agencyId?: string | null;
}

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      userKind: 'official' | 'citizen';
      roles: RoleGrant[];
      sessionId?: string;
    }
  /** Jobs, imports and the demo seeder act as the system, named for the audit trail. */
  | { kind: 'system'; name: string };

/** What every use case receives: who acts, on which database, when, and for which request. */
export interface Ctx {
  db: Executor;
  actor: Actor;
  requestId: string;
  now: Date;
  log: Logger;
  /**
   * The executor of read-only work that may be as stale as the replica's bound (reports, public figures,
   * exports; issue 22 §1, docs/adr/0020): the replica while fresh, else the primary. Absent: `db`.
   */
  reads?: () => Promise<Executor>;
  /**
   * The pool's handle when `db` is a transaction the caller opened: the look-up caches of that database are
   * found by it (platform/cache.ts, docs/adr/0024). Absent: `db`.
   */
  cacheScope?: Executor;
}

/** The context to read with once any writes the read needs are done (see `Ctx.reads`). */
export async function forReading(ctx: Ctx): Promise<Ctx> {
  return ctx.reads ? { ...ctx, db: await ctx.reads() } : ctx;
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return actor.username;
    case 'system':
      return `system:${actor.name}`;
  }
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** The context of work the system does by itself (jobs, imports, the demo seeder). */
export function systemCtx(db: Executor, name: string, log: Logger, now = new Date()): Ctx {
  return { db, actor: { kind: 'system', name }, requestId: `system:${name}:${now.toISOString()}`, now, log };
}
