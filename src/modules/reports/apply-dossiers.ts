/**
 * Apply dossiers to the aggregates: for each, subtract the contribution last applied and add the one its rows
 * give now, in ONE statement (every CTE reads the same snapshot), so applying a dossier twice, or several
 * dossiers in any order, leaves the same buckets (ADR 0012). The caller holds the consumer lock.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { CONTRIBUTION_COLUMNS, contributionSelect, explode, groupedInsert } from './contribution-sql.js';

const cols = CONTRIBUTION_COLUMNS.join(', ');
const updates = CONTRIBUTION_COLUMNS.filter((c) => c !== 'dossier_id')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ');

/** Re-apply the dossiers with these ids; returns how many bucket rows changed. */
export async function applyDossiers(db: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const idArray = sql`${`{${ids.join(',')}}`}::uuid[]`;
  const deltas = `${explode('fresh', 1)}\n union all \n${explode('old', -1)}`;
  await db.execute(sql`
    with old as (select ${sql.raw(cols)} from reports.dossier_contributions where dossier_id = any(${idArray})),
    fresh as (${contributionSelect(sql`d.id = any(${idArray})`)}),
    gone as (delete from reports.dossier_contributions c
              where c.dossier_id = any(${idArray})
                and not exists (select 1 from fresh f where f.dossier_id = c.dossier_id)),
    saved as (insert into reports.dossier_contributions (${sql.raw(cols)}) select ${sql.raw(cols)} from fresh
              on conflict (dossier_id) do update set ${sql.raw(updates)}),
    day_rows as (${sql.raw(groupedInsert('daily', deltas, true))})
    ${sql.raw(groupedInsert('monthly', deltas, true))}`);
}
