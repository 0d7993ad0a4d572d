/**
 * Dated rows (valid from, valid to — exclusive): a change closes the row in force and opens a new one, so the
 * state on any past day stays readable (issue 21 §1: "changes audited and dated so any past date can be asked").
 * A change dated before the latest one is refused: history is appended to, never rewritten.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';

export type DatedTable = 'quotas' | 'staff_members' | 'facilities' | 'facility_norms';

/** Rows of alias `r` in force on `day`. */
export function inForceOn(day: string, alias = 'r'): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.valid_from <= ${day}::date and (${a}.valid_to is null or ${a}.valid_to > ${day}::date))`;
}

export type Supersede =
  | { ok: true; closed: Record<string, unknown> | null }
  | { ok: false; latestFrom: string };

/**
 * Close the row of `key` still open on `validFrom` (locking it), or say from when the latest one runs if it
 * starts later. `key` maps column names (written in code, never from input) to values.
 */
export async function supersede(
  tx: Executor,
  table: DatedTable,
  key: Record<string, string>,
  validFrom: string,
): Promise<Supersede> {
  const where = sql.join(
    Object.entries(key).map(([column, value]) => sql`t.${sql.raw(column)} = ${value}`),
    sql` and `,
  );
  const result = await tx.execute<{ id: string; from_day: string; row: Record<string, unknown> }>(sql`
    select t.id, t.valid_from::text as from_day, to_jsonb(t) as row from ${sql.raw(`staffing.${table}`)} t
     where ${where} and (t.valid_to is null or t.valid_to > ${validFrom}::date)
     order by t.valid_from desc for update`);
  const latest = result.rows[0];
  if (!latest) return { ok: true, closed: null };
  if (latest.from_day > validFrom) return { ok: false, latestFrom: latest.from_day };
  await tx.execute(
    sql`update ${sql.raw(`staffing.${table}`)} set valid_to = ${validFrom}::date where id = ${latest.id}`,
  );
  return { ok: true, closed: latest.row };
}
