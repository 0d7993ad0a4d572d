import type { Config } from './config.js';
import type { Ctx } from './context.js';
import type { Database } from './database/connection.js';
import type { App } from './http/server.js';
import type { ScheduledJob } from './jobs.js';

/** What the composition root hands each module. */
export interface ModuleEnv {
  config: Config;
  database: Database;
  sessionSecret: string;
  /** Where shipped reference data lives (the repository's `reference/` folder). */
  referenceDir: string;
}

/**
 * A module as the composition root sees it: routes under /api/v1, idempotent reference-data
 * loading, demo data for a new installation, and scheduled jobs. All optional.
 */
export interface TinhsoModule {
  name: string;
  routes?: (app: App, env: ModuleEnv) => Promise<void>;
  /**
   * Routes outside /api/v1 that a standard fixes (e.g. Open311 at /open311/v2), each module in its own
   * encapsulated scope at the root: no session authentication and none of /api/v1's hooks, so the module
   * validates its input and answers its own errors in the standard's shape.
   */
  rootRoutes?: (app: App, env: ModuleEnv) => Promise<void>;
  /** Idempotent: loading twice changes nothing. Returns a line for the start-up progress. */
  loadReferenceData?: (ctx: Ctx, env: ModuleEnv) => Promise<string | undefined>;
  /** Runs once on a new installation (or with --demo). Returns a line for the progress. */
  seedDemo?: (ctx: Ctx, env: ModuleEnv, demo: DemoSettings) => Promise<string | undefined>;
  jobs?: (env: ModuleEnv) => ScheduledJob[];
}

export interface DemoSettings {
  provinceCode: string;
  password: string;
  /** Filled by the identity module's seeder; shown on the sign-in page and printed at start. */
  logins: Array<{
    username: string;
    role: string;
    unitName: string;
    /** The demo TOTP secret of an account whose role requires a second factor (printed at start, embedded only). */
    totpSecret?: string;
  }>;
}
