import { and, count, eq, gt } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Database } from '../../platform/database/connection.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { loadUser, type UserView } from './load-user.js';
import { decoyHash, verifyPassword } from './password.js';
import { sessions, signInFailures, users } from './schema.js';
import { newToken, SESSION_ABSOLUTE_MS, sessionIdFor } from './session-token.js';

/** Consecutive failures that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
/** Failures from one client address in the window that make further attempts wait. */
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 10 * 60 * 1000;

export interface SignInInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

export interface SignedIn {
  user: UserView;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Sign in with a password: rate-limited per address, locked after repeated failures (issue 2 §4). */
export async function signIn(
  ctx: Ctx,
  database: Database,
  secret: string,
  input: SignInInput,
): Promise<Result<SignedIn>> {
  const now = ctx.now;
  const [recent] = await database.db
    .select({ n: count() })
    .from(signInFailures)
    .where(
      and(eq(signInFailures.ip, input.ip), gt(signInFailures.at, new Date(now.getTime() - IP_WINDOW_MS))),
    );
  if (Number(recent?.n ?? 0) >= IP_FAILURE_LIMIT) {
    return fail({
      kind: 'rate_limited',
      detail: 'Too many failed sign-ins from this address. Wait a few minutes and try again.',
      retryAfterSeconds: Math.ceil(IP_WINDOW_MS / 1000),
    });
  }

  const username = input.username.trim().toLowerCase();
  const [user] = await database.db.select().from(users).where(eq(users.username, username));
  if (user?.lockedUntil && user.lockedUntil > now) {
    return fail(lockedError(user.lockedUntil, now));
  }
  const valid =
    user && user.status === 'active'
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await decoyHash(), input.password)) && false;

  if (!user || !valid) {
    return database.db.transaction(async (tx) => {
      await tx.insert(signInFailures).values({ ip: input.ip, at: now });
      if (!user) {
        await recordAudit(tx, ctx, {
          action: 'auth.sign_in_failed',
          entityType: 'user',
          after: { username, reason: 'unknown user' },
        });
        return fail(wrongCredentials());
      }
      const failures = user.failedAttempts + 1;
      const lock = failures >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
      await tx
        .update(users)
        .set({ failedAttempts: lock ? 0 : failures, lockedUntil: lock, updatedAt: now })
        .where(eq(users.id, user.id));
      await recordAudit(tx, ctx, {
        action: lock ? 'auth.locked' : 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user.id,
        before: { failedAttempts: user.failedAttempts },
        after: { failedAttempts: lock ? 0 : failures, lockedUntil: lock },
      });
      return fail(lock ? lockedError(lock, now) : wrongCredentials());
    });
  }

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  return database.db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sessionIdFor(token, secret),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
    });
    if (user.failedAttempts !== 0 || user.lockedUntil) {
      await tx.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id));
    }
    await recordAudit(
      tx,
      { ...ctx, actor: actorOf(user) },
      {
        action: 'auth.signed_in',
        entityType: 'user',
        entityId: user.id,
        after: { ip: input.ip },
      },
    );
    const view = await loadUser(tx, user.id);
    return ok({ user: view!, token, csrfToken, expiresAt });
  });
}

function actorOf(user: typeof users.$inferSelect) {
  return {
    kind: 'user' as const,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    userKind: user.kind,
    roles: [],
  };
}

function wrongCredentials() {
  return { kind: 'unauthenticated' as const, detail: 'The username or password is not correct.' };
}

function lockedError(until: Date, now: Date) {
  return {
    kind: 'rate_limited' as const,
    detail: `This account is locked after repeated failed sign-ins until ${until.toISOString()}.`,
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  };
}
