import { and, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { signInFailures, users } from './schema.js';

/** Consecutive failures that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
/** Attempts from one client address in the window, not known to have succeeded, that make further ones wait. */
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 10 * 60 * 1000;

/**
 * Count a sign-in attempt against its client address BEFORE the password is checked (issue 18 §3: counters read
 * then written without a lock let 40 parallel attempts through). A transaction-scoped advisory lock per address
 * makes the count and the insert one step; the row is deleted if the attempt succeeds. Returns the row's id, or
 * null when the address has used up its attempts.
 */
export async function claimAddressAttempt(db: Executor, ip: string, now: Date): Promise<number | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`identity.sign-in:${ip}`}, 0))`);
    const [recent] = await tx
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.ip, ip), gt(signInFailures.at, new Date(now.getTime() - IP_WINDOW_MS))));
    if (Number(recent?.n ?? 0) >= IP_FAILURE_LIMIT) return null;
    const [row] = await tx
      .insert(signInFailures)
      .values({ ip, at: now })
      .returning({ id: signInFailures.id });
    return row?.id ?? null;
  });
}

/** An attempt on an account, counted before its password is checked. */
export interface AccountClaim {
  userId: string;
  passwordHash: string;
  /** The account's failure count including this attempt; compared again on success. */
  attempt: number;
  /** Set when this attempt reached the limit and locked the account. */
  lockedUntil: Date | null;
}

/**
 * Count an attempt on an account before its password is checked, in one UPDATE … RETURNING so parallel attempts
 * each see the count of the others: the attempt that reaches LOCK_AFTER_FAILURES sets the lock, and every later
 * one finds the account locked and is refused without a check. An expired lock starts the count again.
 * Returns undefined for an unknown, disabled or locked account: the caller answers all three alike.
 */
export async function claimAccountAttempt(
  db: Executor,
  username: string,
  now: Date,
): Promise<AccountClaim | undefined> {
  const attempt = sql`(case when ${users.lockedUntil} is null then ${users.failedAttempts} else 0 end + 1)`;
  const lockUntil = new Date(now.getTime() + LOCK_MS).toISOString();
  const [row] = await db
    .update(users)
    .set({
      failedAttempts: attempt,
      lockedUntil: sql`case when ${attempt} >= ${LOCK_AFTER_FAILURES} then ${lockUntil}::timestamptz end`,
    })
    .where(
      and(
        eq(users.username, username),
        eq(users.status, 'active'),
        or(isNull(users.lockedUntil), lte(users.lockedUntil, now)),
      ),
    )
    .returning({
      userId: users.id,
      passwordHash: users.passwordHash,
      attempt: users.failedAttempts,
      lockedUntil: users.lockedUntil,
    });
  return row;
}

/**
 * After a right password: clear the count and any lock this attempt set, unless other attempts were counted
 * since (they are still being checked, or already failed): then the count they left stands.
 */
export async function settleSuccessfulAttempt(
  db: Executor,
  claim: AccountClaim,
  addressAttempt?: number,
): Promise<void> {
  if (addressAttempt !== undefined)
    await db.delete(signInFailures).where(eq(signInFailures.id, addressAttempt));
  await db
    .update(users)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(and(eq(users.id, claim.userId), eq(users.failedAttempts, claim.attempt)));
}
