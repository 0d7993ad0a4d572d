/**
 * Citizens sign in with OpenID Connect (issue 20 §1): authorisation code flow with PKCE, state and nonce, through
 * openid-client. The claim the provider puts the personal identification number in links the person to one
 * citizen account: found → signed in (and the provider's subject linked); not found → the person reads the
 * consent text and the account is created then. Any answer that does not check out (state, nonce, issuer,
 * audience, expiry, signature) is refused, audited, and creates nothing.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import type { Ctx } from '../../platform/context.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { type CitizenClaims, citizenAccountFor, profileFromClaims } from './citizen-account.js';
import { type ProviderRow, providerById, providerBySlug } from './identity-providers.js';
import { type OpenedSession, openSession } from './open-session.js';
import { oidcLogins } from './schema.js';
import { openSecret } from './secret-box.js';
import { sessionIdFor } from './session-token.js';

export const OIDC_COOKIE = 'tinhso_sso';
const FLOW_MS = 10 * 60_000;
const CONFIG_TTL_MS = 10 * 60_000;

/** Why a single sign-on was refused; the sign-in page explains each in the person's language. */
export type SsoFailure =
  | 'unknown_provider'
  | 'unavailable'
  | 'expired'
  | 'state'
  | 'token'
  | 'denied'
  | 'no_personal_id';

const configurations = new Map<
  string,
  { version: number; at: number; config: Promise<client.Configuration> }
>();

function loopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** The provider's discovered configuration, kept ten minutes; plain HTTP only for a provider on this machine. */
export function clientFor(provider: ProviderRow, secret: string): Promise<client.Configuration> {
  const cached = configurations.get(provider.id);
  if (cached && cached.version === provider.version && Date.now() - cached.at < CONFIG_TTL_MS)
    return cached.config;
  const issuer = new URL(provider.issuer);
  const clientSecret = provider.clientSecret
    ? openSecret(secret, provider.clientSecret, `oidc:${provider.id}`)
    : undefined;
  const config = client.discovery(
    issuer,
    provider.clientId,
    clientSecret,
    clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
    issuer.protocol === 'http:' && loopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  configurations.set(provider.id, { version: provider.version, at: Date.now(), config });
  config.catch(() => configurations.delete(provider.id));
  return config;
}

/** Start: remember the flow under the browser's cookie and send the person to the provider. */
export async function startSso(
  ctx: Ctx,
  secret: string,
  slug: string,
  redirectUri: string,
): Promise<Result<{ cookie: string; url: string }, { kind: 'sso'; reason: SsoFailure }>> {
  const provider = await providerBySlug(ctx, slug);
  if (!provider?.enabled) return fail({ kind: 'sso', reason: 'unknown_provider' });
  const config = await clientFor(provider, secret).catch(() => null);
  if (!config) return fail({ kind: 'sso', reason: 'unavailable' });
  const cookie = randomBytes(32).toString('base64url');
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await ctx.db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, ctx.now));
  await ctx.db.insert(oidcLogins).values({
    id: sessionIdFor(cookie, secret),
    providerId: provider.id,
    state,
    nonce,
    codeVerifier,
    redirectUri,
    expiresAt: new Date(ctx.now.getTime() + FLOW_MS),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: provider.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return ok({ cookie, url: url.href });
}

export type SsoOutcome =
  | { kind: 'signed_in'; session: OpenedSession }
  | { kind: 'consent'; provider: string; profile: CitizenClaims };

interface Browser {
  cookie: string | undefined;
  ip: string;
  userAgent: string | undefined;
}

async function pendingFlow(ctx: Ctx, secret: string, cookie: string | undefined) {
  if (!cookie || cookie.length > 100) return undefined;
  const [flow] = await ctx.db
    .select()
    .from(oidcLogins)
    .where(eq(oidcLogins.id, sessionIdFor(cookie, secret)));
  return flow && flow.expiresAt > ctx.now ? flow : undefined;
}

/** The messages of an error and its causes: openid-client wraps what oauth4webapi found. */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let at = error, depth = 0; at instanceof Error && depth < 4; at = at.cause, depth++)
    parts.push(at.message);
  return parts.join(': ');
}

function classify(error: unknown): SsoFailure {
  if (error instanceof client.AuthorizationResponseError) return 'denied';
  return /"state"/.test(messages(error)) ? 'state' : 'token';
}

async function refuse(ctx: Ctx, provider: string | null, reason: SsoFailure, error?: unknown) {
  await recordAudit(ctx.db, ctx, {
    action: 'auth.sso_refused',
    entityType: 'identity_provider',
    ...(provider ? { entityId: provider } : {}),
    after: { reason, error: error === undefined ? null : messages(error).slice(0, 300) },
  });
  return fail({ kind: 'sso' as const, reason });
}

/** The provider sent the person back: check everything, then sign in, or ask for consent to create the account. */
export async function finishSso(
  ctx: Ctx,
  secret: string,
  browser: Browser,
  callbackUrl: URL,
): Promise<Result<SsoOutcome, { kind: 'sso'; reason: SsoFailure }>> {
  const flow = await pendingFlow(ctx, secret, browser.cookie);
  if (!flow) return refuse(ctx, null, 'expired');
  const provider = await providerById(ctx, flow.providerId);
  if (!provider.ok) return refuse(ctx, null, 'unknown_provider');
  const config = await clientFor(provider.value, secret).catch(() => null);
  if (!config) return refuse(ctx, flow.providerId, 'unavailable');
  let claims: Record<string, unknown>;
  let idToken: string;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const info = config.serverMetadata().userinfo_endpoint
      ? await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
      : {};
    claims = { ...info, ...idClaims };
    idToken = tokens.id_token!;
  } catch (error) {
    await ctx.db.delete(oidcLogins).where(eq(oidcLogins.id, flow.id));
    return refuse(ctx, flow.providerId, classify(error), error);
  }
  const profile = profileFromClaims(provider.value, claims);
  if (!profile) {
    await ctx.db.delete(oidcLogins).where(eq(oidcLogins.id, flow.id));
    return refuse(ctx, flow.providerId, 'no_personal_id');
  }
  const subject = String(claims.sub);
  const signedIn = await ctx.db.transaction(async (tx) => {
    const userId = await citizenAccountFor({ ...ctx, db: tx }, provider.value, subject, profile, false);
    if (!userId) return null;
    await tx.delete(oidcLogins).where(eq(oidcLogins.id, flow.id));
    return openSsoSession({ ...ctx, db: tx }, secret, browser, userId, provider.value.id, idToken);
  });
  if (signedIn) return ok({ kind: 'signed_in', session: signedIn });
  await ctx.db
    .update(oidcLogins)
    .set({ claims: profile, subject, idToken })
    .where(eq(oidcLogins.id, flow.id));
  return ok({ kind: 'consent', provider: provider.value.displayName, profile });
}

/** What the consent screen shows: the provider and the profile it vouched for. */
export async function pendingConsent(ctx: Ctx, secret: string, cookie: string | undefined) {
  const flow = await pendingFlow(ctx, secret, cookie);
  if (!flow?.claims) return undefined;
  const provider = await providerById(ctx, flow.providerId);
  return provider.ok
    ? { provider: provider.value.displayName, profile: flow.claims as CitizenClaims }
    : undefined;
}

/** The person agreed: create the citizen account with its profile and link, and sign in — one transaction. */
export async function consentToAccount(
  ctx: Ctx,
  secret: string,
  browser: Browser,
): Promise<Result<OpenedSession, { kind: 'sso'; reason: SsoFailure }>> {
  const flow = await pendingFlow(ctx, secret, browser.cookie);
  if (!flow?.claims || !flow.subject || !flow.idToken) return refuse(ctx, null, 'expired');
  const provider = await providerById(ctx, flow.providerId);
  if (!provider.ok) return refuse(ctx, null, 'unknown_provider');
  const opened = await ctx.db.transaction(async (tx) => {
    const userId = await citizenAccountFor(
      { ...ctx, db: tx },
      provider.value,
      flow.subject!,
      flow.claims as CitizenClaims,
      true,
    );
    await tx.delete(oidcLogins).where(and(eq(oidcLogins.id, flow.id)));
    return openSsoSession({ ...ctx, db: tx }, secret, browser, userId!, provider.value.id, flow.idToken!);
  });
  return ok(opened);
}

async function openSsoSession(
  ctx: Ctx,
  secret: string,
  browser: Browser,
  userId: string,
  providerId: string,
  idToken: string,
): Promise<OpenedSession> {
  const opened = await openSession(ctx.db, secret, {
    userId,
    now: ctx.now,
    ip: browser.ip,
    userAgent: browser.userAgent,
    stage: 'full',
    providerId,
    idToken,
  });
  await recordAudit(ctx.db, ctx, {
    action: 'auth.signed_in',
    entityType: 'user',
    entityId: userId,
    after: { ip: browser.ip, providerId },
  });
  return opened;
}

/**
 * RP-initiated logout: where to send the browser so the provider ends its session too, when the provider
 * supports it (OpenID Connect RP-Initiated Logout 1.0); null otherwise.
 */
export async function endSessionUrl(
  ctx: Ctx,
  secret: string,
  sso: { providerId: string; idToken: string },
  postLogoutRedirectUri: string,
): Promise<string | null> {
  const provider = await providerById(ctx, sso.providerId);
  if (!provider.ok) return null;
  const config = await clientFor(provider.value, secret).catch(() => null);
  if (!config?.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(config, {
      id_token_hint: sso.idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
    })
    .toString();
}
