/**
 * An operator's import (a CSV of quotas, of damage figures): each row goes through its own use case — the same
 * checks, audit and messages as one made on screen — inside one transaction, so a refused row leaves nothing
 * written (common brief: "nothing half-written") and the refusal names the file's row.
 */
import type { Ctx } from './context.js';
import { defineMessages, type Message, renderMessage } from './http/messages.js';
import { type DomainError, fail, ok, type Result } from './result.js';

const msg = defineMessages({
  'platform.atRow': { vi: 'Dòng {row}: {why}', en: 'row {row}: {why}' },
});

/** A message told as the refusal of one row of the file (`Dòng 3: …`). */
export const atRowMessage = (row: number, why: Message) => msg('platform.atRow', { row, why });

export interface ImportRow<T> {
  /** 1-based record number in the file, the header being 1. */
  row: number;
  value: T;
}

class Refused extends Error {
  constructor(readonly error: DomainError) {
    super('refused');
  }
}

/** Where a row's refusal came from, kept in the detail and in every field error. */
function atRow(row: number, error: DomainError): DomainError {
  const localized =
    'localized' in error && error.localized ? { localized: atRowMessage(row, error.localized) } : {};
  if (error.kind === 'invalid')
    return {
      ...error,
      detail: `row ${row}: ${error.detail}`,
      errors: (error.errors ?? []).map((e) => ({ ...e, field: `row ${row}.${e.field}` })),
      ...localized,
    };
  if (error.kind === 'conflict' || error.kind === 'rate_limited')
    return { ...error, detail: `row ${row}: ${error.detail}`, ...localized };
  if (error.kind === 'not_found') return { ...error, id: `row ${row}: ${error.id ?? ''}` };
  return { ...error, detail: `row ${row}: ${error.detail ?? error.kind}`, ...localized };
}

export async function importRows<T>(
  ctx: Ctx,
  rows: ImportRow<T>[],
  apply: (ctx: Ctx, value: T) => Promise<Result<unknown>>,
): Promise<Result<{ rows: number }>> {
  try {
    await ctx.db.transaction(async (tx) => {
      for (const r of rows) {
        const done = await apply({ ...ctx, db: tx }, r.value);
        if (!done.ok) throw new Refused(atRow(r.row, done.error));
      }
    });
    return ok({ rows: rows.length });
  } catch (error) {
    if (error instanceof Refused) return fail(error.error);
    throw error;
  }
}

/** A refusal of the file itself (its header, a row that does not parse), before anything is applied. */
export function badFile(detail: string): Result<never> {
  return fail({ kind: 'invalid', detail });
}

/** A refusal of the file itself, told in the reader's language; `row` names the file's row at fault. */
export function badFileBecause(why: Message, row?: number): Result<never> {
  const localized = row === undefined ? why : atRowMessage(row, why);
  return fail({ kind: 'invalid', detail: renderMessage(localized, 'en'), localized });
}
