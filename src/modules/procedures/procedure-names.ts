import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { procedures, versions } from './schema.js';

/** The current names of procedures by national code (for reports' tables); unknown codes are absent. */
export async function procedureNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ code: procedures.code, name: versions.name })
    .from(procedures)
    .innerJoin(versions, eq(versions.id, procedures.currentVersionId))
    .where(inArray(procedures.code, wanted));
  return new Map(rows.map((r) => [r.code, r.name]));
}
