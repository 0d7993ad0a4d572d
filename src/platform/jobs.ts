import PgBoss from 'pg-boss';
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
