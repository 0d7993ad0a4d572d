/** HTTP of one's own sessions and second factors, and the administrators' second-factor rules (issue 20 §2–3). */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../platform/context.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { confirmTotpEnrolment, startTotpEnrolment } from './enrol-totp.js';
import { endOwnSession, listOwnSessions } from './own-sessions.js';
import { verifySecondFactor } from './second-factor.js';
import {
  ownSecondFactors,
  removeOwnFactor,
  resetSecondFactors,
  secondFactorPolicy,
  setSecondFactorPolicy,
} from './second-factor-admin.js';
import { authenticationOptions, registerKey, registrationOptions, verifyKey } from './webauthn.js';

const tags = ['identity'];
const recoverySchema = z.object({ recoveryCodes: z.array(z.string()).nullable() });
const policySchema = z.object({
  roles: z.array(z.object({ role: z.enum(ROLES), required: z.boolean() })),
  stepUpMinutes: z.number(),
});
const webauthnAnswer = z.looseObject({ id: z.string().max(1000), type: z.string().max(40) });

/** The relying party of WebAuthn is the host the browser talks to. */
function relyingParty(request: FastifyRequest) {
  return { id: request.hostname.replace(/:\d+$/, ''), origin: `${request.protocol}://${request.host}` };
}

export async function accountRoutes(app: App, options: { secret: string }): Promise<void> {
  const secret = options.secret;
  const ctx = (request: FastifyRequest) => ctxOf(request, app.database);

  app.get(
    '/auth/sessions',
    {
      schema: {
        tags,
        summary: 'Your sessions: device, address, last use',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                handle: z.string(),
                current: z.boolean(),
                userAgent: z.string().nullable(),
                ip: z.string().nullable(),
                createdAt: z.date(),
                lastSeenAt: z.date(),
                provider: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: unwrap(await listOwnSessions(ctx(request))) }),
  );

  app.delete(
    '/auth/sessions/:handle',
    {
      schema: {
        tags,
        summary: 'End one of your sessions',
        params: z.strictObject({ handle: z.uuid() }),
        response: { 200: z.object({ current: z.boolean() }) },
      },
    },
    async (request) => unwrap(await endOwnSession(ctx(request), request.params.handle)),
  );

  app.get(
    '/auth/second-factor',
    {
      schema: {
        tags,
        summary: 'Your second factors, recovery codes left, and whether your role requires one',
        response: {
          200: z.object({
            factors: z.array(
              z.object({
                id: z.string(),
                kind: z.enum(['totp', 'webauthn']),
                label: z.string(),
                createdAt: z.date(),
                lastUsedAt: z.date().nullable(),
              }),
            ),
            recoveryCodesLeft: z.number(),
            required: z.boolean(),
          }),
        },
      },
    },
    async (request) => unwrap(await ownSecondFactors(ctx(request))),
  );

  app.post(
    '/auth/second-factor/verify',
    {
      schema: {
        tags,
        summary: 'Give a TOTP code or a recovery code: finishes signing in, or steps up',
        body: z.strictObject({ code: z.string().min(1).max(40) }),
        response: { 200: z.object({ method: z.enum(['totp', 'recovery_code']) }) },
      },
    },
    async (request) =>
      unwrap(await verifySecondFactor(ctx(request), secret, request.session?.id, request.body.code)),
  );

  app.post(
    '/auth/second-factor/totp',
    {
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app: its secret and QR code (shown once)',
        response: {
          200: z.object({ factorId: z.string(), secret: z.string(), uri: z.string(), qrSvg: z.string() }),
        },
      },
    },
    async (request) => unwrap(await startTotpEnrolment(ctx(request), secret, request.session?.id)),
  );

  app.post(
    '/auth/second-factor/totp/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm the authenticator app with a first code (the first factor brings recovery codes)',
        body: z.strictObject({
          factorId: z.uuid(),
          code: z.string().min(1).max(12),
          label: z.string().max(100).optional(),
        }),
        response: { 200: recoverySchema },
      },
    },
    async (request) =>
      unwrap(await confirmTotpEnrolment(ctx(request), secret, request.session?.id, request.body)),
  );

  app.post(
    '/auth/second-factor/webauthn/register-options',
    {
      schema: {
        tags,
        summary: 'WebAuthn options to create a passkey or register a security key',
        response: { 200: z.looseObject({ challenge: z.string() }) },
      },
    },
    async (request) =>
      unwrap(await registrationOptions(ctx(request), request.session?.id, relyingParty(request))),
  );

  app.post(
    '/auth/second-factor/webauthn/register',
    {
      schema: {
        tags,
        summary: 'Register the passkey or security key the browser created',
        body: z.strictObject({ response: webauthnAnswer, label: z.string().max(100).default('') }),
        response: { 200: recoverySchema },
      },
    },
    async (request) =>
      unwrap(await registerKey(ctx(request), request.session?.id, relyingParty(request), request.body)),
  );

  app.post(
    '/auth/second-factor/webauthn/options',
    {
      schema: {
        tags,
        summary: 'WebAuthn options to sign in or step up with a passkey or security key',
        response: { 200: z.looseObject({ challenge: z.string() }) },
      },
    },
    async (request) =>
      unwrap(await authenticationOptions(ctx(request), request.session?.id, relyingParty(request))),
  );

  app.post(
    '/auth/second-factor/webauthn/verify',
    {
      schema: {
        tags,
        summary: 'Answer with a passkey or security key: finishes signing in, or steps up',
        body: z.strictObject({ response: webauthnAnswer }),
        response: { 200: z.object({ method: z.literal('webauthn') }) },
      },
    },
    async (request) =>
      unwrap(
        await verifyKey(ctx(request), request.session?.id, relyingParty(request), request.body.response),
      ),
  );

  app.delete(
    '/auth/second-factor/:id',
    {
      schema: {
        tags,
        summary: 'Remove one of your second factors (needs a fresh second factor)',
        params: z.strictObject({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      unwrap(await removeOwnFactor(ctx(request), request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/identity/second-factor-policy',
    {
      schema: {
        tags,
        summary: 'Roles that require a second factor, and how fresh it must be to approve and sign',
        response: { 200: policySchema },
      },
    },
    async (request) => unwrap(await secondFactorPolicy(ctx(request))),
  );

  app.put(
    '/identity/second-factor-policy',
    {
      schema: {
        tags,
        summary:
          'Set the roles that require a second factor and the step-up minutes (national administrators)',
        body: z.strictObject({
          required: z.array(z.enum(ROLES)).max(ROLES.length),
          stepUpMinutes: z
            .number()
            .int()
            .min(1)
            .max(24 * 60),
        }),
        response: { 200: policySchema },
      },
    },
    async (request) => unwrap(await setSecondFactorPolicy(ctx(request), request.body)),
  );

  app.post(
    '/users/:id/second-factor/reset',
    {
      schema: {
        tags,
        summary:
          'Reset an account’s second factors and recovery codes (lost phone or key); ends its sessions',
        params: z.strictObject({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      unwrap(await resetSecondFactors(ctx(request), request.params.id));
      return reply.status(204).send(null);
    },
  );
}
