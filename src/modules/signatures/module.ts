import type { TinhsoModule } from '../../platform/module.js';
import { signaturesRoutes } from './routes.js';

export const signaturesModule: TinhsoModule = {
  name: 'signatures',
  routes: (app, env) => signaturesRoutes(app, env),
};
