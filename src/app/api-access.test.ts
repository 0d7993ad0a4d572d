import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './testing.js';

type Operation = { security?: Array<Record<string, string[]>>; responses: Record<string, unknown> };
type Spec = { paths: Record<string, Record<string, Operation>> };

/** A path value of the right shape, so a request gets past validation to the handler where it can. */
function plausible(name: string): string {
  if (/year/i.test(name)) return '2026';
  if (/date/i.test(name)) return '2026-03-02';
  if (/province/i.test(name)) return '04';
  if (/code/i.test(name)) return '99999';
  if (/position/i.test(name)) return '1';
  if (/form/i.test(name)) return '01';
  return randomUUID();
}

describe('the document says who may call each operation, and what it answers (issue 23 §1)', () => {
  let t: TestApp;
  let spec: Spec;
  before(async () => {
    t = await startTestApp();
    spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  });
  after(() => t.close());

  it('anonymous: a public operation never asks for a sign-in, a session operation never succeeds, every status is documented', async () => {
    const failures: string[] = [];
    let succeeded = 0;
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const url = path.replace(/\{([^}]+)\}/g, (_m, name: string) => plausible(name));
        const withBody = method !== 'get' && method !== 'delete';
        const response = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          ...(withBody ? { payload: {} } : {}),
        });
        const status = response.statusCode;
        const name = `${method.toUpperCase()} ${path} → ${status}`;
        const anyone =
          (op.security ?? []).some((r) => Object.keys(r).length === 0) || op.security?.length === 0;
        if (anyone && status === 401) failures.push(`${name}: public, yet asks for a sign-in`);
        if (!anyone && status < 300) failures.push(`${name}: needs a session, yet answered anonymously`);
        if (!(String(status) in op.responses)) failures.push(`${name}: status not documented`);
        if (status < 300) succeeded++;
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(succeeded >= 5, `only ${succeeded} public operations answered`);
  });
});
