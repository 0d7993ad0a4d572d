import type { TinhsoModule } from '../../platform/module.js';
import { proceduresAdminRoutes } from './admin-routes.js';
import { proceduresRoutes } from './routes.js';
import { seedDemoProcedures } from './seed-demo.js';

/**
 * The procedures module as the composition root sees it. The shipped sample catalogue is demo and test input
 * (reference/procedures/README.md), not reference data: it is imported with the demo province only; a real
 * installation imports its own export with `tinhso procedures import`.
 */
export const proceduresModule: TinhsoModule = {
  name: 'procedures',
  routes: async (app) => {
    await proceduresRoutes(app);
    await proceduresAdminRoutes(app);
  },
  seedDemo: (ctx, env, demo) => seedDemoProcedures(ctx, env.referenceDir, demo.provinceCode),
};
