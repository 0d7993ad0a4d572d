import type { TinhsoModule } from '../../platform/module.js';
import { staffingRoutes } from './routes.js';
import { seedStaffingDemo } from './seed-demo.js';

export const staffingModule: TinhsoModule = {
  name: 'staffing',
  routes: (app) => staffingRoutes(app),
  seedDemo: (ctx, _env, demo) => seedStaffingDemo(ctx, demo.provinceCode),
};
