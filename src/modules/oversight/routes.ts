/** HTTP of the oversight module: handlers only parse (zod), call a use case and map its result. */
import type { App } from '../../platform/http/server.js';
import type { ModuleEnv } from '../../platform/module.js';
import { conclusionRoutes } from './routes-conclusions.js';
import { taskFileRoutes } from './routes-files.js';
import { meetingRoutes } from './routes-meetings.js';
import { taskRoutes } from './routes-tasks.js';

export async function oversightRoutes(app: App, env: ModuleEnv): Promise<void> {
  await meetingRoutes(app);
  await conclusionRoutes(app);
  await taskRoutes(app);
  await taskFileRoutes(app, env);
}
