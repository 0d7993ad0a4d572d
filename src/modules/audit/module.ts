import type { TinhsoModule } from '../../platform/module.js';
import { auditRoutes } from './routes.js';

export const auditModule: TinhsoModule = { name: 'audit', routes: (app) => auditRoutes(app) };
