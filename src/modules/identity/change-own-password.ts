import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { codedFieldError, fail, invalidBecause, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { hashPassword, verifyPassword } from './password.js';
import { passwordProblem, refusePassword } from './password-policy.js';
import { sessions, users } from './schema.js';
import {
  claimAccountAttempt,
  LOCK_AFTER_FAILURES,
  LOCK_MS,
  settleFailedAttempt,
  settleSuccessfulAttempt,
} from './sign-in-limits.js';

export interface ChangeOwnPasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * Every account, citizens included, changes its own password (issue 18 §3): the current one is checked (and
 * counted like a sign-in attempt, so a borrowed session cannot guess it), the new one must pass the policy, and
 * the account's other sessions end. The session that made the change stays signed in.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  sessionId: string | undefined,
  input: ChangeOwnPasswordInput,
): Promise<Result<{ sessionsEnded: number }>> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const problem = passwordProblem(input.newPassword, actor);
  if (problem) return refusePassword(problem, 'newPassword');
  const claim = await claimAccountAttempt(ctx.db, actor.username, ctx.now);
  if (!claim) {
    return fail({
      kind: 'rate_limited',
      detail: 'Too many wrong passwords: the account is locked for a while. Try again later.',
      retryAfterSeconds: Math.ceil(LOCK_MS / 1000),
    });
  }
  if (!(await verifyPassword(claim.passwordHash, input.currentPassword))) {
    await ctx.db.transaction(async (tx) => {
      const settled = await settleFailedAttempt(tx, claim, ctx.now);
      const locked = settled.failedAttempts >= LOCK_AFTER_FAILURES;
      await recordAudit(tx, ctx, {
        action: locked ? 'auth.locked' : 'user.password_change_failed',
        entityType: 'user',
        entityId: actor.userId,
        after: { failedAttempts: settled.failedAttempts, lockedUntil: locked ? settled.lockedUntil : null },
      });
    });
    const wrong = msg('identity.password.wrong');
    return invalidBecause(wrong, [codedFieldError('currentPassword', wrong)]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await settleSuccessfulAttempt(tx, claim);
    const [row] = await tx
      .update(users)
      .set({ passwordHash, passwordMustChange: false, updatedAt: ctx.now })
      .where(eq(users.id, actor.userId))
      .returning({ homeProvinceCode: users.homeProvinceCode });
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.userId), ne(sessions.id, sessionId)))
      .returning({ id: sessions.id });
    await recordAudit(tx, ctx, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: actor.userId,
      provinceCode: !row || row.homeProvinceCode === 'VN' ? null : row.homeProvinceCode,
      after: { sessionsEnded: ended.length },
    });
    return ok({ sessionsEnded: ended.length });
  });
}
