/**
 * WebAuthn passkeys and security keys as a second factor (issue 20 §2), through @simplewebauthn/server. The
 * relying party is the host the browser talks to (its origin is checked on every answer); each challenge is kept
 * on the session that asked for it and used once.
 */
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { fail, invalidBecause, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { secondFactors, sessionDetails } from './schema.js';
import { markSecondFactor, replaceRecoveryCodes, sessionDetail } from './second-factor.js';

/** Where the browser is: the relying party id is its host name, the origin its scheme, host and port. */
export interface RelyingParty {
  id: string;
  origin: string;
}

type Answer = { challenge: string; [key: string]: unknown };

async function keysOf(ctx: Ctx, userId: string) {
  return ctx.db
    .select()
    .from(secondFactors)
    .where(
      and(
        eq(secondFactors.userId, userId),
        eq(secondFactors.kind, 'webauthn'),
        isNotNull(secondFactors.confirmedAt),
      ),
    );
}

const transportsOf = (text: string | null) =>
  text ? (text.split(',') as AuthenticatorTransportFuture[]) : undefined;

async function keepChallenge(ctx: Ctx, sessionId: string, challenge: string) {
  await ctx.db
    .update(sessionDetails)
    .set({ webauthnChallenge: challenge })
    .where(eq(sessionDetails.sessionId, sessionId));
}

export async function registrationOptions(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
): Promise<Result<Answer>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const existing = await keysOf(ctx, actor.userId);
  const options = await generateRegistrationOptions({
    rpName: 'tinhso',
    rpID: rp.id,
    userName: actor.username,
    userDisplayName: actor.displayName,
    userID: new TextEncoder().encode(actor.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((k) => ({
      id: k.credentialId!,
      transports: transportsOf(k.transports),
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await keepChallenge(ctx, sessionId, options.challenge);
  return ok(options as unknown as Answer);
}

export async function registerKey(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
  input: { response: unknown; label: string },
): Promise<Result<{ recoveryCodes: string[] | null }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const challenge = (await sessionDetail(ctx.db, sessionId))?.webauthnChallenge;
  if (!challenge) return invalidBecause(msg('identity.securityKeyRefused'));
  const verification = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo)
    return invalidBecause(msg('identity.securityKeyRefused'));
  const credential = verification.registrationInfo.credential;
  return ctx.db.transaction(async (tx) => {
    const hadFactor = (await keysOf({ ...ctx, db: tx }, actor.userId)).length > 0;
    const [totp] = await tx
      .select({ id: secondFactors.id })
      .from(secondFactors)
      .where(and(eq(secondFactors.userId, actor.userId), isNotNull(secondFactors.confirmedAt)))
      .limit(1);
    const factorId = newId();
    await tx.insert(secondFactors).values({
      id: factorId,
      userId: actor.userId,
      kind: 'webauthn',
      label: input.label.trim() || 'Security key',
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      signCount: credential.counter,
      transports: credential.transports?.join(',') ?? null,
      confirmedAt: ctx.now,
      lastUsedAt: ctx.now,
      createdAt: ctx.now,
    });
    const codes = hadFactor || totp ? null : await replaceRecoveryCodes(tx, actor.userId, ctx.now);
    await markSecondFactor(tx, sessionId, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor_enrolled',
      entityType: 'user',
      entityId: actor.userId,
      after: { kind: 'webauthn', factorId, recoveryCodesIssued: codes !== null },
    });
    return ok({ recoveryCodes: codes });
  });
}

export async function authenticationOptions(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
): Promise<Result<Answer>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const keys = await keysOf(ctx, ctx.actor.userId);
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: keys.map((k) => ({ id: k.credentialId!, transports: transportsOf(k.transports) })),
    userVerification: 'preferred',
  });
  await keepChallenge(ctx, sessionId, options.challenge);
  return ok(options as unknown as Answer);
}

/** Finish signing in, or step up, with a security key; its signature counter must move on (a clone would not). */
export async function verifyKey(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
  response: unknown,
): Promise<Result<{ method: 'webauthn' }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const challenge = (await sessionDetail(ctx.db, sessionId))?.webauthnChallenge;
  const answer = response as AuthenticationResponseJSON;
  const key = (await keysOf(ctx, actor.userId)).find((k) => k.credentialId === answer?.id);
  if (!challenge || !key) return invalidBecause(msg('identity.securityKeyRefused'));
  const verification = await verifyAuthenticationResponse({
    response: answer,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: key.credentialId!,
      publicKey: new Uint8Array(Buffer.from(key.publicKey!, 'base64url')),
      counter: key.signCount ?? 0,
      transports: transportsOf(key.transports),
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return invalidBecause(msg('identity.securityKeyRefused'));
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(secondFactors)
      .set({ signCount: verification.authenticationInfo.newCounter, lastUsedAt: ctx.now })
      .where(eq(secondFactors.id, key.id));
    await markSecondFactor(tx, sessionId, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'auth.second_factor_used',
      entityType: 'user',
      entityId: actor.userId,
      after: { method: 'webauthn', factorId: key.id },
    });
    return ok({ method: 'webauthn' as const });
  });
}
