import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from './testing.js';

interface ParamSchema {
  type?: string | string[];
  format?: string;
  anyOf?: ParamSchema[];
  oneOf?: ParamSchema[];
}

interface Operation {
  method: string;
  path: string;
  bodyProps: Record<string, ParamSchema>;
  queryNames: string[];
  /** Query and path parameters with their schemas, to send each the boundary values of its type. */
  params: Array<{ in: 'query' | 'path'; name: string; schema: ParamSchema }>;
  /** The statuses the document says the operation can answer. */
  statuses: string[];
}

/** Every operation the OpenAPI document describes, with what a test needs to send it bad input. */
function operations(spec: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const body = (
        op.requestBody as {
          content?: Record<string, { schema?: { properties?: Record<string, ParamSchema> } }>;
        }
      )?.content?.['application/json']?.schema;
      const params =
        (op.parameters as Array<{ in: string; name: string; schema?: ParamSchema }> | undefined) ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        bodyProps: body?.properties ?? {},
        queryNames: params.filter((p) => p.in === 'query').map((p) => p.name),
        params: params
          .filter((p) => p.in === 'query' || p.in === 'path')
          .map((p) => ({ in: p.in as 'query' | 'path', name: p.name, schema: p.schema ?? {} })),
        statuses: Object.keys((op.responses as object | undefined) ?? {}),
      });
    }
  }
  return ops;
}

function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(name)));
}

/** Dates no calendar can hold, or no PostgreSQL date can (issue 18 §6): each must be a 400, never a 500. */
const BOUNDARY_DATES = [
  '0000-01-01',
  '99999-12-31',
  '-271821-04-20',
  '+275760-09-13',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01T00:00:00Z',
  '99999-12-31T23:59:59Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T08:00:00+07:00',
  '2026-13-01T08:00:00+07:00',
  '1e20',
  '8640000000000001',
];

/** Numbers at and past the edges of PostgreSQL integer, JavaScript safe integers and doubles. */
const BOUNDARY_NUMBERS = [
  '-1',
  '0',
  '2147483648',
  '9007199254740993',
  '1e308',
  'NaN',
  'Infinity',
  '-Infinity',
  '1.5',
];

type Kind = 'date' | 'number' | 'other';

function typesOf(schema: ParamSchema): string[] {
  const own = schema.type === undefined ? [] : [schema.type].flat();
  return [...own, ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(typesOf)];
}

function formatsOf(schema: ParamSchema): string[] {
  return [schema.format ?? '', ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(formatsOf)];
}

/** What boundary values a parameter gets: by its declared type, else (an untyped coercion) both kinds. */
function kindsOf(name: string, schema: ParamSchema): Kind[] {
  const formats = formatsOf(schema);
  if (formats.some((f) => f === 'date' || f === 'date-time')) return ['date'];
  const types = typesOf(schema);
  if (types.includes('integer') || types.includes('number')) return ['number'];
  if (types.length === 0) return ['date', 'number'];
  if (types.includes('string') && /date|from|to$|until|since|at$|on$|day|time/i.test(name)) return ['date'];
  return ['other'];
}

interface JsonSchema extends ParamSchema {
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** A plausible value of a JSON schema, so that one field at a time can carry the boundary value. */
function example(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const alternative = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].find((s) => s.type !== 'null');
  if (alternative) return example(alternative);
  const type = [schema.type ?? 'object'].flat().find((t) => t !== 'null');
  if (type === 'object') {
    return Object.fromEntries(
      (schema.required ?? []).map((k) => [k, example(schema.properties?.[k] ?? { type: 'string' })]),
    );
  }
  if (type === 'array')
    return Array.from({ length: schema.minItems ?? 0 }, () => example(schema.items ?? {}));
  if (type === 'integer' || type === 'number') return Math.max(schema.minimum ?? 1, 1);
  if (type === 'boolean') return false;
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date') return '2026-03-02';
  if (schema.format === 'date-time') return '2026-03-02T08:00:00+07:00';
  if (schema.format === 'email') return 'someone@example.vn';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 3));
}

function bodySchema(spec: Spec, op: Operation): JsonSchema | undefined {
  const raw = spec.paths[op.path]?.[op.method.toLowerCase()]?.requestBody as
    | { content?: Record<string, { schema?: JsonSchema }> }
    | undefined;
  return raw?.content?.['application/json']?.schema;
}

type Spec = { paths: Record<string, Record<string, Record<string, unknown>>> };

describe('the API contract (issue 2 §6)', () => {
  let t: TestApp;
  let spec: Spec;
  before(async () => {
    t = await startTestApp();
    spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  });
  after(() => t.close());

  it('serves an OpenAPI 3.1 document that validates against the specification’s schema', async () => {
    const result = await new Validator().validate(structuredClone(spec) as never);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.match((spec as unknown as { openapi: string }).openapi, /^3\.1\./);
    assert.ok(operations(spec).length >= 15);
    assert.ok(Object.keys(spec.paths).every((p) => p.startsWith('/api/v1/')));
  });

  it('renders the documentation at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /swagger/i);
  });

  it('answers 404 problem+json for an unknown API route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /problem\+json/);
    assert.ok(response.json().requestId);
  });

  it('never answers bad input with a 500, on every route: malformed JSON, wrong types, huge strings, unknown fields, NUL', async () => {
    const huge = 'Đ'.repeat(200_000);
    const failures: string[] = [];
    for (const op of operations(spec)) {
      const session = await t.signIn('admin');
      const headers = { ...session.headers };
      const paths = [
        fillPath(op.path, () => 'not-a-valid-id'),
        fillPath(op.path, (n) => (/code/i.test(n) ? '99999' : randomUUID())),
        fillPath(op.path, () => huge.slice(0, 300)),
      ];
      const query = `?${op.queryNames.map((q) => `${q}=${encodeURIComponent(huge.slice(0, 5000))}`).join('&')}&zzz=1`;
      const bodies: Array<{ payload: string; contentType: string }> = [];
      if (['POST', 'PATCH', 'PUT', 'DELETE'].includes(op.method)) {
        const wrongTypes = Object.fromEntries(Object.keys(op.bodyProps).map((k) => [k, { nested: [1, 2] }]));
        const hugeStrings = Object.fromEntries(Object.keys(op.bodyProps).map((k) => [k, huge]));
        const numbersForStrings = Object.fromEntries(Object.keys(op.bodyProps).map((k) => [k, 12345]));
        bodies.push(
          { payload: '{"username": "adm', contentType: 'application/json' },
          { payload: JSON.stringify(wrongTypes), contentType: 'application/json' },
          { payload: JSON.stringify(hugeStrings), contentType: 'application/json' },
          { payload: JSON.stringify(numbersForStrings), contentType: 'application/json' },
          {
            payload: JSON.stringify({ unknownField: true, ['x'.repeat(500)]: 1 }),
            contentType: 'application/json',
          },
          {
            payload: JSON.stringify({ username: 'a\u0000b', password: 'x\u0000' }),
            contentType: 'application/json',
          },
          { payload: '[]', contentType: 'application/json' },
          { payload: 'null', contentType: 'application/json' },
          { payload: '<xml/>', contentType: 'application/xml' },
        );
      }
      for (const path of paths) {
        const urls = [path, `${path}${query}`];
        for (const url of urls) {
          const attempts = bodies.length ? bodies : [undefined];
          for (const body of attempts) {
            if (op.path.endsWith('/auth/logout')) continue; // would end the session used for the others
            const response = await t.app.inject({
              method: op.method as 'GET',
              url,
              headers: body ? { ...headers, 'content-type': body.contentType } : headers,
              ...(body ? { payload: body.payload } : {}),
            });
            if (response.statusCode >= 500)
              failures.push(
                `${op.method} ${url.slice(0, 80)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
              );
            else if (
              response.statusCode >= 400 &&
              !/problem\+json/.test(String(response.headers['content-type']))
            ) {
              failures.push(`${op.method} ${url.slice(0, 80)} → ${response.statusCode} without problem+json`);
            } else if (!op.statuses.includes(String(response.statusCode))) {
              failures.push(
                `${op.method} ${op.path} → ${response.statusCode} not in its documented responses`,
              );
            }
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('never answers boundary dates and numbers with a 500, on every parameter of every route (issue 18 §6)', async () => {
    const failures: string[] = [];
    const sessions = [await t.signIn('admin'), await t.signIn('lanhdao.tinh')];
    const valuesFor = (kinds: Kind[]) =>
      kinds.flatMap((k) => (k === 'date' ? BOUNDARY_DATES : k === 'number' ? BOUNDARY_NUMBERS : []));
    for (const op of operations(spec)) {
      if (op.path.endsWith('/auth/logout')) continue; // would end the session used for the others
      const sends: Array<{ url: string; payload?: string }> = [];
      const basePath = fillPath(op.path, (n) => (/code/i.test(n) ? '99999' : randomUUID()));
      for (const param of op.params) {
        for (const value of valuesFor(kindsOf(param.name, param.schema))) {
          if (param.in === 'path') {
            sends.push({
              url: fillPath(op.path, (n) =>
                n === param.name ? value : /code/i.test(n) ? '99999' : randomUUID(),
              ),
            });
          } else {
            sends.push({ url: `${basePath}?${param.name}=${encodeURIComponent(value)}` });
          }
        }
      }
      const body = bodySchema(spec, op);
      if (body?.properties) {
        const valid = (example(body) ?? {}) as Record<string, unknown>;
        for (const [name, schema] of Object.entries(body.properties)) {
          const kinds = kindsOf(name, schema);
          for (const value of valuesFor(kinds)) {
            // Numbers go as JSON numbers where JSON has them (2^53+1 written out, so no rounding on the way),
            // and as strings where it has none (NaN, Infinity); dates as strings.
            const isNumber = kinds.includes('number') && /^-?[\d.e]+$/.test(value);
            const json = JSON.stringify({ ...valid, [name]: '\u0001' }).replace(
              '"\\u0001"',
              isNumber ? value : JSON.stringify(value),
            );
            sends.push({ url: basePath, payload: json });
          }
        }
      }
      for (const session of sessions) {
        for (const send of sends) {
          const response = await t.app.inject({
            method: op.method as 'GET',
            url: send.url,
            headers: send.payload
              ? { ...session.headers, 'content-type': 'application/json' }
              : session.headers,
            ...(send.payload ? { payload: send.payload } : {}),
          });
          const where = `${op.method} ${send.url.slice(0, 100)} ${send.payload?.slice(0, 120) ?? ''}`;
          if (response.statusCode >= 500)
            failures.push(`${where} → ${response.statusCode} ${response.body.slice(0, 160)}`);
          else if (
            response.statusCode >= 400 &&
            !/problem\+json/.test(String(response.headers['content-type']))
          )
            failures.push(`${where} → ${response.statusCode} without problem+json`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('names the field that was wrong', async () => {
    const session = await t.signIn('admin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: session.headers,
      payload: {
        username: 'ok.name',
        displayName: 'A',
        kind: 'robot',
        password: 'a-long-password',
        extra: 1,
      },
    });
    assert.equal(response.statusCode, 400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('kind'), JSON.stringify(response.json()));
  });
});
