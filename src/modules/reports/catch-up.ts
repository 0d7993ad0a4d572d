/**
 * The consumer of the dossiers outbox, read through the dossiers module's `DOSSIER_CHANGES` feed (ADR 0012). `seq` values are drawn before their transactions
 * commit, so they commit out of order and a cursor on `seq` could skip an event. The exact cursor is a
 * transaction-id horizon: every event whose transaction id is ≥ the last horizon and below the oldest
 * transaction still running (`pg_snapshot_xmin`) is from a transaction that has ended, and no later commit can
 * add one below it. Its dossiers are re-applied (idempotent), the new horizon stored, under one advisory lock so
 * one consumer works at a time. Run by the `reports-catch-up` job every few seconds and before every report.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { DOSSIER_CHANGES } from '../dossiers/index.js';
import { applyDossiers } from './apply-dossiers.js';

/** The advisory lock the consumer and the rebuild take (one of them at a time). */
export const CONSUMER_LOCK = sql`pg_advisory_xact_lock(hashtext('tinhso.reports.consumer'))`;
export const CONSUMER = 'service';
const CHUNK = 5000;

export interface CatchUp {
  from: string;
  horizon: string;
  dossiers: number;
}

/** The horizon now: every transaction below it has ended. */
export async function currentHorizon(tx: Executor): Promise<string> {
  const r = await tx.execute<{ h: string }>(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as h`);
  return r.rows[0]!.h;
}

export async function storeHorizon(
  tx: Executor,
  horizon: string,
  dossiers: number,
  now: Date,
): Promise<void> {
  await tx.execute(sql`
    insert into reports.consumer (name, horizon, applied_at, dossiers_applied)
    values (${CONSUMER}, ${horizon}, ${now}, ${dossiers})
    on conflict (name) do update set horizon = excluded.horizon, applied_at = excluded.applied_at,
      dossiers_applied = reports.consumer.dossiers_applied + excluded.dossiers_applied`);
}

/** Apply every dossier event committed since the last horizon; returns what was done. */
export async function catchUpServiceAggregates(db: Executor, now = new Date()): Promise<CatchUp> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select ${CONSUMER_LOCK}`);
    const last = await tx.execute<{ horizon: string }>(
      sql`select horizon from reports.consumer where name = ${CONSUMER}`,
    );
    const from = last.rows[0]?.horizon ?? '0';
    const horizon = await currentHorizon(tx);
    const dossiers =
      from === horizon
        ? 0
        : await applyEventsFrom(tx, sql`tx_id >= ${from}::xid8 and tx_id < ${horizon}::xid8`);
    // Transactions above the horizon that have already committed (a long transaction elsewhere in the cluster
    // holds the horizon back): their dossiers are applied too, so a report shows every committed change.
    // Applying is idempotent, so they are applied again, harmlessly, once the horizon passes them.
    const tail = await applyEventsFrom(tx, sql`tx_id >= ${horizon}::xid8`);
    if (from !== horizon) await storeHorizon(tx, horizon, dossiers, now);
    return { from, horizon, dossiers: dossiers + tail };
  });
}

/** Apply every dossier with an event matching `where`, in chunks by id; returns how many. */
async function applyEventsFrom(tx: Executor, where: SQL): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let dossiers = 0;
  for (;;) {
    const ids = await tx.execute<{ id: string }>(sql`
      select distinct dossier_id as id from ${DOSSIER_CHANGES}
       where ${where} and dossier_id > ${after}::uuid
       order by dossier_id limit ${CHUNK}`);
    if (ids.rows.length === 0) break;
    await applyDossiers(
      tx,
      ids.rows.map((r) => r.id),
    );
    dossiers += ids.rows.length;
    after = ids.rows[ids.rows.length - 1]!.id;
    if (ids.rows.length < CHUNK) break;
  }
  return dossiers;
}
