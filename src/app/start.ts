import type { Config } from '../platform/config.js';
import type { App } from '../platform/http/server.js';
import { type Jobs, startJobs } from '../platform/jobs.js';
import { createLogger } from '../platform/logging.js';
import type { ModuleEnv } from '../platform/module.js';
import { buildApp } from './build-app.js';
import { modules } from './modules.js';
import { openDatabase } from './open-database.js';
import { referenceDir } from './paths.js';
import { prepareDatabase, type StoredDemo } from './prepare.js';
import { ensureSessionSecret } from './session-secret.js';

export interface Running {
  app: App;
  url: string;
  demo: StoredDemo | undefined;
  /** Embedded PostgreSQL under the data folder, or a server's (DATABASE_URL). */
  mode: 'embedded' | 'server';
  stop(): Promise<void>;
}

/** Start tinhso: database (embedded or server), migrations, reference and demo data, jobs, HTTP. */
export async function startTinhso(
  config: Config,
  options: { demo: 'auto' | 'force' | 'never'; progress: (line: string) => void; jobs?: boolean },
): Promise<Running> {
  const logger = createLogger(config.logLevel);
  const opened = await openDatabase(config, {
    progress: options.progress,
    poolSize: config.databasePoolSize,
    supervise: (message) => logger.warn(message),
  });
  let jobs: Jobs | undefined;
  let app: App | undefined;
  try {
    const sessionSecret = await ensureSessionSecret(config, opened.mode);
    const env: ModuleEnv = { config, database: opened.database, sessionSecret, referenceDir };
    const demo = await prepareDatabase(env, { ...options, mode: opened.mode, log: logger });
    if (opened.mode === 'server' && !config.keyEncryptionKey)
      // Issue 6 §4: no result is issued unsigned; the rest of tinhso works (README, Configuration).
      options.progress(
        'Signing is off: TINHSO_KEY_ENCRYPTION_KEY is not set, so approving dossier results is refused (503) until it is set and tinhso restarted.',
      );
    app = await buildApp(env, logger);
    if (options.jobs !== false) {
      jobs = await startJobs(
        opened.url,
        modules.flatMap((m) => m.jobs?.(env) ?? []),
        logger,
      );
    }
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const running: Running = {
      app,
      url: `http://${shownHost}:${port}`,
      demo,
      mode: opened.mode,
      stop: async () => {
        // Finish in-flight requests first, then jobs, then the database (issue 2 §8).
        await app?.close();
        await jobs?.stop();
        await opened.close();
      },
    };
    return running;
  } catch (error) {
    await app?.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    await opened.close().catch(() => {});
    throw error;
  }
}
