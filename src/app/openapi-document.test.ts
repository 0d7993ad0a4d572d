import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openApiDocument } from './openapi-document.js';

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string }>;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; format?: string } }> }>;
}
type Spec = { paths: Record<string, Record<string, Operation>>; tags: Array<{ name: string }> };

function each(spec: Spec): Array<[string, Operation]> {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item).map(
      ([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation],
    ),
  );
}

describe('the OpenAPI document is complete (issue 23 §1)', () => {
  let spec: Spec;
  before(async () => {
    spec = (await openApiDocument()) as unknown as Spec;
  });

  it('gives every operation a unique camelCase operationId and a tag declared at the top', () => {
    const ids = each(spec).map(([, op]) => op.operationId);
    assert.equal(new Set(ids).size, ids.length);
    const tags = new Set(spec.tags.map((t) => t.name));
    for (const [name, op] of each(spec)) {
      assert.match(op.operationId ?? '', /^(get|post|put|patch|delete)[A-Z][A-Za-z0-9]*$/, name);
      assert.ok(op.tags?.length && op.tags.every((t) => tags.has(t)), `${name}: tags ${op.tags}`);
    }
  });

  it('states who may call each operation: the session cookie, with the CSRF header on a state change, or anyone', () => {
    for (const [name, op] of each(spec)) {
      assert.ok(Array.isArray(op.security), `${name} has no security`);
      const changes = !name.startsWith('GET ');
      for (const requirement of op.security ?? []) {
        if (Object.keys(requirement).length === 0) continue;
        assert.deepEqual(Object.keys(requirement).sort(), changes ? ['csrf', 'session'] : ['session'], name);
      }
    }
    const login = spec.paths['/api/v1/auth/login']?.post;
    assert.deepEqual(login?.security, []);
    assert.deepEqual(spec.paths['/api/v1/users']?.get?.security, [{ session: [] }]);
  });

  it('documents each problem as problem+json with the shared Problem schema, and 400 and 503 everywhere', () => {
    for (const [name, op] of each(spec)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        assert.deepEqual(
          Object.keys(response.content ?? {}),
          ['application/problem+json'],
          `${name} ${status}`,
        );
        assert.equal(
          response.content?.['application/problem+json']?.schema?.$ref,
          '#/components/schemas/Problem',
        );
      }
      assert.ok(op.responses['400'] && op.responses['503'], name);
      const session = (op.security ?? []).some((r) => 'session' in r);
      assert.equal('401' in op.responses, session, `${name}: 401 exactly when a session is asked for`);
      if (op.parameters?.some((p) => p.in === 'path')) assert.ok(op.responses['404'], `${name}: 404`);
      if (op.requestBody || !name.startsWith('GET '))
        assert.ok(op.responses['413'] && op.responses['415'], `${name}: 413 and 415`);
    }
    assert.ok(spec.paths['/api/v1/auth/login']?.post?.responses['429']);
    assert.ok(
      spec.paths['/api/v1/dossiers']?.post?.responses['422'],
      'an Idempotency-Key route can answer 422',
    );
  });

  it('describes file downloads by their media types as binary, never as JSON', () => {
    const files = each(spec).filter(([name]) =>
      /\.(csv|xlsx|pdf)$|\/export$|\/documents\/|\/forms\//.test(name),
    );
    assert.ok(files.length >= 15, `${files.length} downloads`);
    for (const [name, op] of files) {
      const content = op.responses['200']?.content ?? {};
      assert.ok(Object.keys(content).length > 0, `${name} declares no content`);
      for (const [type, media] of Object.entries(content)) {
        assert.doesNotMatch(type, /json/, name);
        assert.equal(media.schema?.format, 'binary', name);
      }
    }
    const csv = spec.paths['/api/v1/oversight/export.csv']?.get?.responses['200']?.content ?? {};
    assert.deepEqual(Object.keys(csv), ['text/csv']);
  });
});
