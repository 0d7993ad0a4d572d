import type { TinhsoModule } from '../../platform/module.js';
import { receptionRoutes } from './routes.js';
import { seedDemoReception } from './seed-demo.js';

export const receptionModule: TinhsoModule = {
  name: 'reception',
  routes: (app) => receptionRoutes(app),
  seedDemo: async (ctx, _env, demo) => {
    const s = await seedDemoReception(ctx, demo.provinceCode);
    return `${s.slots} published reception slots, ${s.entries} register rows`;
  },
};
