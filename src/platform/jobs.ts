import PgBoss from 'pg-boss';
import { isDatabaseUnavailable } from './database/connection.js';
import { poolTarget } from './database/hosts.js';
import type { Logger } from './logging.js';

/** A recurring job: pg-boss runs each schedule once per tick across all app instances. */
export interface ScheduledJob {
  name: string;
  /** Cron expression (minute precision), in the Asia/Ho_Chi_Minh time zone. */
  cron: string;
  run: () => Promise<void>;
}

export interface Jobs {
  stop(): Promise<void>;
}

/**
 * Start the job system (pg-boss on the same PostgreSQL). Schedules and queues live in the database,
 * so a job runs once, not once per app instance (issue 11 §5), and survives restarts.
 */
export async function startJobs(url: string, jobs: ScheduledJob[], log: Logger): Promise<Jobs> {
  const boss = new PgBoss({ ...poolTarget(url), max: 3, application_name: 'tinhso-jobs' });
  boss.on('error', (error) => log.error({ err: error }, 'job system error'));
  survivePgBossOutages(log);
  await boss.start();
  for (const job of jobs) {
    await retryDeadlock(() => boss.createQueue(job.name));
    await retryDeadlock(() => boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Ho_Chi_Minh' }));
    await boss.work(job.name, async () => {
      log.info({ job: job.name }, 'job started');
      await job.run();
    });
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

/**
 * Two instances starting at once create the same queues concurrently, and PostgreSQL may pick one of them as a
 * deadlock victim (40P01, seen in src/app/two-instances.test.ts): the other has created it, so try again.
 */
async function retryDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

let guarded = false;

/**
 * pg-boss 10 marks a job completed or failed without awaiting it (manager.js, onFetch: `this.complete(…)`,
 * `this.fail(…)`): when the database is unreachable at that moment — a failover (issue 22 §2) — the rejection is
 * unhandled and Node ends the process. A rejection that is the database being unavailable is logged instead (the
 * job stays active, expires and runs again: pg-boss is at-least-once, tinhso's jobs are idempotent); any other
 * unhandled rejection still ends the process, as Node's default does (docs/adr/0017: connection errors never
 * end the process).
 */
function survivePgBossOutages(log: Logger): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      log.warn(
        { err: reason },
        'database unavailable while the job system recorded a job; it will run again',
      );
      return;
    }
    process.nextTick(() => {
      throw reason;
    });
  });
}
