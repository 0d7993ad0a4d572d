import { systemCtx } from '../../platform/context.js';
import { createLogger } from '../../platform/logging.js';
import type { TinhsoModule } from '../../platform/module.js';
import { runEscalation } from './escalate.js';
import { oversightRoutes } from './routes.js';
import { seedDemoOversight } from './seed-demo.js';

export const oversightModule: TinhsoModule = {
  name: 'oversight',
  routes: (app, env) => oversightRoutes(app, env),
  seedDemo: async (ctx, _env, demo) => {
    const s = await seedDemoOversight(ctx, demo.provinceCode);
    return `${s.meetings} meetings, ${s.conclusions} conclusions, ${s.tasks} tasks, ${s.escalations} escalation steps`;
  },
  jobs: (env) => [
    {
      // Hourly: a step becomes due at the start of a Vietnamese day; the hour keeps a missed run short.
      name: 'oversight-escalate',
      cron: '5 * * * *',
      run: async () => {
        const ctx = systemCtx(
          env.database.db,
          'oversight-escalate',
          createLogger(env.config.logLevel, 'oversight'),
        );
        const result = await runEscalation(ctx);
        if (result.fired.length > 0)
          ctx.log.info(
            { fired: result.fired.length, today: result.today },
            'oversight escalation steps recorded',
          );
      },
    },
  ],
};
