/**
 * Recompute the aggregates from the dossiers module's facts (DOSSIER_FACTS), set-based (a GROUP BY over the
 * dossiers' contributions): after a bulk load, to repair, and in the test that the incremental consumer always
 * equals it (ADR 0012). Takes the consumer's lock. The horizon is read before the dossiers are: everything of a
 * transaction below it is in the rebuild; later transactions' events stay above it and are re-applied by the
 * consumer (idempotently). A whole rebuild moves the horizon there; a one-province rebuild leaves it.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { CONSUMER_LOCK, currentHorizon, storeHorizon } from './catch-up.js';
import { CONTRIBUTION_COLUMNS, contributionSelect, explode, groupedInsert } from './contribution-sql.js';

export interface Rebuilt {
  provinceCode: string | null;
  dossiers: number;
  dailyRows: number;
  monthlyRows: number;
}

export async function rebuildServiceAggregates(db: Executor, provinceCode?: string): Promise<Rebuilt> {
  if (provinceCode !== undefined && !/^\d{2}$/.test(provinceCode))
    throw new Error(`Not a province code: ${provinceCode}`);
  const rebuilt = await rebuildInTransaction(db, provinceCode);
  // Issue 24 §6: until the planner's statistics catch up with the rewritten tables, the first reports after a
  // rebuild took seconds; analyse them now rather than leave it to autovacuum's next pass.
  await analyseServiceAggregates(db);
  return rebuilt;
}

/** Refresh the planner's statistics of the aggregates (after a rebuild or a bulk catch-up; issue 24 §6). */
export async function analyseServiceAggregates(db: Executor): Promise<void> {
  await db.execute(sql`analyze reports.daily, reports.monthly, reports.dossier_contributions`);
}

function rebuildInTransaction(db: Executor, provinceCode: string | undefined): Promise<Rebuilt> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select ${CONSUMER_LOCK}`);
    const horizon = await currentHorizon(tx);
    if (provinceCode) {
      for (const table of ['daily', 'monthly', 'dossier_contributions'])
        await tx.execute(
          sql`delete from ${sql.raw(`reports.${table}`)} where province_code = ${provinceCode}`,
        );
    } else {
      await tx.execute(sql`truncate reports.daily, reports.monthly, reports.dossier_contributions`);
    }
    const cols = CONTRIBUTION_COLUMNS.join(', ');
    const where = provinceCode ? sql`d.province_code = ${provinceCode}` : sql`true`;
    const inserted = await tx.execute(
      sql`insert into reports.dossier_contributions (${sql.raw(cols)}) ${contributionSelect(where)}`,
    );
    const own = provinceCode
      ? `(select * from reports.dossier_contributions where province_code = '${provinceCode}') own`
      : 'reports.dossier_contributions';
    const deltas = explode(own, 1);
    // The planner expects millions of groups from the exploded contributions and sorts them all (12 GB of
    // temporary files at 10 M dossiers); the buckets are units × agencies × channels × days, about 10^5, so
    // hashing them in memory is exact and far cheaper.
    await tx.execute(sql`set local enable_sort = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    const daily = await tx.execute(sql.raw(groupedInsert('daily', deltas, false)));
    const monthly = await tx.execute(sql.raw(groupedInsert('monthly', deltas, false)));
    if (!provinceCode) await storeHorizon(tx, horizon, 0, new Date());
    return {
      provinceCode: provinceCode ?? null,
      dossiers: inserted.rowCount ?? 0,
      dailyRows: daily.rowCount ?? 0,
      monthlyRows: monthly.rowCount ?? 0,
    };
  });
}
