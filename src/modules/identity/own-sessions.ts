/** Every account sees and ends its own sessions (issue 20 §3): device, address, last use. */
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { identityProviders, sessionDetails, sessions } from './schema.js';

export interface OwnSession {
  handle: string;
  current: boolean;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The identity provider the session came from, when single sign-on. */
  provider: string | null;
}

export async function listOwnSessions(ctx: Ctx): Promise<Result<OwnSession[]>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const current = ctx.actor.sessionId;
  const rows = await ctx.db
    .select({ session: sessions, handle: sessionDetails.handle, provider: identityProviders.displayName })
    .from(sessions)
    .innerJoin(sessionDetails, eq(sessionDetails.sessionId, sessions.id))
    .leftJoin(identityProviders, eq(identityProviders.id, sessionDetails.providerId))
    .where(eq(sessions.userId, ctx.actor.userId))
    .orderBy(desc(sessions.lastSeenAt));
  return ok(
    rows
      .filter((r) => r.session.expiresAt > ctx.now)
      .map((r) => ({
        handle: r.handle,
        current: r.session.id === current,
        userAgent: r.session.userAgent,
        ip: r.session.ip,
        createdAt: r.session.createdAt,
        lastSeenAt: r.session.lastSeenAt,
        provider: r.provider,
      })),
  );
}

/** End one of one's own sessions (another device, or this one); someone else's is not found. */
export async function endOwnSession(ctx: Ctx, handle: string): Promise<Result<{ current: boolean }>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .innerJoin(sessionDetails, eq(sessionDetails.sessionId, sessions.id))
      .where(and(eq(sessionDetails.handle, handle), eq(sessions.userId, actor.userId)));
    if (!row) return notFound('session', handle);
    await tx.delete(sessions).where(eq(sessions.id, row.id));
    await recordAudit(tx, ctx, {
      action: 'auth.session_ended',
      entityType: 'user',
      entityId: actor.userId,
      after: { handle },
    });
    return ok({ current: row.id === actor.sessionId });
  });
}
