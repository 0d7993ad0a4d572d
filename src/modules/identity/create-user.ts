import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { conflict, fail, invalid, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { type GrantInput, type GrantScope, insertGrant, resolveGrantScope } from './grant-role.js';
import { loadUser, type UserView } from './load-user.js';
import { hashPassword } from './password.js';
import { decideUserAction } from './policy.js';
import { users } from './schema.js';

export interface CreateUserInput {
  username: string;
  displayName: string;
  kind: 'official' | 'citizen';
  password: string;
  email?: string | undefined;
  phone?: string | undefined;
  roles: GrantInput[];
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Create an account with its first roles, in one transaction with its audit entries. */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<Result<UserView>> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    return invalid('A username is 3–64 characters: letters a–z, digits, dot, dash, underscore.', [
      { field: 'username', message: 'invalid username' },
    ]);
  }
  const resolved: Array<{ role: GrantInput['role']; unit: GrantScope }> = [];
  for (const [i, grant] of input.roles.entries()) {
    const scope = await resolveGrantScope(ctx.db, grant.unitCode, grant.agencyId);
    if (!scope.ok) {
      return invalid(`Cannot grant on ${grant.unitCode}: ${scope.message}.`, [
        { field: `roles.${i}.${scope.field}`, message: scope.message },
      ]);
    }
    const unit = scope.scope;
    if ((grant.role === 'citizen') !== (input.kind === 'citizen')) {
      return invalid('Citizens hold only the citizen role, and officials never do.', [
        { field: `roles.${i}.role`, message: 'does not fit the account kind' },
      ]);
    }
    resolved.push({ role: grant.role, unit });
  }
  const decision = decideUserAction(ctx.actor, 'user.create', { units: resolved.map((r) => r.unit) });
  if (decision !== 'allow')
    return fail({ kind: 'forbidden', detail: 'You may create accounts only within your scope.' });

  const passwordHash = await hashPassword(input.password);
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) return conflict(`The username "${username}" is taken.`);
    await tx.insert(users).values({
      id,
      username,
      displayName: nfc(input.displayName),
      kind: input.kind,
      email: input.email ? nfc(input.email) : null,
      phone: input.phone ? nfc(input.phone) : null,
      passwordHash,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      provinceCode: resolved[0]?.unit.provinceCode === 'VN' ? null : (resolved[0]?.unit.provinceCode ?? null),
      after: { username, displayName: input.displayName, kind: input.kind, email: input.email ?? null },
    });
    for (const grant of resolved) await insertGrant(tx, ctx, id, grant.role, grant.unit);
    return ok((await loadUser(tx, id))!);
  });
}
