import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cacheHubOf } from '../../platform/cache.js';
import type { RoleGrant } from '../../platform/context.js';
import type { Database } from '../../platform/database/connection.js';
import { HttpProblem, problem } from '../../platform/http/problem.js';
import { activeGrants } from './load-user.js';
import { type SessionStage, sessionDetails, sessions, users } from './schema.js';
import { SESSION_COOKIE, SESSION_IDLE_MS, sameToken, sessionIdFor } from './session-token.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, when there is one. */
    session?: { id: string; csrfToken: string; stage: SessionStage };
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What an account whose password was reset may still do before choosing its own (issue 18 §3). */
const BEFORE_CHANGE = ['/auth/password', '/auth/logout'];
function mayActBeforeChange(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return BEFORE_CHANGE.some((allowed) => path.endsWith(allowed));
}
/**
 * What a session that still owes a second factor may reach (issue 20 §2): who it is, sign-out, and the second
 * factor's own endpoints (giving one, or enrolling one when the role requires it). Nothing else, not even reads.
 */
function mayActBeforeSecondFactor(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path.endsWith('/auth/me') || path.endsWith('/auth/logout') || path.includes('/auth/second-factor');
}
/** last_seen_at is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The onRequest hook that turns the session cookie into `request.actor`. A state-changing request
 * of a session must carry its CSRF token in `x-csrf-token` (synchroniser token). Requests without
 * a session (sign-in) are protected by accepting JSON only: a cross-site form cannot send it.
 */
/** What the session check needs of a session, its user and their grants: cached per session (issue 17 §4). */
interface SessionRecord {
  session: { lastSeenAt: Date; expiresAt: Date; csrfToken: string };
  user: Pick<
    typeof users.$inferSelect,
    'id' | 'username' | 'displayName' | 'kind' | 'status' | 'passwordMustChange'
  >;
  stage: SessionStage | null;
  roles: RoleGrant[];
}

/**
 * Sessions cached: up to 10,000, each trusted for at most a minute; any change to a session, its user or their
 * grants drops them all on every instance (trigger → NOTIFY, docs/adr/0024).
 */
const SESSION_CACHE = { max: 10_000, ttlMs: 60_000 };

async function readSession(database: Database, id: string): Promise<SessionRecord | undefined> {
  const [row] = await database.db
    .select({ session: sessions, user: users, stage: sessionDetails.stage })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(sessionDetails, eq(sessionDetails.sessionId, sessions.id))
    .where(eq(sessions.id, id));
  if (!row) return undefined;
  const grants = (await activeGrants(database.db, [row.user.id])).get(row.user.id) ?? [];
  return {
    session: row.session,
    user: row.user,
    stage: row.stage,
    roles: grants.map((g) => ({
      role: g.role,
      unitCode: g.unitCode,
      provinceCode: g.provinceCode,
      agencyId: g.agencyId,
    })),
  };
}

/**
 * The onRequest hook that turns the session cookie into `request.actor`. A state-changing request
 * of a session must carry its CSRF token in `x-csrf-token` (synchroniser token). Requests without
 * a session (sign-in) are protected by accepting JSON only: a cross-site form cannot send it.
 */
export function createAuthenticate(database: Database, secret: string) {
  const hub = cacheHubOf(database.db);
  const cache = hub.cache<SessionRecord>('sessions', 'identity.sessions', SESSION_CACHE);
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    // Every change committed before this request reached the caches (sessions, procedures, calendars, signers).
    await hub.sync();
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const now = new Date();
    const id = sessionIdFor(token, secret);
    let row = cache.get(id);
    // Another instance may have seen the session since this one cached it: what looks idle is read again.
    if (!row || now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      cache.delete(id);
      row = await cache.through(id, async () => (await readSession(database, id)) as SessionRecord);
    }
    const idle = row ? now.getTime() - row.session.lastSeenAt.getTime() > SESSION_IDLE_MS : true;
    if (!row || row.session.expiresAt <= now || idle || row.user.status !== 'active') {
      cache.delete(id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    if (!SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameToken(given, row.session.csrfToken)) {
        throw new HttpProblem(
          problem(403, 'csrf', 'Missing or wrong CSRF token', {
            detail: 'State-changing requests must send the x-csrf-token header from /api/v1/auth/me.',
          }),
        );
      }
    }
    if (
      row.user.passwordMustChange &&
      !SAFE_METHODS.has(request.method) &&
      !mayActBeforeChange(request.url)
    ) {
      throw new HttpProblem(
        problem(403, 'password-change-required', 'Change your password first', {
          detail: 'An administrator set this password: choose your own at POST /api/v1/auth/password first.',
        }),
      );
    }
    const stage = row.stage ?? 'full';
    if (stage !== 'full' && !mayActBeforeSecondFactor(request.url)) {
      throw new HttpProblem(
        problem(401, 'second-factor-required', 'Second factor required', {
          detail:
            stage === 'enrol'
              ? 'Your role requires a second factor: enrol one at /api/v1/auth/second-factor first.'
              : 'Give your second factor at POST /api/v1/auth/second-factor/verify to finish signing in.',
        }),
      );
    }
    request.session = { id, csrfToken: row.session.csrfToken, stage };
    request.actor = {
      kind: 'user',
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      userKind: row.user.kind,
      roles: row.roles,
      sessionId: id,
    };
    if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await database.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
      row.session = { ...row.session, lastSeenAt: now };
    }
  };
}
