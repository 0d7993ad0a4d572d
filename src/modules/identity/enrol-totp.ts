/** Enrol an authenticator app (TOTP, RFC 6238) as one's own second factor (issue 20 §2). */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { fail, invalidBecause, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { secondFactors } from './schema.js';
import { markSecondFactor, mayAddSecondFactor, replaceRecoveryCodes } from './second-factor.js';
import { openSecret, sealSecret } from './secret-box.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';

export interface TotpEnrolment {
  factorId: string;
  secret: string;
  uri: string;
  /** The otpauth URI as an SVG QR code, for the authenticator app's camera. */
  qrSvg: string;
}

/** Start: a new secret, shown once; it counts only after a first code proves the app holds it. */
export async function startTotpEnrolment(
  ctx: Ctx,
  installationSecret: string,
  sessionId: string | undefined,
): Promise<Result<TotpEnrolment>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const allowed = await mayAddSecondFactor(ctx, sessionId);
  if (!allowed.ok) return allowed;
  const secret = newTotpSecret();
  const factorId = newId();
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(secondFactors)
      .where(and(eq(secondFactors.userId, actor.userId), isNull(secondFactors.confirmedAt)));
    await tx.insert(secondFactors).values({
      id: factorId,
      userId: actor.userId,
      kind: 'totp',
      label: '',
      totpSecret: sealSecret(installationSecret, secret, `totp:${factorId}`),
      createdAt: ctx.now,
    });
  });
  const uri = totpUri(secret, actor.username);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1 });
  return ok({ factorId, secret, uri, qrSvg });
}

/**
 * Confirm with a first code. The first confirmed factor of an account brings its recovery codes (shown once), and
 * the session that enrolled counts as having given its second factor (an `enrol` session becomes full).
 */
export async function confirmTotpEnrolment(
  ctx: Ctx,
  installationSecret: string,
  sessionId: string | undefined,
  input: { factorId: string; code: string; label?: string | undefined },
): Promise<Result<{ recoveryCodes: string[] | null }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const allowed = await mayAddSecondFactor(ctx, sessionId);
  if (!allowed.ok) return allowed;
  return ctx.db.transaction(async (tx) => {
    const [pending] = await tx
      .select()
      .from(secondFactors)
      .where(
        and(
          eq(secondFactors.id, input.factorId),
          eq(secondFactors.userId, actor.userId),
          isNull(secondFactors.confirmedAt),
        ),
      )
      .for('update');
    if (!pending) return invalidBecause(msg('identity.noPendingEnrolment'));
    const shared = openSecret(installationSecret, pending.totpSecret!, `totp:${pending.id}`);
    const step = await matchTotp(shared, input.code.trim(), null, ctx.now);
    if (step === null) return invalidBecause(msg('identity.wrongCode'));
    const [other] = await tx
      .select({ id: secondFactors.id })
      .from(secondFactors)
      .where(and(eq(secondFactors.userId, actor.userId), isNotNull(secondFactors.confirmedAt)))
      .limit(1);
    await tx
      .update(secondFactors)
      .set({
        confirmedAt: ctx.now,
        totpLastStep: step,
        lastUsedAt: ctx.now,
        label: input.label?.trim() || pending.label,
      })
      .where(eq(secondFactors.id, pending.id));
    const codes = other ? null : await replaceRecoveryCodes(tx, actor.userId, ctx.now);
    await markSecondFactor(tx, sessionId, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor_enrolled',
      entityType: 'user',
      entityId: actor.userId,
      after: { kind: 'totp', factorId: pending.id, recoveryCodesIssued: codes !== null },
    });
    return ok({ recoveryCodes: codes });
  });
}
