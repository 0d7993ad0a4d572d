import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { conflict, fail, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { loadUser, type UserView } from './load-user.js';
import { hashPassword } from './password.js';
import { decideUserAction } from './policy.js';
import { sessions, users } from './schema.js';

export interface UpdateUserInput {
  /** The version the editor saw; a different current version means someone else changed it (409). */
  version: number;
  displayName?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  status?: 'active' | 'disabled' | undefined;
  /** A new password set by an administrator; ends the user's sessions. */
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
  const units = current.roles.map((g) => ({ unitCode: g.unitCode, provinceCode: g.provinceCode }));
  const decision = decideUserAction(ctx.actor, 'user.update', { userId, units });
  if (decision === 'hide') return notFound('user', userId);
  if (decision === 'deny')
    return fail({ kind: 'forbidden', detail: 'You may change accounts only within your scope.' });
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
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
        ...(passwordHash ? { passwordHash } : {}),
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
    await recordAudit(tx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: userId,
      provinceCode: current.roles[0]?.provinceCode === 'VN' ? null : (current.roles[0]?.provinceCode ?? null),
      before: pick(current, Object.keys(changes)),
      after: { ...changes, ...(passwordHash ? { password: 'changed' } : {}) },
    });
    return ok((await loadUser(tx, userId))!);
  });
}

function pick(view: UserView, keys: string[]): Record<string, unknown> {
  const source = view as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? null]));
}
