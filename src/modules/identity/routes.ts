import { z } from 'zod';
import { ROLES } from '../../platform/context.js';
import { emailAddress, phoneNumber } from '../../platform/http/contact-schema.js';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { PUBLIC, problemSchema } from '../../platform/http/openapi.js';
import { HttpProblem, problem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { listPositions, POSITION_TITLES } from '../units/index.js';
import { accountRoutes } from './account-routes.js';
import { changeOwnPassword } from './change-own-password.js';
import { citizenProfile } from './citizen-account.js';
import { createUser, USERNAME_PATTERN } from './create-user.js';
import { grantRole, revokeRole } from './grant-role.js';
import { getUser, listUsers } from './list-users.js';
import { loadUser } from './load-user.js';
import { endSessionUrl } from './oidc-sign-in.js';
import { PASSWORD_MAX } from './password.js';
import { SESSION_STAGES } from './schema.js';
import { SESSION_COOKIE } from './session-token.js';
import { signIn } from './sign-in.js';
import { signOut } from './sign-out.js';
import { originOf, ssoRoutes } from './sso-routes.js';
import { updateUser } from './update-user.js';
import { endUserPosition, giveUserPosition } from './user-positions.js';

const grantSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  unitCode: z.string(),
  provinceCode: z.string(),
  agencyId: z.string().nullable(),
  unitName: z.string(),
  validFrom: z.string(),
});
const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['official', 'citizen']),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  version: z.number(),
  lockedUntil: z.date().nullable(),
  mustChangePassword: z.boolean(),
  homeUnitCode: z.string(),
  homeProvinceCode: z.string(),
  homeUnitName: z.string(),
  roles: z.array(grantSchema),
});
const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  /** `second_factor`: give it at /auth/second-factor/verify; `enrol`: the role requires one, enrol it first. */
  stage: z.enum(SESSION_STAGES),
  /** A citizen's profile from single sign-on (prefills e-forms); null when none. */
  profile: z
    .object({
      personalId: z.string(),
      fullName: z.string(),
      birthDate: z.string().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
});
// The length is checked again in code points by the password policy, which names the field in its answer.
const password = z.string().max(PASSWORD_MAX * 2);
const unitCode = z
  .string()
  .regex(/^(VN|\d{2}|\d{5})$/, 'a 2-digit province code, a 5-digit commune code, or VN');
const idParam = z.strictObject({ id: z.uuid() });

export async function identityRoutes(app: App, options: { secret: string }): Promise<void> {
  await accountRoutes(app, options);
  await ssoRoutes(app, options);
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['identity'],
        security: PUBLIC,
        summary: 'Sign in with a username and password',
        body: z.strictObject({
          username: z.string().trim().min(1).max(64),
          password: z
            .string()
            .min(1)
            .max(PASSWORD_MAX * 2),
        }),
        response: { 200: sessionSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const result = unwrap(
        await signIn(ctxOf(request, app.database), app.database, options.secret, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        }),
      );
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: result.expiresAt,
      });
      return { user: result.user, csrfToken: result.csrfToken, stage: result.stage, profile: null };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['identity'],
        summary: 'Sign out of this session (a single sign-on session also gets the provider’s logout URL)',
        response: {
          200: z.object({
            endSessionUrl: z.string().describe('Send the browser here to end the provider’s session'),
          }),
          204: z.null(),
        },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, app.database);
      const { sso } = unwrap(await signOut(ctx, request.session?.id));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      const url = sso ? await endSessionUrl(ctx, options.secret, sso, `${originOf(request)}/`) : null;
      return url ? { endSessionUrl: url } : reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'The signed-in user and the CSRF token',
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (actor.kind !== 'user' || !request.session) {
        throw new HttpProblem(
          problem(401, 'unauthenticated', 'Sign-in required', { detail: 'Sign in to continue.' }),
        );
      }
      const user = await loadUser(app.database.db, actor.userId);
      const profile = (await citizenProfile(app.database.db, actor.userId)) ?? null;
      return { user: user!, csrfToken: request.session.csrfToken, stage: request.session.stage, profile };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change your own password (ends your other sessions)',
        body: z.strictObject({
          currentPassword: z
            .string()
            .min(1)
            .max(PASSWORD_MAX * 2),
          newPassword: z.string().max(PASSWORD_MAX * 2),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      unwrap(await changeOwnPassword(ctxOf(request, app.database), request.session?.id, request.body));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary: 'Accounts within the administrator’s scope',
        querystring: z.strictObject({
          q: z.string().max(100).optional(),
          kind: z.enum(['official', 'citizen']).optional(),
          page: z.coerce.number().int().min(1).max(100000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(userSchema),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => unwrap(await listUsers(ctxOf(request, app.database), request.query)),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary: 'Create an account with its first roles',
        body: z.strictObject({
          username: z
            .string()
            .trim()
            .toLowerCase()
            .regex(USERNAME_PATTERN, 'letters a–z, digits, . _ -; 3–64 characters'),
          displayName: z.string().trim().min(1).max(200),
          kind: z.enum(['official', 'citizen']),
          password,
          email: emailAddress.optional(),
          phone: phoneNumber.optional(),
          roles: z
            .array(z.strictObject({ role: z.enum(ROLES), unitCode, agencyId: z.uuid().optional() }))
            .max(20)
            .default([]),
          homeUnitCode: unitCode
            .optional()
            .describe(
              'The unit the account belongs to; default: the first role’s unit, or for a citizen the province',
            ),
        }),
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const user = unwrap(await createUser(ctxOf(request, app.database), request.body));
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/users/:id',
    {
      schema: { tags: ['identity'], summary: 'One account', params: idParam, response: { 200: userSchema } },
    },
    async (request) => unwrap(await getUser(ctxOf(request, app.database), request.params.id)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change an account (optimistic: send the version you read)',
        params: idParam,
        body: z.strictObject({
          version: bodyInt(1),
          displayName: z.string().trim().min(1).max(200).optional(),
          email: emailAddress.nullable().optional(),
          phone: phoneNumber.nullable().optional(),
          status: z.enum(['active', 'disabled']).optional(),
          password: password.optional(),
          unlock: z.boolean().optional(),
        }),
        response: { 200: userSchema },
      },
    },
    async (request) =>
      unwrap(await updateUser(ctxOf(request, app.database), request.params.id, request.body)),
  );

  app.post(
    '/users/:id/roles',
    {
      schema: {
        tags: ['identity'],
        summary: 'Grant a role on a unit and its sub-units',
        params: idParam,
        body: z.strictObject({ role: z.enum(ROLES), unitCode, agencyId: z.uuid().optional() }),
        response: { 200: userSchema },
      },
    },
    async (request) => unwrap(await grantRole(ctxOf(request, app.database), request.params.id, request.body)),
  );

  app.delete(
    '/users/:id/roles/:grantId',
    {
      schema: {
        tags: ['identity'],
        summary: 'Revoke a role grant',
        params: z.strictObject({ id: z.uuid(), grantId: z.uuid() }),
        response: { 200: userSchema },
      },
    },
    async (request) =>
      unwrap(await revokeRole(ctxOf(request, app.database), request.params.id, request.params.grantId)),
  );

  const positionSchema = z.object({
    id: z.string(),
    agencyId: z.string(),
    agencyName: z.string(),
    unitCode: z.string(),
    userId: z.string(),
    title: z.enum(POSITION_TITLES),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  });

  app.get(
    '/users/:id/positions',
    {
      schema: {
        tags: ['identity'],
        summary: 'Positions the official holds today',
        params: idParam,
        response: { 200: z.object({ items: z.array(positionSchema) }) },
      },
    },
    async (request) => {
      const user = unwrap(await getUser(ctxOf(request, app.database), request.params.id));
      return { items: await listPositions(app.database.db, { userId: user.id }) };
    },
  );

  app.post(
    '/users/:id/positions',
    {
      schema: {
        tags: ['identity'],
        summary: 'Record that the official holds a position in an agency from a date',
        params: idParam,
        body: z.strictObject({
          agencyId: z.uuid(),
          title: z.enum(POSITION_TITLES),
          validFrom: calendarDate.optional(),
        }),
        response: { 201: positionSchema },
      },
    },
    async (request, reply) => {
      const position = unwrap(
        await giveUserPosition(ctxOf(request, app.database), request.params.id, request.body),
      );
      return reply.status(201).send(position);
    },
  );

  app.post(
    '/users/:id/positions/:positionId/end',
    {
      schema: {
        tags: ['identity'],
        summary: 'End a position on a date (kept for the record)',
        params: z.strictObject({ id: z.uuid(), positionId: z.uuid() }),
        body: z.strictObject({ validTo: calendarDate.optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      unwrap(
        await endUserPosition(
          ctxOf(request, app.database),
          request.params.id,
          request.params.positionId,
          request.body.validTo,
        ),
      );
      return reply.status(204).send(null);
    },
  );
}
