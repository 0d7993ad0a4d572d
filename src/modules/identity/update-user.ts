import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { conflict, fail, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { loadUser, type UserView } from './load-user.js';
import { hashPassword } from './password.js';
import { noticePasswordReset } from './password-notice.js';
import { passwordProblem, refusePassword } from './password-policy.js';
import { decideUserAction, scopeOf } from './policy.js';
import { sessions, users } from './schema.js';

export interface UpdateUserInput {
  /** The version the editor saw; a different current version means someone else changed it (409). */
  version: number;
  displayName?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  status?: 'active' | 'disabled' | undefined;
  /**
   * A new password set by an administrator: checked against the password policy, ends the user's sessions,
   * notifies the owner, and makes them choose their own at next sign-in (issue 18 §3).
   */
  password?: string | undefined;
  /** Clear a sign-in lock. */
  unlock?: boolean | undefined;
}

export async function updateUser(
  ctx: Ctx,
  userId: string,
  input: UpdateUserInput,
): Promise<Result<UserView>> {
  const current = await loadUser(ctx.db, userId);
  if (!current) return notFound('user', userId);
  const decision = decideUserAction(ctx.actor, 'user.update', scopeOf(current));
  if (decision === 'hide') return notFound('user', userId);
  if (decision === 'deny')
    return fail({ kind: 'forbidden', detail: 'You may change accounts only within your scope.' });
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, current);
    if (problem) return refusePassword(problem);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  // Someone else chose this password: the owner replaces it at next sign-in (an administrator resetting
  // their own account has chosen it themselves).
  const mustChange = passwordHash !== undefined && !isOwner(ctx, userId);
  return ctx.db.transaction(async (tx) => {
    const changes = {
      ...(input.displayName === undefined ? {} : { displayName: nfc(input.displayName) }),
      ...(input.email === undefined ? {} : { email: input.email === null ? null : nfc(input.email) }),
      ...(input.phone === undefined ? {} : { phone: input.phone === null ? null : nfc(input.phone) }),
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(input.unlock ? { lockedUntil: null, failedAttempts: 0 } : {}),
    };
    const updated = await tx
      .update(users)
      .set({
        ...changes,
        ...(passwordHash ? { passwordHash, passwordMustChange: mustChange } : {}),
        version: input.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(users.id, userId), eq(users.version, input.version)))
      .returning({ id: users.id });
    if (updated.length === 0) {
      const latest = await loadUser(tx, userId);
      return conflict('The account was changed by someone else; reload and apply your change again.', latest);
    }
    if (passwordHash || input.status === 'disabled')
      await tx.delete(sessions).where(eq(sessions.userId, userId));
    const provinceCode = current.homeProvinceCode === 'VN' ? null : current.homeProvinceCode;
    if (Object.keys(changes).length > 0 || !passwordHash) {
      await recordAudit(tx, ctx, {
        action: 'user.updated',
        entityType: 'user',
        entityId: userId,
        provinceCode,
        before: pick(current, Object.keys(changes)),
        after: changes,
      });
    }
    const updatedView = (await loadUser(tx, userId))!;
    if (passwordHash) {
      const notified = mustChange ? await noticePasswordReset(tx, ctx, updatedView) : [];
      await recordAudit(tx, ctx, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: userId,
        provinceCode,
        after: { mustChangePassword: mustChange, sessionsEnded: true, notified },
      });
    }
    return ok(updatedView);
  });
}

function isOwner(ctx: Ctx, userId: string): boolean {
  return ctx.actor.kind === 'user' && ctx.actor.userId === userId;
}

function pick(view: UserView, keys: string[]): Record<string, unknown> {
  const source = view as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null]));
}
