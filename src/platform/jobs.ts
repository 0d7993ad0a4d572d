import PgBoss from 'pg-boss';
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
  const boss = new PgBoss({ connectionString: url, max: 3, application_name: 'tinhso-jobs' });
  boss.on('error', (error) => log.error({ err: error }, 'job system error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Ho_Chi_Minh' });
    await boss.work(job.name, async () => {
      log.info({ job: job.name }, 'job started');
      await job.run();
    });
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
