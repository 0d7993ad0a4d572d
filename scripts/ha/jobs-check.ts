/**
 * Jobs ran once (issue 22 §2): pg-boss turns each cron tick into one `__pgboss__send-it` job keyed by the
 * schedule's name and its minute (singleton_on), which enqueues the job itself. Through a failover no tick may
 * be enqueued twice, and no job may be left failed; jobs retried (started before the crash, run again after:
 * pg-boss is at-least-once, the jobs are idempotent) are counted and shown.
 */
import pg from 'pg';
import { resolveUrl } from '../../src/platform/database/hosts.js';

export async function jobsRanOnce(url: string): Promise<{ problems: string[]; summary: string[] }> {
  const client = new pg.Client({ connectionString: await resolveUrl(url) });
  await client.connect();
  try {
    const all = `(select name, data, singleton_on, state, retry_count from pgboss.job
                   union all select name, data, singleton_on, state, retry_count from pgboss.archive) j`;
    const ticks = await client.query<{ schedule: string; ticks: number; doubled: number }>(
      `select schedule, count(*)::int as ticks, count(*) filter (where n > 1)::int as doubled
         from (select data->>'name' as schedule, singleton_on, count(*) as n from ${all}
                where name = '__pgboss__send-it' group by 1, 2) t group by 1 order by 1`,
    );
    const runs = await client.query<{
      name: string;
      jobs: number;
      completed: number;
      failed: number;
      retried: number;
    }>(
      `select name, count(*)::int as jobs, count(*) filter (where state = 'completed')::int as completed,
              count(*) filter (where state = 'failed')::int as failed,
              count(*) filter (where retry_count > 0)::int as retried
         from ${all} where name not like '__pgboss__%' group by 1 order by 1`,
    );
    const problems: string[] = [];
    const summary: string[] = [];
    for (const t of ticks.rows) {
      const r = runs.rows.find((x) => x.name === t.schedule);
      summary.push(
        `job ${t.schedule}: ${t.ticks} ticks, ${r?.jobs ?? 0} jobs, ${r?.completed ?? 0} completed, ${r?.retried ?? 0} retried`,
      );
      if (t.doubled) problems.push(`job ${t.schedule}: ${t.doubled} ticks enqueued twice`);
    }
    for (const r of runs.rows) if (r.failed) problems.push(`job ${r.name}: ${r.failed} failed`);
    return { problems, summary };
  } finally {
    await client.end();
  }
}
