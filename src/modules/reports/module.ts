import { setTimeout as sleep } from 'node:timers/promises';
import type { TinhsoModule } from '../../platform/module.js';
import { catchUpServiceAggregates } from './catch-up.js';
import { reportsRoutes } from './routes.js';

/** Seconds between catch-ups within the minute the job runs (pg-boss schedules have minute precision). */
export const CATCH_UP_EVERY_SECONDS = 5;

export const reportsModule: TinhsoModule = {
  name: 'reports',
  routes: (app) => reportsRoutes(app),
  jobs: (env) => [
    {
      // ADR 0012: apply the dossiers outbox every few seconds; reports also catch up before they read.
      name: 'reports-catch-up',
      cron: '* * * * *',
      run: async () => {
        const until = Date.now() + 55_000;
        while (Date.now() < until) {
          await catchUpServiceAggregates(env.database.db);
          await sleep(CATCH_UP_EVERY_SECONDS * 1000);
        }
      },
    },
  ],
};
