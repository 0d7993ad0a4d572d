import type { TinhsoModule } from '../../platform/module.js';
import { targetsRoutes } from './routes.js';
import { seedTargetsDemo } from './seed-demo.js';

export const targetsModule: TinhsoModule = {
  name: 'targets',
  routes: (app) => targetsRoutes(app),
  seedDemo: (ctx, _env, demo) => seedTargetsDemo(ctx, demo.provinceCode),
};
