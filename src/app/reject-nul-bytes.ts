import type { FastifyRequest } from 'fastify';
import { nulMessages } from '../platform/http/edge-messages.js';
import { HttpProblem, problem } from '../platform/http/problem.js';
import { fieldError } from '../platform/result.js';

/**
 * PostgreSQL text cannot hold U+0000; a string with one would fail deep in a query. Refuse it at
 * the edge with a 400 naming the field instead (issue 2 §6: no bad input may produce a 500).
 */
export async function rejectNulBytes(request: FastifyRequest): Promise<void> {
  for (const [part, value] of [
    ['body', request.body],
    ['query', request.query],
    ['params', request.params],
  ] as const) {
    const field = findNul(value, part);
    if (field) {
      throw new HttpProblem(
        problem(400, 'invalid-input', 'Invalid input', {
          detail: `${field} contains a NUL character.`,
          localized: nulMessages(field).detail,
          errors: [fieldError(field, nulMessages(field).field)],
        }),
      );
    }
  }
}

function findNul(value: unknown, at: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes('\u0000')) return `${at}.${key.replaceAll('\u0000', '\\0')}`;
    const found = findNul(item, `${at}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
