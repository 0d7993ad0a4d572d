/** HTTP of citizens' single sign-on (issue 20 §1): providers, start, callback, consent; providers' admin. */

import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/openapi.js';
import { HttpProblem, problem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { enabledProviders, listProviders, providerInput, saveProvider } from './identity-providers.js';
import {
  consentToAccount,
  finishSso,
  OIDC_COOKIE,
  pendingConsent,
  type SsoFailure,
  startSso,
} from './oidc-sign-in.js';
import type { OpenedSession } from './open-session.js';
import { oidcLogins } from './schema.js';
import { SESSION_COOKIE, sessionIdFor } from './session-token.js';

const tags = ['identity'];
/** Where a citizen lands after single sign-on: their own dossiers. */
export const AFTER_SSO_PATH = '/my/dossiers';
const FLOW_COOKIE_PATH = '/api/v1/auth/sso';

export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const providerSchema = z.object({
  id: z.string(),
  slug: z.string(),
  displayName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  scopes: z.string(),
  claimPersonalId: z.string(),
  claimName: z.string(),
  claimBirthDate: z.string(),
  claimAddress: z.string(),
  enabled: z.boolean(),
  source: z.enum(['env', 'admin']),
  version: z.number(),
});
const profileSchema = z.object({
  personalId: z.string(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
});

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, opened: OpenedSession) {
  reply.setCookie(SESSION_COOKIE, opened.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: opened.expiresAt,
  });
}

function failed(reply: FastifyReply, reason: SsoFailure) {
  reply.clearCookie(OIDC_COOKIE, { path: FLOW_COOKIE_PATH });
  return reply.redirect(`/login?sso_error=${reason}`, 302);
}

export async function ssoRoutes(app: App, options: { secret: string }): Promise<void> {
  const secret = options.secret;
  app.get(
    '/auth/sso/providers',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Identity providers the sign-in page offers (VNeID, provincial single sign-on)',
        response: {
          200: z.object({ items: z.array(z.object({ slug: z.string(), displayName: z.string() })) }),
        },
      },
    },
    async (request) => ({ items: await enabledProviders(ctxOf(request, app.database)) }),
  );

  app.get(
    '/auth/sso/:slug/start',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Start single sign-on: redirects to the provider (authorisation code flow with PKCE)',
        params: z.strictObject({ slug: z.string().max(40) }),
        response: {
          302: z.null().describe('To the provider, or back to /login?sso_error=… when it cannot start'),
        },
      },
    },
    async (request, reply) => {
      const started = await startSso(
        ctxOf(request, app.database),
        secret,
        request.params.slug,
        `${originOf(request)}${FLOW_COOKIE_PATH}/callback`,
      );
      if (!started.ok) return failed(reply, started.error.reason);
      reply.setCookie(OIDC_COOKIE, started.value.cookie, {
        path: FLOW_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: 600,
      });
      return reply.redirect(started.value.url, 302);
    },
  );

  app.get(
    '/auth/sso/callback',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary:
          'The provider sends the person back here: signs in, or asks for consent to create the account',
        // The whole callback URL is checked by openid-client (state, issuer, code); these are the parameters it reads.
        querystring: z.object({
          code: z.string().max(4000).optional(),
          state: z.string().max(1000).optional(),
          iss: z.string().max(1000).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(2000).optional(),
        }),
        response: {
          302: z.null().describe('To the citizen’s dossiers, the consent page, or /login?sso_error=…'),
        },
      },
    },
    async (request, reply) => {
      const url = new URL(request.url, `${originOf(request)}`);
      const done = await finishSso(ctxOf(request, app.database), secret, browserOf(request), url);
      if (!done.ok) return failed(reply, done.error.reason);
      if (done.value.kind === 'consent') return reply.redirect('/sso/consent', 302);
      reply.clearCookie(OIDC_COOKIE, { path: FLOW_COOKIE_PATH });
      setSessionCookie(request, reply, done.value.session);
      return reply.redirect(AFTER_SSO_PATH, 302);
    },
  );

  app.get(
    '/auth/sso/consent',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'What the provider vouched for, for the consent screen of a first sign-in',
        response: { 200: z.object({ provider: z.string(), profile: profileSchema }) },
      },
    },
    async (request) => {
      const pending = await pendingConsent(
        ctxOf(request, app.database),
        secret,
        request.cookies[OIDC_COOKIE],
      );
      if (!pending) throw expiredProblem();
      return pending;
    },
  );

  app.post(
    '/auth/sso/consent',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Agree (create the citizen account and sign in) or decline (nothing is kept)',
        body: z.strictObject({ accept: z.boolean() }),
        response: { 200: z.object({ csrfToken: z.string() }), 204: z.null() },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, app.database);
      const cookie = request.cookies[OIDC_COOKIE];
      reply.clearCookie(OIDC_COOKIE, { path: FLOW_COOKIE_PATH });
      if (!request.body.accept) {
        if (cookie)
          await app.database.db.delete(oidcLogins).where(eq(oidcLogins.id, sessionIdFor(cookie, secret)));
        return reply.status(204).send(null);
      }
      const opened = await consentToAccount(ctx, secret, browserOf(request));
      if (!opened.ok) throw expiredProblem();
      setSessionCookie(request, reply, opened.value);
      return { csrfToken: opened.value.csrfToken };
    },
  );

  app.get(
    '/identity/providers',
    {
      schema: {
        tags,
        summary: 'Identity providers (national system administrators)',
        response: { 200: z.object({ items: z.array(providerSchema) }) },
      },
    },
    async (request) => ({ items: unwrap(await listProviders(ctxOf(request, app.database))) }),
  );

  app.put(
    '/identity/providers/:slug',
    {
      schema: {
        tags,
        summary: 'Add or change an identity provider (issuer, client, scopes, claim mapping)',
        params: z.strictObject({ slug: providerInput.shape.slug }),
        body: providerInput.omit({ slug: true }),
        response: { 200: providerSchema },
      },
    },
    async (request) =>
      unwrap(
        await saveProvider(ctxOf(request, app.database), secret, {
          ...request.body,
          slug: request.params.slug,
        }),
      ),
  );
}

function browserOf(request: FastifyRequest) {
  return { cookie: request.cookies[OIDC_COOKIE], ip: request.ip, userAgent: request.headers['user-agent'] };
}

function expiredProblem() {
  return new HttpProblem(
    problem(400, 'sso-expired', 'Sign-in expired', {
      detail: 'This single sign-on is no longer under way. Start again from the sign-in page.',
    }),
  );
}
