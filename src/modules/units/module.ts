import path from 'node:path';
import type { TinhsoModule } from '../../platform/module.js';
import { importReferenceUnits } from './import-reference-units.js';
import { unitsRoutes } from './routes.js';
import { seedDemoAgencies } from './seed-demo-agencies.js';

export const unitsModule: TinhsoModule = {
  name: 'units',
  routes: (app) => unitsRoutes(app),
  loadReferenceData: async (ctx, env) => {
    const summary = await importReferenceUnits(ctx, path.join(env.referenceDir, 'admin-units'));
    return summary.skipped
      ? undefined
      : `loaded ${summary.provinces} provinces, ${summary.communes} communes, ${summary.legacy} pre-2025 units, ${summary.lineage} lineage rows`;
  },
  seedDemo: async (ctx, _env, demo) => `${await seedDemoAgencies(ctx, demo.provinceCode)} agencies`,
};
