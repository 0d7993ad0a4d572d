import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { repoRoot, webDist } from '../app/paths.js';
import { prepareDatabase } from '../app/prepare.js';
import { startTinhso } from '../app/start.js';
import { seedDemoDossiers } from '../modules/dossiers/index.js';
import { loadConfig } from '../platform/config.js';
import { readSetting } from '../platform/database/settings.js';
import { quietLogger } from '../platform/logging.js';
import { dossierCount } from './dossiers-commands.js';
import { withDatabase } from './with-database.js';

function progress(line: string): void {
  process.stdout.write(`[tinhso] ${line}\n`);
}

/** A fresh clone has no built web app (web/dist is not committed): build it once, on the first start. */
function ensureWebBuilt(): void {
  if (existsSync(path.join(webDist, 'index.html'))) return;
  progress('Building the web app (first start only) …');
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0)
    progress('The web app did not build; the API still runs. Run `npm run build` to see why.');
}

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description(
      'Start tinhso: database, migrations, reference data, demo data on a new installation, web and API',
    )
    .option('--demo', 'create the demo province even in server mode (DATABASE_URL)')
    .option('--no-jobs', 'do not run scheduled jobs in this instance')
    .action(async (options: { demo?: boolean; jobs: boolean }) => {
      const t0 = Date.now();
      const config = loadConfig();
      ensureWebBuilt();
      progress(
        config.databaseUrl ? 'Server mode: using DATABASE_URL.' : `Embedded mode: data in ${config.dataDir}`,
      );
      const running = await startTinhso(config, {
        demo: options.demo ? 'force' : 'auto',
        progress,
        jobs: options.jobs,
      });
      progress(`Ready in ${((Date.now() - t0) / 1000).toFixed(1)} s — open ${running.url}`);
      progress(`API documentation: ${running.url}/api/docs`);
      if (running.demo) {
        progress(
          `Demo province ${running.demo.provinceCode}. Demo logins (password "${running.demo.password}"):`,
        );
        for (const login of running.demo.logins) {
          // The demo leaders' second factor is as public as the demo password: shown in embedded demo mode only.
          const totp =
            login.totpSecret && running.mode === 'embedded' ? `  TOTP secret ${login.totpSecret}` : '';
          progress(`  ${login.username.padEnd(18)} ${login.role.padEnd(18)} ${login.unitName}${totp}`);
        }
      }
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        progress(`${signal}: finishing in-flight requests and stopping …`);
        await running.stop();
        progress('Stopped.');
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });

  program
    .command('migrate')
    .description('Apply database migrations and load reference data (never demo data)')
    .action(async () => {
      await withDatabase('migrate', async (env) => {
        await prepareDatabase(env, { demo: 'never', mode: 'server', progress, log: quietLogger() });
      });
    });

  program
    .command('demo')
    .description(
      'Create the demo province and demo accounts if this database has none yet; with --dossiers, that many dossiers (or that many more when the demo exists)',
    )
    .option('--dossiers <n>', 'demo dossiers to generate (1 to 1,000,000)', dossierCount)
    .action(async (o: { dossiers?: number }) => {
      // Read by the dossiers module when it seeds a new demo province.
      if (o.dossiers) process.env.TINHSO_DEMO_DOSSIERS = String(o.dossiers);
      await withDatabase('demo', async (env, ctx) => {
        const prepare = (demo: 'never' | 'force') =>
          prepareDatabase(env, { demo, mode: 'server', progress, log: quietLogger() });
        await prepare('never');
        const existing = await readSetting<{ provinceCode: string }>(env.database.db, 'demo');
        if (!existing) {
          const demo = await prepare('force');
          if (demo)
            progress(`Demo province ${demo.provinceCode}: ${demo.logins.map((l) => l.username).join(', ')}`);
          return;
        }
        if (!o.dossiers) {
          progress(`The demo province ${existing.provinceCode} exists already.`);
          return;
        }
        const count = o.dossiers;
        const line = await env.database.db.transaction((tx) =>
          seedDemoDossiers({ ...ctx, db: tx }, existing.provinceCode, { count }),
        );
        progress(`Demo province ${existing.provinceCode}: ${line}`);
      });
    });
}
