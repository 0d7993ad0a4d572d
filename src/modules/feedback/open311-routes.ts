/**
 * Open311 GeoReport v2 at /open311/v2 (outside /api/v1, registered through the module's `rootRoutes`): discovery,
 * services, a service's definition, requests (POST and GET), one request, tokens — each in JSON or XML by its
 * `.json` / `.xml` suffix, as the spec names resources. Inputs are validated with zod like every route; every
 * error, validation included, answers the spec's error array ([{ code, description }]) with 400, 403, 404 or 429 (rate-limit.ts, with Retry-After).
 * Spec: http://wiki.open311.org/GeoReport_v2 and http://wiki.open311.org/Service_Discovery.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDate, instant } from '../../platform/http/input-schemas.js';
import { HttpProblem } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { localInstant } from '../calendar/index.js';
import {
  CONTENT_TYPE,
  errorBody,
  formatOfUrl,
  type Open311Error,
  type Open311Format,
  parseForm,
  splitFormat,
  toXml,
} from './open311-format.js';
import {
  listServiceRequests,
  type Open311Result,
  postServiceRequest,
  resolveJurisdiction,
  resolveToken,
  serviceDefinition,
  serviceList,
} from './open311-service.js';

/** When this implementation's services or definitions last changed (Service Discovery `changeset`: a w3 datetime). */
const CHANGESET = '2026-11-23T00:00:00+07:00';
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

/** "Optional" in the spec: an empty parameter is the same as a missing one. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
const jurisdiction = { jurisdiction_id: optional(z.string().max(100)) };
const DAY_MS = 24 * 3600_000;
/**
 * A `start_date` or `end_date`: a w3 datetime with its offset, or a date alone (GeoReport v2 takes any W3C
 * datetime), read as that whole day in Vietnam — from its first instant, or through its last for `end_date`.
 */
const w3Date = (edge: 'start' | 'end') =>
  z
    .union([instant, calendarDate])
    .transform((s) =>
      s.length > 10
        ? new Date(s)
        : new Date(edge === 'start' ? localInstant(s, 0) : localInstant(s, DAY_MS) - 1),
    );
const fileParam = (what: string) =>
  z.strictObject({
    file: z
      .string()
      .max(200)
      .regex(/^[^/]+\.(json|xml)$/, `${what}.json or ${what}.xml`),
  });

const postBody = z.object({
  ...jurisdiction,
  api_key: optional(z.string().max(200)),
  service_code: optional(z.string().max(100)),
  lat: optional(z.coerce.number().min(-90).max(90)),
  long: optional(z.coerce.number().min(-180).max(180)),
  address_string: optional(z.string().max(500)),
  address_id: optional(z.string().max(100)),
  email: optional(z.email().max(254)),
  device_id: optional(z.string().max(200)),
  account_id: optional(z.string().max(200)),
  first_name: optional(z.string().max(100)),
  last_name: optional(z.string().max(100)),
  phone: optional(z.string().regex(/^\+?[0-9 .()-]{6,20}$/)),
  description: optional(z.string().max(4000)),
  media_url: optional(z.url({ protocol: /^https?$/ }).max(500)),
  attribute: optional(
    z.record(z.string().max(100), z.union([z.string().max(500), z.array(z.string().max(500)).max(50)])),
  ),
});

const requestsQuery = z.object({
  ...jurisdiction,
  service_request_id: optional(z.string().max(20_000)),
  service_code: optional(z.string().max(2000)),
  start_date: optional(w3Date('start')),
  end_date: optional(w3Date('end')),
  status: optional(z.string().max(20)),
});

function send(reply: FastifyReply, format: Open311Format, status: number, root: string, body: unknown) {
  return reply
    .status(status)
    .type(CONTENT_TYPE[format])
    .send(format === 'xml' ? toXml(root, body) : JSON.stringify(body));
}

function sendErrors(reply: FastifyReply, format: Open311Format, status: number, errors: Open311Error[]) {
  return reply.status(status).type(CONTENT_TYPE[format]).send(errorBody(format, errors));
}

function answer<T>(reply: FastifyReply, format: Open311Format, root: string, result: Open311Result<T>) {
  if (!result.ok) {
    if (result.error.retryAfterSeconds) reply.header('retry-after', String(result.error.retryAfterSeconds));
    return sendErrors(reply, format, result.error.code, [result.error]);
  }
  return send(reply, format, 200, root, result.value);
}

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.entries(value as Record<string, unknown>).some(
    ([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1),
  );
}

export async function open311Routes(app: App): Promise<void> {
  await app.register(
    async (scopeInstance) => {
      const scope = scopeInstance as unknown as App;
      // GeoReport v2 "POST Service Request": Content-Type application/x-www-form-urlencoded.
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_request, body, done) => done(null, parseForm(String(body))),
      );
      scope.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
        if (hasNul(request.body) || hasNul(request.query) || hasNul(request.params)) {
          return sendErrors(reply, formatOfUrl(request.url), 400, [
            { code: 400, description: 'A parameter contains a NUL character.' },
          ]);
        }
      });
      scope.setErrorHandler((error, request, reply) => {
        const format = formatOfUrl(request.url);
        if (hasZodFastifySchemaValidationErrors(error)) {
          return sendErrors(
            reply,
            format,
            400,
            error.validation.map((issue) => ({
              code: 400,
              description: `${issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(error.validationContext ?? 'request')}: ${issue.message ?? 'invalid'}`,
            })),
          );
        }
        if (error instanceof HttpProblem)
          return sendErrors(reply, format, error.problem.status, [
            { code: error.problem.status, description: error.problem.detail ?? error.problem.title },
          ]);
        const status = (error as { statusCode?: number }).statusCode;
        if (status !== undefined && status >= 400 && status < 500)
          return sendErrors(reply, format, status, [{ code: status, description: (error as Error).message }]);
        request.log.error({ err: error, requestId: request.id }, 'unhandled Open311 error');
        return sendErrors(reply, format, 500, [
          { code: 500, description: `The service failed; quote request id ${request.id} when reporting it.` },
        ]);
      });

      const ctx = (request: FastifyRequest) => ctxOf(request, scope.database);
      const jurisdictionOf = (given: string | undefined) => resolveJurisdiction(scope.database.db, given);

      for (const format of ['json', 'xml'] as const) {
        scope.get(
          `/discovery.${format}`,
          { schema: { hide: true, querystring: z.object({}) } },
          async (request, reply) => {
            const url = `${request.protocol}://${request.host}/open311/v2`;
            return send(reply, format, 200, 'discovery', {
              changeset: CHANGESET,
              contact: 'tinhso — Trung tâm Phục vụ hành chính công tỉnh; liên hệ quản trị hệ thống của tỉnh.',
              key_service: 'Quản trị hệ thống của tỉnh cấp api_key (tinhso feedback open311-key issue).',
              endpoints: [
                {
                  specification: SPECIFICATION,
                  url,
                  changeset: CHANGESET,
                  type: 'production',
                  formats: ['text/xml', 'application/json'],
                },
              ],
            });
          },
        );

        scope.get(
          `/services.${format}`,
          { schema: { hide: true, querystring: z.object(jurisdiction) } },
          async (request, reply) => {
            const province = await jurisdictionOf(request.query.jurisdiction_id);
            if (!province.ok) return answer(reply, format, 'services', province);
            return send(reply, format, 200, 'services', serviceList());
          },
        );

        scope.post(
          `/requests.${format}`,
          { schema: { hide: true, body: postBody } },
          async (request, reply) => {
            const province = await jurisdictionOf(request.body.jurisdiction_id);
            if (!province.ok) return answer(reply, format, 'service_requests', province);
            return answer(
              reply,
              format,
              'service_requests',
              await postServiceRequest(ctx(request), province.value, request.body, request.ip),
            );
          },
        );

        scope.get(
          `/requests.${format}`,
          { schema: { hide: true, querystring: requestsQuery } },
          async (request, reply) => {
            const province = await jurisdictionOf(request.query.jurisdiction_id);
            if (!province.ok) return answer(reply, format, 'service_requests', province);
            return answer(
              reply,
              format,
              'service_requests',
              await listServiceRequests(ctx(request), province.value, request.query),
            );
          },
        );
      }

      scope.get(
        '/services/:file',
        { schema: { hide: true, params: fileParam('service_code'), querystring: z.object(jurisdiction) } },
        async (request, reply) => {
          const { id, format } = splitFormat(request.params.file)!;
          const province = await jurisdictionOf(request.query.jurisdiction_id);
          if (!province.ok) return answer(reply, format, 'service_definition', province);
          return answer(
            reply,
            format,
            'service_definition',
            await serviceDefinition(scope.database.db, province.value, id),
          );
        },
      );

      scope.get(
        '/requests/:file',
        {
          schema: {
            hide: true,
            params: fileParam('service_request_id'),
            querystring: z.object(jurisdiction),
          },
        },
        async (request, reply) => {
          const { id, format } = splitFormat(request.params.file)!;
          const province = await jurisdictionOf(request.query.jurisdiction_id);
          if (!province.ok) return answer(reply, format, 'service_requests', province);
          const found = await listServiceRequests(ctx(request), province.value, { service_request_id: id });
          if (found.ok && found.value.length === 0)
            return sendErrors(reply, format, 404, [
              { code: 404, description: `service_request_id "${id}" was not found.` },
            ]);
          return answer(reply, format, 'service_requests', found);
        },
      );

      scope.get(
        '/tokens/:file',
        { schema: { hide: true, params: fileParam('token'), querystring: z.object(jurisdiction) } },
        async (request, reply) => {
          const { id, format } = splitFormat(request.params.file)!;
          const province = await jurisdictionOf(request.query.jurisdiction_id);
          if (!province.ok) return answer(reply, format, 'service_requests', province);
          return answer(
            reply,
            format,
            'service_requests',
            await resolveToken(scope.database.db, province.value, id),
          );
        },
      );
    },
    { prefix: '/open311/v2' },
  );
}
