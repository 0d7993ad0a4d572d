/**
 * Giới hạn tần suất tiếp nhận — limits on intake that needs no account: anonymous PAKN from the portal per
 * client address, and Open311 POST requests per client address and per API key (issue 10 §1). Each attempt that
 * reaches intake takes a slot; past the limit in the window the caller gets 429 (problem+json, or the Open311
 * error array) with the seconds to wait. Counted in PostgreSQL so every app instance shares one count; one key
 * is counted under a transaction-scoped advisory lock, so concurrent attempts cannot both take the last slot.
 */
import { and, asc, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { inTransaction } from './case-store.js';
import { msg } from './messages.js';
import { intakeHits } from './schema.js';

const HOUR = 60 * 60_000;

/** Attempts allowed per key in the window. */
export const INTAKE_LIMITS = {
  /** Anonymous PAKN on the portal, per client address. */
  portal_anonymous: { max: 10, windowMs: HOUR },
  /** Open311 POST requests, per client address (whatever the key). */
  open311_address: { max: 60, windowMs: HOUR },
  /** Open311 POST requests, per API key (one client, any address). */
  open311_key: { max: 120, windowMs: HOUR },
} as const;
export type IntakeBucket = keyof typeof INTAKE_LIMITS;

export interface IntakeSlot {
  bucket: IntakeBucket;
  /** A client address or an Open311 key id. */
  key: string;
  provinceCode: string;
  /** Another limit than the bucket's (tests). */
  limit?: { max: number; windowMs: number } | undefined;
}

const MESSAGES = {
  portal_anonymous: 'feedback.tooManyAnonymous',
  open311_address: 'feedback.tooManyFromAddress',
  open311_key: 'feedback.tooManyWithKey',
} as const satisfies Record<IntakeBucket, string>;

/** Take a slot, or answer `rate_limited` with the seconds until the oldest attempt of the window expires. */
export async function takeIntakeSlot(ctx: Ctx, slot: IntakeSlot): Promise<Result<void>> {
  const { max, windowMs } = slot.limit ?? INTAKE_LIMITS[slot.bucket];
  const since = new Date(ctx.now.getTime() - windowMs);
  return inTransaction(ctx.db, async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`feedback-intake:${slot.bucket}:${slot.key}`}, 0))`,
    );
    const where = and(
      eq(intakeHits.bucket, slot.bucket),
      eq(intakeHits.key, slot.key),
      gt(intakeHits.at, since),
    );
    const [counted] = await tx.select({ n: count() }).from(intakeHits).where(where);
    if ((counted?.n ?? 0) >= max) {
      const [oldest] = await tx
        .select({ at: intakeHits.at })
        .from(intakeHits)
        .where(where)
        .orderBy(asc(intakeHits.at))
        .limit(1);
      const waitMs = (oldest?.at.getTime() ?? ctx.now.getTime()) + windowMs - ctx.now.getTime();
      return fail({
        kind: 'rate_limited',
        detail: renderMessage(msg(MESSAGES[slot.bucket]), 'en'),
        localized: msg(MESSAGES[slot.bucket]),
        retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
      });
    }
    // Attempts older than the window are of no further use.
    await tx
      .delete(intakeHits)
      .where(and(eq(intakeHits.bucket, slot.bucket), eq(intakeHits.key, slot.key), lt(intakeHits.at, since)));
    await tx.insert(intakeHits).values({
      id: newId(),
      provinceCode: slot.provinceCode,
      bucket: slot.bucket,
      key: slot.key,
      at: ctx.now,
    });
    return ok(undefined);
  });
}

/** The portal's intake: anonymous PAKN only (signed-in people and officials are accountable already). */
export async function limitAnonymousIntake(
  ctx: Ctx,
  input: { provinceCode: string; clientAddress: string },
): Promise<Result<void>> {
  if (ctx.actor.kind !== 'anonymous') return ok(undefined);
  return takeIntakeSlot(ctx, {
    bucket: 'portal_anonymous',
    key: input.clientAddress,
    provinceCode: input.provinceCode,
  });
}
