import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { readSetting } from '../../platform/database/settings.js';
import type { Message } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import {
  codedFieldError,
  conflictBecause,
  fail,
  invalid,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { type GrantInput, type GrantScope, insertGrant, resolveGrantScope } from './grant-role.js';
import { loadUser, type UserView } from './load-user.js';
import { msg } from './messages.js';
import { hashPassword } from './password.js';
import { passwordProblem, refusePassword } from './password-policy.js';
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
  /**
   * The unit the account belongs to (issue 18 §4). Left out: the unit of the first role; for a citizen
   * without one, the installation's province. An official with neither is refused.
   */
  homeUnitCode?: string | undefined;
  /**
   * Only for the demo seeder (a system actor): set the published demo password even though the policy
   * refuses it (`Demo@2025` scores too low). Ignored for any other actor.
   */
  demoPassword?: boolean;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Create an account with its first roles, in one transaction with its audit entries. */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<Result<UserView>> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    return invalid('A username is 3–64 characters: letters a–z, digits, dot, dash, underscore.', [
      codedFieldError('username', msg('identity.field.invalidUsername')),
    ]);
  }
  const resolved: Array<{ role: GrantInput['role']; unit: GrantScope }> = [];
  for (const [i, grant] of input.roles.entries()) {
    const scope = await resolveGrantScope(ctx.db, grant.unitCode, grant.agencyId);
    if (!scope.ok) {
      return invalidBecause(msg('identity.cannotGrantOn', { unit: grant.unitCode, reason: scope.message }), [
        codedFieldError(`roles.${i}.${scope.field}`, scope.message),
      ]);
    }
    const unit = scope.scope;
    if ((grant.role === 'citizen') !== (input.kind === 'citizen')) {
      return invalid('Citizens hold only the citizen role, and officials never do.', [
        codedFieldError(`roles.${i}.role`, msg('identity.field.roleKind')),
      ]);
    }
    resolved.push({ role: grant.role, unit });
  }
  const home = await resolveHome(ctx.db, input, resolved);
  if (!home.ok) return invalidBecause(home.detail, [codedFieldError('homeUnitCode', home.message)]);
  const decision = decideUserAction(ctx.actor, 'user.create', {
    home: home.unit,
    grants: resolved.map((r) => r.unit),
  });
  if (decision !== 'allow')
    return fail({ kind: 'forbidden', detail: 'You may create accounts only within your scope.' });
  if (!(input.demoPassword && ctx.actor.kind === 'system')) {
    const problem = passwordProblem(input.password, { username, displayName: input.displayName });
    if (problem) return refusePassword(problem);
  }

  const passwordHash = await hashPassword(input.password);
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) return conflictBecause(msg('identity.usernameTaken', { username }));
    await tx.insert(users).values({
      id,
      username,
      displayName: nfc(input.displayName),
      kind: input.kind,
      email: input.email ? nfc(input.email) : null,
      phone: input.phone ? nfc(input.phone) : null,
      passwordHash,
      homeUnitCode: home.unit.unitCode,
      homeProvinceCode: home.unit.provinceCode,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      provinceCode: home.unit.provinceCode === 'VN' ? null : home.unit.provinceCode,
      after: {
        username,
        displayName: input.displayName,
        kind: input.kind,
        email: input.email ?? null,
        homeUnitCode: home.unit.unitCode,
      },
    });
    for (const grant of resolved) await insertGrant(tx, ctx, id, grant.role, grant.unit);
    return ok((await loadUser(tx, id))!);
  });
}

type Home = { ok: true; unit: GrantScope } | { ok: false; detail: Message; message: Message };

/** The account's home unit: as given, else its first role's unit, else (citizens) the installation's province. */
async function resolveHome(
  db: Executor,
  input: CreateUserInput,
  roles: Array<{ unit: GrantScope }>,
): Promise<Home> {
  if (input.homeUnitCode) {
    const scope = await resolveGrantScope(db, input.homeUnitCode);
    return scope.ok
      ? { ok: true, unit: { ...scope.scope, agencyId: null } }
      : {
          ok: false,
          detail: msg('identity.unknownHomeUnit', { code: input.homeUnitCode }),
          message: msg('identity.field.unknownUnit'),
        };
  }
  const first = roles[0]?.unit;
  if (first) return { ok: true, unit: { ...first, agencyId: null } };
  if (input.kind === 'citizen') {
    const province = await installationProvince(db);
    if (province) return { ok: true, unit: { unitCode: province, provinceCode: province, agencyId: null } };
  }
  return {
    ok: false,
    detail: msg('identity.needsHome'),
    message: msg('identity.field.homeRequired'),
  };
}

/** The province this installation serves: the demo province, or the one set at installation. */
export async function installationProvince(db: Executor): Promise<string | undefined> {
  const demo = await readSetting<{ provinceCode?: string }>(db, 'demo');
  return demo?.provinceCode ?? (await readSetting<string>(db, 'province'));
}
