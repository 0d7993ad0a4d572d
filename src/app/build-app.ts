import { createAuthenticate } from '../modules/identity/index.js';
import { cacheHubOf, listenForChanges, untilLive } from '../platform/cache.js';
import { type App, buildServer } from '../platform/http/server.js';
import type { Logger } from '../platform/logging.js';
import type { ModuleEnv } from '../platform/module.js';
import { modules } from './modules.js';
import { webDist } from './paths.js';
import { rejectNulBytes } from './reject-nul-bytes.js';
import { systemRoutes } from './system-routes.js';
import { version } from './version.js';

export { version };

/** The HTTP application: platform server + every module's routes. Used by `start` and by the tests. */
export async function buildApp(env: ModuleEnv, logger: Logger): Promise<App> {
  const app = await buildServer({
    database: env.database,
    logger,
    version,
    trustProxy: env.config.trustProxy,
    publicUrl: env.config.publicUrl,
    webDist,
    authenticate: createAuthenticate(env.database, env.sessionSecret),
    registerRoutes: async (api) => {
      api.addHook('preValidation', rejectNulBytes);
      await systemRoutes(api, version);
      for (const module of modules) if (module.routes) await module.routes(api, env);
    },
  });
  for (const module of modules) {
    const rootRoutes = module.rootRoutes;
    if (rootRoutes) await app.register(async (scope) => rootRoutes(scope as unknown as App, env));
  }
  // Sessions, procedure rules, calendars and signer keys are cached while this listens (docs/adr/0024).
  const hub = cacheHubOf(env.database.db);
  const listener = listenForChanges(env.database.url, hub, logger);
  app.addHook('onClose', () => listener.stop());
  await untilLive(hub, 2000);
  return app;
}
