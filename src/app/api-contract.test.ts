import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from './testing.js';

interface Operation {
  method: string;
  path: string;
  bodyProps: Record<string, { type?: string }>;
  queryNames: string[];
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
          content?: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }>;
        }
      )?.content?.['application/json']?.schema;
      const params = (op.parameters as Array<{ in: string; name: string }> | undefined) ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        bodyProps: body?.properties ?? {},
        queryNames: params.filter((p) => p.in === 'query').map((p) => p.name),
        statuses: Object.keys((op.responses as object | undefined) ?? {}),
      });
    }
  }
  return ops;
}

function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(name)));
}

describe('the API contract (issue 2 §6)', () => {
  let t: TestApp;
  let spec: Parameters<typeof operations>[0];
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
