/**
 * The dossiers module's published read model (issue 23 §4: a module never reads another's tables; ADR 0012):
 * two views in schema `dossiers`, created by migration 0024, the only relations of this module another module
 * may name in SQL. Their columns are this module's contract with its readers; the tables behind them may change
 * as long as the views keep their columns and meanings (a migration that breaks a view fails, on purpose).
 *
 * - `dossier_facts`: one row per dossier with what the service figures count (issue 7), never the applicant's
 *   data: id, province_code, code, status, channel, procedure_code, procedure_name, field, receiving and
 *   competent unit_code / agency_id, the instants received_at, appointment_at, finished_at, returned_at (null
 *   until they happen), outcome (approved | refused | …), timeliness (the indicator rule at finish: early |
 *   on_time | late), on_time_portal (the portal rule, RULES.md §1.5), supplement_minutes (time spent waiting
 *   for supplements), result_method, e_result, fee_total_dong, paid_online, and the citizen's rating: scores
 *   (nine 0–2 scores, Circular 01/2018 art. 13) and rated_at, null when not rated.
 * - `dossier_changes`: the outbox feed, one row per transition: dossier_id and tx_id, the writing transaction
 *   (`xid8`). A reader re-reads the facts of the dossiers whose changes committed since its horizon.
 *
 * They are plain views: PostgreSQL inlines them, so a reader's predicates reach the tables' indexes and a query
 * that uses no rating column does not join the ratings at all (left join removal on its primary key).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';

/** The relation of dossier facts, for a reader's SQL: `from ${DOSSIER_FACTS} d`. */
export const DOSSIER_FACTS = sql.raw('dossiers.dossier_facts');

/** The relation of dossier changes (the outbox feed), for a reader's SQL. */
export const DOSSIER_CHANGES = sql.raw('dossiers.dossier_changes');

/** Refresh the planner's statistics of the tables behind the read model (after a bulk load; issue 24 §6). */
export async function analyseDossierTables(db: Executor): Promise<void> {
  await db.execute(sql`analyze dossiers.dossiers, dossiers.events, dossiers.ratings`);
}
