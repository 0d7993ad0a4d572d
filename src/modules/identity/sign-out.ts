import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { sessionDetails, sessions } from './schema.js';

/**
 * End the actor's current session. A single sign-on session hands back what the provider needs to end its own
 * session too (RP-initiated logout, issue 20 §1).
 */
export async function signOut(
  ctx: Ctx,
  sessionId: string | undefined,
): Promise<Result<{ sso: { providerId: string; idToken: string } | null }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const [detail] = await tx
      .select({ providerId: sessionDetails.providerId, idToken: sessionDetails.idToken })
      .from(sessionDetails)
      .where(eq(sessionDetails.sessionId, sessionId));
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await recordAudit(tx, ctx, { action: 'auth.signed_out', entityType: 'user', entityId: actor.userId });
    const sso =
      detail?.providerId && detail.idToken
        ? { providerId: detail.providerId, idToken: detail.idToken }
        : null;
    return ok({ sso });
  });
}
