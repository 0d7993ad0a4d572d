import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { agencies } from './schema.js';

/** An agency as other modules route work to it: which unit (and so which scope) it belongs to. */
export interface AgencySummary {
  id: string;
  unitCode: string;
  provinceCode: string;
  /** people_committee | department | pas_centre | other */
  kind: string;
  code: string | null;
  name: string;
  nameEn: string | null;
}

const columns = {
  id: agencies.id,
  unitCode: agencies.unitCode,
  provinceCode: agencies.provinceCode,
  kind: agencies.kind,
  code: agencies.code,
  name: agencies.name,
  nameEn: agencies.nameEn,
};

/** Every agency of a province (its own and its communes'), by unit code, kind and name. */
export async function listAgencies(db: Executor, provinceCode: string): Promise<AgencySummary[]> {
  return db
    .select(columns)
    .from(agencies)
    .where(eq(agencies.provinceCode, provinceCode))
    .orderBy(asc(agencies.unitCode), asc(agencies.kind), asc(agencies.name));
}

/** Agencies by id; unknown ids are absent from the map. */
export async function findAgencies(db: Executor, ids: string[]): Promise<Map<string, AgencySummary>> {
  const wanted = [...new Set(ids)];
  const found = new Map<string, AgencySummary>();
  if (wanted.length === 0) return found;
  for (const row of await db.select(columns).from(agencies).where(inArray(agencies.id, wanted))) {
    found.set(row.id, row);
  }
  return found;
}
