import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { sessions } from './schema.js';

/** End the actor's current session. */
export async function signOut(ctx: Ctx, sessionId: string | undefined): Promise<Result<null>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await recordAudit(tx, ctx, { action: 'auth.signed_out', entityType: 'user', entityId: actor.userId });
    return ok(null);
  });
}
