import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalJson, jsonValue } from './canonical-json.js';

describe('canonical JSON for the audit hash', () => {
  it('does not depend on key order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: 2, c: 3 } }), canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('gives the same text for a value and for what jsonb hands back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const stored = JSON.parse(JSON.stringify(jsonValue(value)));
        assert.equal(canonicalJson(stored), canonicalJson(jsonValue(value)));
      }),
    );
  });

  it('writes dates as ISO instants and drops undefined', () => {
    assert.equal(
      canonicalJson({ at: new Date('2025-01-01T00:00:00Z'), gone: undefined }),
      '{"at":"2025-01-01T00:00:00.000Z"}',
    );
  });
});
