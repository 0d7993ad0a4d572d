/**
 * Idempotent submissions (issue 6 §6): a request carrying an `Idempotency-Key` header is answered once; a retry
 * with the same key and the same body gets the stored answer and never creates a second dossier; the same key
 * with a different body is refused (422). The key row is inserted first in the transaction, so a concurrent
 * retry waits on it and then reads the committed answer; a refused request stores nothing (the retry may work).
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { canonicalJson } from './canonical.js';
import { idempotencyKeys } from './schema.js';

export type IdempotencyError = DomainError | { kind: 'idempotency_mismatch'; detail: string };

export interface Idempotent<T> {
  value: T;
  replayed: boolean;
}

class Rollback extends Error {
  constructor(readonly error: DomainError) {
    super('idempotent work refused');
  }
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export function idempotencyScope(ctx: Ctx): string {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : ctx.actor.kind;
}

/**
 * How an answer is kept and given back when it holds what must not be stored (a tracking secret is kept only
 * as its hash): `store` is what the key row keeps, `replay` turns it back into an answer in the replay's
 * transaction (and may change things to do so, e.g. issue a new secret).
 */
export interface StoredAnswer<T> {
  store: (value: T) => unknown;
  replay: (ctx: Ctx, stored: unknown) => Promise<Result<T, DomainError>>;
}

/** Run `work` at most once per (caller, key); `work` gets a context on the same transaction. */
export async function onceFor<T>(
  ctx: Ctx,
  key: string,
  body: unknown,
  work: (ctx: Ctx) => Promise<Result<T, DomainError>>,
  kept?: StoredAnswer<T>,
): Promise<Result<Idempotent<T>, IdempotencyError>> {
  const scope = idempotencyScope(ctx);
  const hash = requestHash(body);
  try {
    return await ctx.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ scope, key, requestHash: hash, createdAt: ctx.now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length === 0) {
        const [stored] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
        if (!stored || stored.requestHash !== hash)
          return fail<IdempotencyError>({
            kind: 'idempotency_mismatch',
            detail:
              'This Idempotency-Key was used with a different request body; use a new key for a new request.',
          });
        if (!kept) return ok({ value: stored.response as T, replayed: true });
        const replayed = await kept.replay(
          { ...ctx, db: tx, cacheScope: ctx.cacheScope ?? ctx.db },
          stored.response,
        );
        if (!replayed.ok) throw new Rollback(replayed.error);
        return ok({ value: replayed.value, replayed: true });
      }
      const result = await work({ ...ctx, db: tx, cacheScope: ctx.cacheScope ?? ctx.db });
      if (!result.ok) throw new Rollback(result.error);
      await tx
        .update(idempotencyKeys)
        .set({
          statusCode: 201,
          response: JSON.parse(JSON.stringify(kept ? kept.store(result.value) : result.value)),
        })
        .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
      return ok({ value: result.value, replayed: false });
    });
  } catch (error) {
    if (error instanceof Rollback) return fail(error.error);
    throw error;
  }
}
