import { openDatabase } from '../app/open-database.js';
import { referenceDir } from '../app/paths.js';
import { ensureSessionSecret } from '../app/session-secret.js';
import { loadConfig } from '../platform/config.js';
import { type Ctx, systemCtx } from '../platform/context.js';
import { migrateDatabase } from '../platform/database/migrate.js';
import { quietLogger } from '../platform/logging.js';
import type { ModuleEnv } from '../platform/module.js';

/**
 * Run a CLI command against tinhso's database: DATABASE_URL, or the embedded cluster in
 * TINHSO_DATA_DIR (joined when the server runs it, started and stopped around the command otherwise).
 */
export async function withDatabase<T>(
  name: string,
  run: (env: ModuleEnv, ctx: Ctx) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const opened = await openDatabase(config, {
    progress: (line) => process.stderr.write(`${line}\n`),
    poolSize: 4,
    applicationName: `tinhso-cli-${name}`,
  });
  try {
    if (options.migrate !== false) await migrateDatabase(opened.url);
    const sessionSecret = await ensureSessionSecret(config, opened.mode).catch(
      () => 'cli-has-no-sessions-0000000000000000',
    );
    const env: ModuleEnv = { config, database: opened.database, sessionSecret, referenceDir };
    return await run(env, systemCtx(opened.database.db, `cli:${name}`, quietLogger()));
  } finally {
    await opened.close();
  }
}

/** Print a result as JSON (`--json`) or as lines for a person. */
export function output(json: boolean, value: unknown, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human()}\n`);
}

/** A command failed for a reason the user can fix: say it and exit non-zero, without a stack trace. */
export class CliError extends Error {}
