/**
 * A canonical JSON text: object keys sorted, `undefined` dropped, dates as ISO strings. The same
 * value read back from jsonb gives the same text, which is what makes the hash chain verifiable.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

/** The JSON value a jsonb column will hand back for `value`. */
export function jsonValue(value: unknown): unknown {
  return value === undefined ? null : normalise(JSON.parse(JSON.stringify(value)));
}

function normalise(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : normalise(item)));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = normalise(item);
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}
