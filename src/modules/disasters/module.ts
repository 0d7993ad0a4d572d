import type { TinhsoModule } from '../../platform/module.js';
import { disastersRoutes } from './routes.js';
import { seedDisastersDemo } from './seed-demo.js';

export const disastersModule: TinhsoModule = {
  name: 'disasters',
  routes: (app) => disastersRoutes(app),
  seedDemo: (ctx, _env, demo) => seedDisastersDemo(ctx, demo.provinceCode),
};
