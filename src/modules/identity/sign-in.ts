import type { Ctx } from '../../platform/context.js';
import type { Database } from '../../platform/database/connection.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { loadUser, type UserView } from './load-user.js';
import { openSession } from './open-session.js';
import { decoyHash, verifyPassword } from './password.js';
import type { SessionStage } from './schema.js';
import { stageAfterPassword } from './second-factor.js';
import {
  type AccountClaim,
  claimAccountAttempt,
  claimAddressAttempt,
  IP_WINDOW_MS,
  LOCK_AFTER_FAILURES,
  settleFailedAddressAttempt,
  settleFailedAttempt,
  settleSuccessfulAttempt,
} from './sign-in-limits.js';

export { IP_FAILURE_LIMIT, IP_WINDOW_MS, LOCK_AFTER_FAILURES, LOCK_MS } from './sign-in-limits.js';

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
  /** `second_factor` / `enrol`: the password was right; the session may do nothing else until that is done. */
  stage: SessionStage;
}

/**
 * Sign in with a password (issue 2 §4, issue 18 §3); an account with a second factor, or whose role requires one,
 * gets a session that must give or enrol it first (issue 20 §2). Each attempt is counted against its address and its account
 * before the password is checked, so parallel attempts cannot outrun the limits. A wrong password, an unknown
 * username, a disabled account and a locked one get the same answer after the same work (an Argon2 check), so
 * the answer tells nobody which usernames exist.
 */
export async function signIn(
  ctx: Ctx,
  database: Database,
  secret: string,
  input: SignInInput,
): Promise<Result<SignedIn>> {
  const now = ctx.now;
  const addressAttempt = await claimAddressAttempt(database.db, input.ip, now);
  if (addressAttempt === null) {
    return fail({
      kind: 'rate_limited',
      detail: 'Too many failed sign-ins from this address. Wait a few minutes and try again.',
      retryAfterSeconds: Math.ceil(IP_WINDOW_MS / 1000),
    });
  }
  const username = input.username.trim().toLowerCase();
  const claim = await claimAccountAttempt(database.db, username, now);
  const valid = claim
    ? await verifyPassword(claim.passwordHash, input.password)
    : (await verifyPassword(await decoyHash(), input.password)) && false;
  if (!claim || !valid) {
    await database.db.transaction(async (tx) => {
      await settleFailedAddressAttempt(tx, addressAttempt);
      if (!claim) return recordAudit(tx, ctx, refusedUnchecked(username));
      const settled = await settleFailedAttempt(tx, claim, now);
      await recordAudit(tx, ctx, failedCheck(claim, settled));
    });
    return fail(wrongCredentials());
  }
  return startSession(ctx, database, secret, input, claim, addressAttempt);
}

async function startSession(
  ctx: Ctx,
  database: Database,
  secret: string,
  input: SignInInput,
  claim: AccountClaim,
  addressAttempt: number,
): Promise<Result<SignedIn>> {
  return database.db.transaction(async (tx) => {
    const stage = await stageAfterPassword(tx, claim.userId);
    const opened = await openSession(tx, secret, {
      userId: claim.userId,
      now: ctx.now,
      ip: input.ip,
      userAgent: input.userAgent,
      stage,
    });
    await settleSuccessfulAttempt(tx, claim, addressAttempt);
    const view = (await loadUser(tx, claim.userId))!;
    await recordAudit(
      tx,
      {
        ...ctx,
        actor: {
          kind: 'user',
          userId: view.id,
          username: view.username,
          displayName: view.displayName,
          userKind: view.kind,
          roles: [],
        },
      },
      { action: 'auth.signed_in', entityType: 'user', entityId: view.id, after: { ip: input.ip, stage } },
    );
    return ok({ user: view, ...opened });
  });
}

/** A wrong password was checked for an account; the failure that reached the limit locked it. */
function failedCheck(claim: AccountClaim, settled: { failedAttempts: number; lockedUntil: Date | null }) {
  const locked = settled.failedAttempts >= LOCK_AFTER_FAILURES;
  return {
    action: locked ? 'auth.locked' : 'auth.sign_in_failed',
    entityType: 'user',
    entityId: claim.userId,
    after: { failedAttempts: settled.failedAttempts, lockedUntil: locked ? settled.lockedUntil : null },
  };
}

/** No password was checked: the username is unknown, or its account is locked, disabled or has no free place. */
function refusedUnchecked(username: string) {
  return { action: 'auth.sign_in_refused', entityType: 'user', after: { username } };
}

function wrongCredentials() {
  return {
    kind: 'unauthenticated' as const,
    detail:
      'The username or password is not correct, or the account is locked for a while after repeated failed sign-ins.',
  };
}
