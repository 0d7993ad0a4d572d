/**
 * The OpenAPI document of /api/v1, completed in one place (issue 23 §1). Routes declare what is theirs — the
 * zod schemas, a summary, `security: PUBLIC` or `OPTIONAL_SESSION` when a session is not needed, a file
 * download's media types, a 429 where they are rate-limited — and `describeOperation` derives the rest for
 * every route: operationId, tag, the security requirement and each problem+json response the route can give.
 */

import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** RFC 9457 problem details as every API error is sent (problem.ts `Problem`). Loose: a route may add members. */
export const problemSchema = z.looseObject({
  type: z
    .string()
    .describe('A URI naming the kind of problem, e.g. https://tinhso.dev/problems/invalid-input'),
  title: z.string().describe('A short summary of the kind of problem'),
  status: z.number().int().min(100).max(599).describe('The HTTP status code'),
  detail: z.string().optional().describe('What went wrong in this occurrence, in words'),
  instance: z.string().optional().describe('The request path of this occurrence'),
  requestId: z
    .string()
    .optional()
    .describe('Quote it when reporting a problem; also in the x-request-id header'),
  errors: z
    .array(
      z.object({
        field: z.string().describe('The field as sent, a dotted path for nested ones (`days.3.date`)'),
        message: z
          .string()
          .describe('Why, in the reader’s language (accept-language; Vietnamese by default)'),
        code: z
          .string()
          .optional()
          .describe(
            'A stable machine code of the refusal, to act on instead of the message (which is for people and ' +
              'may be reworded): e.g. `calendar.alreadyNational`, or an upload’s reason `too_large`. Absent ' +
              'where the server names no code.',
          ),
      }),
    )
    .optional()
    .describe('The fields that were wrong, each with why'),
  current: z.unknown().optional().describe('On a 409: the resource as it is now'),
});

/** `security` of a route anyone may call, signed in or not. */
export const PUBLIC: NonNullable<FastifySchema['security']> = [];
/** `security` of a route anyone may call whose answer depends on who is signed in (e.g. anonymous PAKN). */
export const OPTIONAL_SESSION: NonNullable<FastifySchema['security']> = [{}, { session: [] }];

/**
 * A file download's `response` entry: the media types it is sent as, each a binary body. The handler sends a
 * Buffer or a string with its own Content-Type, which Fastify never serialises, so the schema only documents.
 */
export function fileResponse(description: string, ...mediaTypes: string[]) {
  const binary = z.string().meta({ format: 'binary' }) as unknown as z.ZodType<string | Buffer>;
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: binary }])) };
}

export const MEDIA = {
  csv: 'text/csv',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
} as const;

const TAGS: Record<string, string> = {
  system: 'This installation: version, province, demo',
  units: 'Administrative units (provinces, communes), their lineage and agencies',
  calendar: 'Working days, days off, working hours and due dates',
  audit: 'The append-only audit trail and its verification',
  identity: 'Sign-in, sessions, accounts, roles and positions',
  procedures: 'The public catalogue of administrative procedures and their publication per province',
  dossiers: 'One-stop dossiers: application, reception, processing, results, tracking and rating',
  targets: 'Socio-economic targets of resolutions and their period values',
  investment: 'Public investment projects, capital plans and disbursement',
  feedback: 'Citizen feedback (PAKN), complaints and denunciations',
  reception: 'Citizen reception: the published schedule, sessions, the register and its reports',
  oversight: 'Meetings, conclusions and the tasks they assign, with progress and escalation',
  reports: 'Service figures, the Decision 766 scorecard and their exports',
  staffing: 'Commune staffing quotas, officials in post, facilities against norms, dated',
  disasters: 'Natural-disaster events, damage reports per Joint Circular 43/2015, recovery tasks, scenarios',
  signatures: 'Where officials keep their signing keys, and the trust anchors signatures are checked against',
};

const CSRF_HEADER = 'x-csrf-token';

/** The options of @fastify/swagger for /api/v1. */
export function swaggerOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'tinhso API',
        version,
        description:
          'The API of tinhso, the digital province. Errors are RFC 9457 problem+json (the Problem schema). ' +
          `State-changing requests of a signed-in session carry the ${CSRF_HEADER} header.`,
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'tinhso', url: 'https://tinhso.dev' },
      },
      servers: [{ url: '/', description: 'This installation' }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey' as const,
            in: 'cookie' as const,
            name: 'tinhso_session',
            description: 'The session cookie set by POST /api/v1/auth/login.',
          },
          csrf: {
            type: 'apiKey' as const,
            in: 'header' as const,
            name: CSRF_HEADER,
            description:
              'The CSRF token of the session (GET /api/v1/auth/me); required on every state-changing request ' +
              'that carries a session cookie, public ones included.',
          },
        },
        schemas: { Problem: z.toJSONSchema(problemSchema, { io: 'output' }) as never },
      },
    },
    transform: describeOperation as unknown as FastifyDynamicSwaggerOptions['transform'],
  };
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0] & {
  route: { method: string | string[]; url: string };
};
type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown> };
type Access = 'public' | 'optional' | 'session';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

const PROBLEMS: Record<number, string> = {
  400: 'Invalid input: the path, query, headers or body (`errors` names each field)',
  401: 'Sign-in required',
  403: `Not allowed for the roles of this session, or the ${CSRF_HEADER} header is missing or wrong`,
  404: 'Not found, or not visible to this session',
  409: 'Conflict: the resource changed since it was read (`current` holds it as it is now) or its state does not allow this',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'The Idempotency-Key was used before with another body',
  429: 'Too many attempts: wait for the seconds in Retry-After',
  503: 'Unavailable for now: the database is unreachable or busy, or a service the action needs (such as signing) is not configured',
};

/** The swagger transform: the zod schemas as JSON Schema, then what every operation must say. */
export function describeOperation(input: TransformInput): { schema: FastifySchema; url: string } {
  const { schema, url } = jsonSchemaTransform(input) as { schema: FastifySchema & JsonSchema; url: string };
  if (!schema || schema.hide) return { schema, url };
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  const access = accessOf(schema.security);
  const changes = STATE_CHANGING.has(method.toUpperCase());
  const body = schema.body ?? uploadBody(schema.consumes);
  const described = { ...schema, ...(body ? { body } : {}) };
  completeRecords(described);
  return {
    url,
    schema: {
      ...described,
      operationId: schema.operationId ?? operationIdFor(method, url),
      tags: schema.tags?.length ? schema.tags : [moduleOf(url)],
      security: securityFor(access, changes),
      response: {
        ...successResponses(schema.response as Record<string, unknown> | undefined),
        ...problemResponses(problemStatuses(described, access, changes)),
      },
    },
  };
}

/** An upload route reads its file from multipart/form-data itself (platform/files `receiveUpload`). */
function uploadBody(consumes: readonly string[] | undefined): JsonSchema | undefined {
  if (!consumes?.includes('multipart/form-data')) return undefined;
  return {
    type: 'object',
    properties: {
      file: { type: 'string', format: 'binary', description: 'The file; its type is read from its bytes' },
    },
    required: ['file'],
  };
}

/**
 * A zod record keyed by an enum is exhaustive: JSON Schema says so with `propertyNames` and `required`, which
 * linters and client generators read as required properties that are not defined. Name them as properties.
 */
function completeRecords(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema & { propertyNames?: { enum?: string[] }; additionalProperties?: unknown };
  const keys = schema.propertyNames?.enum;
  if (keys && !schema.properties && Array.isArray(schema.required)) {
    schema.properties = Object.fromEntries(keys.map((key) => [key, schema.additionalProperties ?? {}]));
  }
  for (const value of Object.values(schema)) completeRecords(value);
}

function accessOf(security: FastifySchema['security']): Access {
  if (security === undefined) return 'session';
  return security.length === 0 ? 'public' : 'optional';
}

/** A session is its cookie, and on a state change also its CSRF token (ADR 0004). */
function securityFor(access: Access, changes: boolean): NonNullable<FastifySchema['security']> {
  const session: Record<string, string[]> = changes ? { session: [], csrf: [] } : { session: [] };
  if (access === 'public') return [];
  if (access === 'optional') return [{}, session];
  return [session];
}

/**
 * The problems a route can answer, from what it declares: any request may be refused as input (NUL bytes and
 * unknown query fields are checked on every route, reject-nul-bytes.ts) or meet an unavailable database (503);
 * a session route may answer 401 and 403, and a state change 403 for a missing CSRF token and 409 for a stale
 * version; a path parameter names something that may not exist; the body of a state change (Fastify reads one
 * whether the route declares it or not) may be too large or of another type.
 */
function problemStatuses(schema: FastifySchema & JsonSchema, access: Access, changes: boolean): number[] {
  const statuses = new Set([400, 503]);
  if (access !== 'public') statuses.add(401).add(403);
  if (changes) statuses.add(403);
  if (changes && access !== 'public') statuses.add(409);
  if (schema.params) statuses.add(404);
  if (changes || schema.body) statuses.add(413).add(415);
  const headers = (schema.headers as JsonSchema | undefined)?.properties ?? {};
  if ('idempotency-key' in headers) statuses.add(422);
  for (const status of Object.keys((schema.response as object | undefined) ?? {}).map(Number)) {
    if (status >= 400) statuses.add(status);
  }
  return [...statuses].sort();
}

function problemResponses(statuses: number[]): Record<string, unknown> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: PROBLEMS[status] ?? 'Problem',
        ...(status === 429
          ? { headers: { 'retry-after': { description: 'Seconds to wait', type: 'integer' } } }
          : {}),
        content: { 'application/problem+json': { schema: PROBLEM_REF } },
      },
    ]),
  );
}

function successResponses(response: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!response) return { 200: { description: 'OK' } };
  return Object.fromEntries(Object.entries(response).filter(([status]) => Number(status) < 400));
}

/** `GET /api/v1/dossiers/:id/documents/:position` → `getDossiersByIdDocumentsByPosition`: stable, unique per route. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^[:{](\w+)\}?$/.exec(segment);
      return param ? ['by', param[1]!] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

function moduleOf(url: string): string {
  return url.replace(/^\/api\/v1\//, '').split('/')[0] ?? 'system';
}
