import { setTimeout as sleep } from 'node:timers/promises';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { signInFailures, users } from './schema.js';

/** Consecutive failures that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
/** Attempts from one client address in the window, not known to have succeeded, that make further ones wait. */
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 10 * 60 * 1000;
/** A check counted as under way for longer than this was cut short by a crash: it no longer holds a place. */
const CHECK_STALE_MS = 60_000;
/** How long an attempt waits for a place held by checks under way (right passwords free theirs at once). */
const WAIT_FOR_PLACE_MS = 5_000;
/** Between two looks at the places; jittered so waiting attempts do not poll the database in step. */
const WAIT_STEP_MS = 80;

/*
 * Issue 18 §3: counters that were read, then written after the Argon2 check let 40 parallel attempts all be
 * checked. Here every attempt takes a place BEFORE its password is checked, in one atomic statement, and gives it
 * back after: failures plus checks under way never exceed the limit. An attempt that finds every place taken by
 * checks still under way waits briefly (they may be right passwords, which free their places); one that finds the
 * places taken by failures is refused unchecked.
 */

type Place<T> = { taken: T } | { busy: true } | { refused: true };

/** Take a place, waiting while checks under way hold all of them. */
async function takePlace<T>(take: () => Promise<Place<T>>): Promise<T | undefined> {
  const until = Date.now() + WAIT_FOR_PLACE_MS;
  for (;;) {
    const place = await take();
    if ('taken' in place) return place.taken;
    if ('refused' in place || Date.now() >= until) return undefined;
    await sleep(WAIT_STEP_MS / 2 + Math.random() * WAIT_STEP_MS);
  }
}

/**
 * Count an attempt against its client address: under a transaction-scoped advisory lock per address, count the
 * window's attempts not known to have succeeded and add this one as pending. Returns the row's id, or null when
 * the address has used up its attempts.
 */
export async function claimAddressAttempt(db: Executor, ip: string, now: Date): Promise<number | null> {
  const id = await takePlace(() =>
    db.transaction(async (tx): Promise<Place<number>> => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`identity.sign-in:${ip}`}, 0))`);
      const since = new Date(now.getTime() - IP_WINDOW_MS);
      const stale = new Date(Date.now() - CHECK_STALE_MS);
      const [recent] = await tx
        .select({
          n: count(),
          pending: sql<number>`count(*) filter (where ${signInFailures.pending} and ${signInFailures.at} > ${stale.toISOString()}::timestamptz)`,
        })
        .from(signInFailures)
        .where(and(eq(signInFailures.ip, ip), gt(signInFailures.at, since)));
      if (Number(recent?.n ?? 0) >= IP_FAILURE_LIMIT)
        return Number(recent?.pending ?? 0) > 0 ? { busy: true } : { refused: true };
      const [row] = await tx
        .insert(signInFailures)
        .values({ ip, at: now, pending: true })
        .returning({ id: signInFailures.id });
      return { taken: row!.id };
    }),
  );
  return id ?? null;
}

/** An attempt on an account that holds a place; its password may now be checked once. */
export interface AccountClaim {
  userId: string;
  passwordHash: string;
  /** Failures already counted when the place was taken: the ones a right password may clear. */
  failuresBefore: number;
}

/**
 * Take a place for a password check on an account. Returns undefined for an unknown, disabled or locked account,
 * or one whose places are all taken: the caller answers all of these alike. Passing an expired lock starts the
 * count again.
 */
export async function claimAccountAttempt(
  db: Executor,
  username: string,
  now: Date,
): Promise<AccountClaim | undefined> {
  return takePlace(async (): Promise<Place<AccountClaim>> => {
    const stale = new Date(Date.now() - CHECK_STALE_MS).toISOString();
    const failures = sql`(case when ${users.lockedUntil} is null then ${users.failedAttempts} else 0 end)`;
    const inFlight = sql`(case when ${users.checksStartedAt} is null or ${users.checksStartedAt} < ${stale}::timestamptz then 0 else ${users.checksInFlight} end)`;
    const open = and(
      eq(users.username, username),
      eq(users.status, 'active'),
      sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`,
    );
    const [taken] = await db
      .update(users)
      .set({
        failedAttempts: failures,
        lockedUntil: null,
        checksInFlight: sql`${inFlight} + 1`,
        checksStartedAt: now,
      })
      .where(and(open, sql`${failures} + ${inFlight} < ${LOCK_AFTER_FAILURES}`))
      .returning({
        userId: users.id,
        passwordHash: users.passwordHash,
        failuresBefore: users.failedAttempts,
      });
    if (taken) return { taken };
    const [waiting] = await db
      .select({ inFlight: sql<number>`${inFlight}` })
      .from(users)
      .where(open);
    return waiting && Number(waiting.inFlight) > 0 ? { busy: true } : { refused: true };
  });
}

/** After a wrong password: give the place back as a failure; the failure that reaches the limit locks the account. */
export async function settleFailedAttempt(
  db: Executor,
  claim: AccountClaim,
  now: Date,
): Promise<{ failedAttempts: number; lockedUntil: Date | null }> {
  const failures = sql`${users.failedAttempts} + 1`;
  const lockUntil = new Date(now.getTime() + LOCK_MS).toISOString();
  const [row] = await db
    .update(users)
    .set({
      checksInFlight: sql`greatest(${users.checksInFlight} - 1, 0)`,
      failedAttempts: failures,
      lockedUntil: sql`case when ${failures} >= ${LOCK_AFTER_FAILURES} then ${lockUntil}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, claim.userId))
    .returning({ failedAttempts: users.failedAttempts, lockedUntil: users.lockedUntil });
  return row ?? { failedAttempts: 0, lockedUntil: null };
}

/** After a wrong password on an address: the attempt is a failure of the address now, no longer pending. */
export async function settleFailedAddressAttempt(db: Executor, addressAttempt: number): Promise<void> {
  await db.update(signInFailures).set({ pending: false }).where(eq(signInFailures.id, addressAttempt));
}

/**
 * After a right password: give the place back; the address attempt is forgotten. It clears only the failures
 * counted before it took its place: wrong passwords checked while it was being checked stay counted, so a right
 * password inside a burst of wrong ones does not reopen the places the burst has used, and a burst gets at most
 * LOCK_AFTER_FAILURES wrong checks whichever of its attempts finishes first.
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
    .set({
      checksInFlight: sql`greatest(${users.checksInFlight} - 1, 0)`,
      failedAttempts: sql`greatest(${users.failedAttempts} - ${claim.failuresBefore}, 0)`,
    })
    .where(eq(users.id, claim.userId));
}
