/**
 * Officials' second factor (issue 20 §2): which sessions still owe one, checking a TOTP code or a recovery code,
 * and the step-up asked before approving and signing. WebAuthn lives in webauthn.ts, enrolment in enrol-totp.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { readSetting } from '../../platform/database/settings.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import {
  recoveryCodes,
  roleGrants,
  type SessionStage,
  secondFactorRules,
  secondFactors,
  sessionDetails,
  sessions,
} from './schema.js';
import { openSecret } from './secret-box.js';
import { matchTotp } from './totp.js';

/** Wrong second factors one session may give before it is ended. */
export const SECOND_FACTOR_TRIES = 5;
/** How long a second factor counts as fresh for approving and signing, unless an administrator set otherwise. */
export const DEFAULT_STEP_UP_MINUTES = 10;
export const STEP_UP_SETTING = 'identity.stepUpMinutes';

export const forbiddenAs = (problemType: string, message: ReturnType<typeof msg>): DomainError => ({
  kind: 'forbidden',
  problemType,
  detail: renderMessage(message, 'en'),
  localized: message,
});

/** Does the account have a confirmed second factor, and does one of its active roles require one? */
export async function secondFactorStanding(
  db: Executor,
  userId: string,
): Promise<{ enrolled: boolean; required: boolean }> {
  const [enrolled] = await db
    .select({ id: secondFactors.id })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)))
    .limit(1);
  const [required] = await db
    .select({ role: roleGrants.role })
    .from(roleGrants)
    .innerJoin(secondFactorRules, eq(secondFactorRules.role, roleGrants.role))
    .where(
      and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt), eq(secondFactorRules.required, true)),
    )
    .limit(1);
  return { enrolled: enrolled !== undefined, required: required !== undefined };
}

/** The stage a new password session starts in: an enrolled factor is always asked for. */
export async function stageAfterPassword(db: Executor, userId: string): Promise<SessionStage> {
  const standing = await secondFactorStanding(db, userId);
  if (standing.enrolled) return 'second_factor';
  return standing.required ? 'enrol' : 'full';
}

export async function sessionDetail(db: Executor, sessionId: string) {
  const [row] = await db.select().from(sessionDetails).where(eq(sessionDetails.sessionId, sessionId));
  return row;
}

/** The session gave its second factor now: it becomes a full session, fresh for step-up. */
export async function markSecondFactor(tx: Executor, sessionId: string, now: Date): Promise<void> {
  await tx
    .update(sessionDetails)
    .set({ stage: 'full', secondFactorAt: now, secondFactorFailures: 0, webauthnChallenge: null })
    .where(eq(sessionDetails.sessionId, sessionId));
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');
}

/** Ten new recovery codes (the old ones stop working); shown once, stored hashed. */
export async function replaceRecoveryCodes(tx: Executor, userId: string, now: Date): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(8).readBigUInt64BE(0).toString(36).padStart(11, '0').slice(-10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ id: newId(), userId, codeHash: hashRecoveryCode(code), createdAt: now })));
  return codes;
}

/** Which factor a code matches: a confirmed TOTP app (its step recorded) or an unused recovery code (spent). */
async function matchCode(
  tx: Executor,
  secret: string,
  userId: string,
  code: string,
  now: Date,
): Promise<'totp' | 'recovery_code' | null> {
  const digits = code.replace(/\s/g, '');
  const apps = await tx
    .select()
    .from(secondFactors)
    .where(
      and(
        eq(secondFactors.userId, userId),
        eq(secondFactors.kind, 'totp'),
        isNotNull(secondFactors.confirmedAt),
      ),
    )
    .for('update');
  for (const app of apps) {
    const shared = openSecret(secret, app.totpSecret!, `totp:${app.id}`);
    const step = await matchTotp(shared, digits, app.totpLastStep, now);
    if (step !== null) {
      await tx
        .update(secondFactors)
        .set({ totpLastStep: step, lastUsedAt: now })
        .where(eq(secondFactors.id, app.id));
      return 'totp';
    }
  }
  const [spent] = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent ? 'recovery_code' : null;
}

/**
 * Give a second factor in this session, to finish signing in or to step up (issue 20 §2): a TOTP code or a
 * recovery code. A wrong one is counted; the fifth ends the session, so a stolen password alone cannot try
 * codes for long. Every use and failure is audited.
 */
export async function verifySecondFactor(
  ctx: Ctx,
  secret: string,
  sessionId: string | undefined,
  code: string,
): Promise<Result<{ method: 'totp' | 'recovery_code' }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const userId = ctx.actor.userId;
  const outcome = await ctx.db.transaction(async (tx) => {
    const method = await matchCode(tx, secret, userId, code.trim(), ctx.now);
    if (method) {
      await markSecondFactor(tx, sessionId, ctx.now);
      await recordAudit(tx, ctx, {
        action: 'auth.second_factor_used',
        entityType: 'user',
        entityId: userId,
        after: { method },
      });
      return { method } as const;
    }
    return { ended: await countFailure(tx, ctx, sessionId) } as const;
  });
  if (outcome.method) return ok({ method: outcome.method });
  if (outcome.ended) return fail(tooManyTries());
  return fail({
    kind: 'invalid',
    detail: renderMessage(msg('identity.wrongCode'), 'en'),
    localized: msg('identity.wrongCode'),
  });
}

/**
 * A wrong second factor (a code, or a security key's answer) is counted and audited; the fifth ends the session.
 * True when it ended.
 */
export async function countFailure(tx: Executor, ctx: Ctx, sessionId: string): Promise<boolean> {
  const [counted] = await tx
    .update(sessionDetails)
    .set({
      secondFactorFailures: sql`${sessionDetails.secondFactorFailures} + 1`,
      webauthnChallenge: null,
    })
    .where(eq(sessionDetails.sessionId, sessionId))
    .returning({ failures: sessionDetails.secondFactorFailures });
  const ended = (counted?.failures ?? SECOND_FACTOR_TRIES) >= SECOND_FACTOR_TRIES;
  if (ended) await tx.delete(sessions).where(eq(sessions.id, sessionId));
  await recordAudit(tx, ctx, {
    action: 'auth.second_factor_failed',
    entityType: 'user',
    entityId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    after: { failures: counted?.failures ?? null, sessionEnded: ended },
  });
  return ended;
}

export const tooManyTries = (): DomainError => ({
  kind: 'unauthenticated',
  detail: renderMessage(msg('identity.tooManyCodes'), 'en'),
});

export async function stepUpMinutes(db: Executor): Promise<number> {
  return (await readSetting<number>(db, STEP_UP_SETTING)) ?? DEFAULT_STEP_UP_MINUTES;
}

/**
 * Step-up before approving and signing (issue 20 §2): the acting session must have given a second factor within
 * the configured minutes. An account that has none enrolled and whose roles require none has nothing to step up
 * with and passes; one whose roles require it must enrol first. Work done in-process without a session (jobs,
 * the demo generator) is the system's own and passes.
 */
export async function requireFreshSecondFactor(ctx: Ctx): Promise<Result<void>> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !actor.sessionId) return ok(undefined);
  const standing = await secondFactorStanding(ctx.db, actor.userId);
  if (!standing.enrolled) {
    return standing.required
      ? fail(forbiddenAs('second-factor-enrolment-required', msg('identity.enrolmentRequired')))
      : ok(undefined);
  }
  const detail = await sessionDetail(ctx.db, actor.sessionId);
  const minutes = await stepUpMinutes(ctx.db);
  const at = detail?.secondFactorAt;
  if (at && ctx.now.getTime() - at.getTime() <= minutes * 60_000) return ok(undefined);
  return fail(forbiddenAs('step-up-required', msg('identity.stepUpRequired')));
}

/**
 * Adding a second factor (issue 20 §2). A session still owing its second factor cannot add one: the new factor
 * would finish its sign-in, so a stolen password alone would do. A full session of an account that has a factor
 * needs a fresh one, as removing does, so a borrowed session cannot plant its own key. A session made to enrol
 * (its role requires a factor and it has none) may.
 */
export async function mayAddSecondFactor(ctx: Ctx, sessionId: string): Promise<Result<void>> {
  const stage = (await sessionDetail(ctx.db, sessionId))?.stage ?? 'full';
  if (stage === 'enrol') return ok(undefined);
  if (stage === 'second_factor')
    return fail(forbiddenAs('second-factor-first', msg('identity.secondFactorFirst')));
  if (ctx.actor.kind !== 'user' || !(await secondFactorStanding(ctx.db, ctx.actor.userId)).enrolled)
    return ok(undefined);
  return requireFreshSecondFactor(ctx);
}
