import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import type { TinhsoModule } from '../../platform/module.js';
import { loadReferenceRules } from './deadline-rule-admin.js';
import { markOverdue } from './mark-overdue.js';
import { open311Routes } from './open311-routes.js';
import { feedbackRoutes } from './routes.js';
import { feedbackAdminRoutes } from './routes-admin.js';
import { feedbackPublicRoutes } from './routes-public.js';
import { seedDemoFeedback } from './seed-demo.js';

export const feedbackModule: TinhsoModule = {
  name: 'feedback',
  routes: async (app) => {
    await feedbackRoutes(app);
    await feedbackPublicRoutes(app);
    await feedbackAdminRoutes(app);
  },
  rootRoutes: (app) => open311Routes(app),
  loadReferenceData: async (ctx) => {
    const loaded = await loadReferenceRules(ctx);
    return loaded ? `loaded ${loaded} legal time limits` : undefined;
  },
  seedDemo: async (ctx, _env, demo) => {
    const s = await seedDemoFeedback(ctx, demo.provinceCode);
    return `${s.cases} PAKN, complaints and denunciations (${s.steps} handling steps)`;
  },
  jobs: (env) => [
    {
      name: 'feedback-mark-overdue',
      cron: '*/15 * * * *',
      run: async () => {
        await markOverdue(systemCtx(env.database.db, 'feedback-mark-overdue', quietLogger()));
      },
    },
  ],
};
