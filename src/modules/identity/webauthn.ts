/**
 * WebAuthn passkeys and security keys as a second factor (issue 20 §2), through @simplewebauthn/server. The
 * relying party is the host the browser talks to (its origin is checked on every answer); each challenge is kept
 * on the session that asked for it, marked with what it was asked for (creating a key or answering with one), and
 * used once, right or wrong.
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
import {
  countFailure,
  markSecondFactor,
  mayAddSecondFactor,
  replaceRecoveryCodes,
  sessionDetail,
  tooManyTries,
} from './second-factor.js';

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

type Purpose = 'create' | 'get';

async function keepChallenge(ctx: Ctx, sessionId: string, purpose: Purpose, challenge: string) {
  await ctx.db
    .update(sessionDetails)
    .set({ webauthnChallenge: `${purpose}:${challenge}` })
    .where(eq(sessionDetails.sessionId, sessionId));
}

/** The session's challenge if it was asked for this purpose; taking it spends it (one of two racing answers wins). */
async function takeChallenge(ctx: Ctx, sessionId: string, purpose: Purpose): Promise<string | null> {
  const kept = (await sessionDetail(ctx.db, sessionId))?.webauthnChallenge;
  if (!kept) return null;
  const taken = await ctx.db
    .update(sessionDetails)
    .set({ webauthnChallenge: null })
    .where(and(eq(sessionDetails.sessionId, sessionId), eq(sessionDetails.webauthnChallenge, kept)))
    .returning({ id: sessionDetails.sessionId });
  if (taken.length === 0 || !kept.startsWith(`${purpose}:`)) return null;
  return kept.slice(purpose.length + 1);
}

export async function registrationOptions(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
): Promise<Result<Answer>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const allowed = await mayAddSecondFactor(ctx, sessionId);
  if (!allowed.ok) return allowed;
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
  await keepChallenge(ctx, sessionId, 'create', options.challenge);
  return ok(options as unknown as Answer);
}

const refused = () => invalidBecause(msg('identity.securityKeyRefused'));

export async function registerKey(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
  input: { response: unknown; label: string },
): Promise<Result<{ recoveryCodes: string[] | null }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const allowed = await mayAddSecondFactor(ctx, sessionId);
  if (!allowed.ok) return allowed;
  const challenge = await takeChallenge(ctx, sessionId, 'create');
  const notRegistered = () => invalidBecause(msg('identity.securityKeyNotRegistered'));
  if (!challenge) return notRegistered();
  const verification = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo) return notRegistered();
  const credential = verification.registrationInfo.credential;
  return ctx.db.transaction(async (tx) => {
    const [other] = await tx
      .select({ id: secondFactors.id })
      .from(secondFactors)
      .where(and(eq(secondFactors.userId, actor.userId), isNotNull(secondFactors.confirmedAt)))
      .limit(1);
    const factorId = newId();
    const inserted = await tx
      .insert(secondFactors)
      .values({
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
      })
      // A browser that ignored excludeCredentials, or a key registered to another account.
      .onConflictDoNothing({ target: secondFactors.credentialId })
      .returning({ id: secondFactors.id });
    if (inserted.length === 0) return invalidBecause(msg('identity.securityKeyAlreadyRegistered'));
    const codes = other ? null : await replaceRecoveryCodes(tx, actor.userId, ctx.now);
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
  if (keys.length === 0) return invalidBecause(msg('identity.noSecurityKey'));
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: keys.map((k) => ({ id: k.credentialId!, transports: transportsOf(k.transports) })),
    userVerification: 'preferred',
  });
  await keepChallenge(ctx, sessionId, 'get', options.challenge);
  return ok(options as unknown as Answer);
}

/**
 * Finish signing in, or step up, with a security key; its signature counter must move on (a clone would not). A
 * refused answer counts as a wrong second factor (audited; the fifth ends the session).
 */
export async function verifyKey(
  ctx: Ctx,
  sessionId: string | undefined,
  rp: RelyingParty,
  response: unknown,
): Promise<Result<{ method: 'webauthn' }>> {
  if (ctx.actor.kind !== 'user' || !sessionId) return fail({ kind: 'unauthenticated' });
  const actor = ctx.actor;
  const challenge = await takeChallenge(ctx, sessionId, 'get');
  const answer = response as AuthenticationResponseJSON;
  const key = (await keysOf(ctx, actor.userId)).find((k) => k.credentialId === answer?.id);
  const verification =
    challenge && key
      ? await verifyAuthenticationResponse({
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
        }).catch(() => null)
      : null;
  if (!key || !verification?.verified) {
    const ended = await ctx.db.transaction((tx) => countFailure(tx, ctx, sessionId));
    return ended ? fail(tooManyTries()) : refused();
  }
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
