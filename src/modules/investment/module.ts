import type { TinhsoModule } from '../../platform/module.js';
import { investmentRoutes } from './routes.js';
import { seedInvestmentDemo } from './seed-demo.js';

export const investmentModule: TinhsoModule = {
  name: 'investment',
  routes: (app) => investmentRoutes(app),
  seedDemo: (ctx, _env, demo) => seedInvestmentDemo(ctx, demo.provinceCode),
};
