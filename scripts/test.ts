/**
 * `npm test`: the whole suite against real PostgreSQL, with nothing else installed.
 * - DATABASE_URL set → tests use that server (≥ 15); otherwise an embedded cluster in a temp folder.
 * - A template database is prepared once (migrations, reference data, demo province); each test
 *   file copies it into a database of its own (src/platform/testing/database.ts).
 * - `--only-unit` (npm run test:unit): only the files of src/modules and src/platform that need no database —
 *   none of the database fixtures (app/testing, platform/testing/database, an embedded cluster of their own) —
 *   and no database is started.
 * - Browser tests (e2e/) need Debian's chromium at /usr/bin/chromium and a built web app; without
 *   chromium they are reported as skipped, never silently passed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { referenceDir, repoRoot, webDist } from '../src/app/paths.js';
import { prepareDatabase } from '../src/app/prepare.js';
import { TEST_KEY_ENCRYPTION_KEY, TEST_SESSION_SECRET } from '../src/app/testing.js';
import { loadConfig } from '../src/platform/config.js';
import { connectDatabase } from '../src/platform/database/connection.js';
import { ensureEmbeddedCluster } from '../src/platform/database/embedded.js';
import { quietLogger } from '../src/platform/logging.js';
import { databaseUrl, dropDatabase } from '../src/platform/testing/database.js';

const args = process.argv.slice(2);
const onlyUnit = args.includes('--only-unit');
const filters = args.filter((a) => !a.startsWith('--'));

function findTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : findTests(full);
    return entry.endsWith('.test.ts') ? [full] : [];
  });
}

const started = Date.now();
let files = [...findTests(path.join(repoRoot, 'src')), ...findTests(path.join(repoRoot, 'e2e'))].sort();
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (onlyUnit) files = files.filter(needsNoDatabase);
if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(1);
}
if (onlyUnit) process.exit(await runTests(files, {}));

const cleanups: Array<() => Promise<void>> = [];
let adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-test-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const cluster = await ensureEmbeddedCluster({ dataDir: dir, ephemeral: true });
  cleanups.unshift(() => cluster.stop());
  adminUrl = cluster.urlFor('postgres');
  console.log(`test database: embedded PostgreSQL in ${dir}`);
} else {
  console.log(`test database: server ${new URL(adminUrl).host}`);
}

const template = `tinhso_tpl_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]
  ?.server_version;
console.log(`PostgreSQL ${version}`);
// Leftovers of an interrupted earlier run on a shared server.
const stale = await admin.query<{ datname: string }>(
  "select datname from pg_database where datname like 'tinhso\\_t\\_%' or datname like 'tinhso\\_tpl\\_%'",
);
await admin.end();
for (const row of stale.rows) await dropDatabase(adminUrl, row.datname);

const bootstrap = new pg.Client({ connectionString: adminUrl });
await bootstrap.connect();
await bootstrap.query(`create database "${template}" template template0 encoding 'UTF8'`);
await bootstrap.end();
cleanups.unshift(() => dropDatabase(adminUrl!, template));

const t0 = Date.now();
// The template's demo history: a few thousand dossiers are plenty for tests (npm start makes 20,000).
process.env.TINHSO_DEMO_DOSSIERS ??= '3000';
const database = connectDatabase(databaseUrl(adminUrl, template), { max: 4, guard: 'throw' });
await prepareDatabase(
  {
    config: { ...loadConfig({}), keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY },
    database,
    sessionSecret: TEST_SESSION_SECRET,
    referenceDir,
  },
  { demo: 'force', mode: 'server', progress: () => {}, log: quietLogger() },
);
await database.close();
console.log(`template database prepared in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const needsWeb = files.some((f) => f.includes(`${path.sep}e2e${path.sep}`));
if (needsWeb && !existsSync(path.join(webDist, 'index.html'))) {
  console.log('building the web app for the browser tests …');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const code = await runTests(files, { TINHSO_TEST_ADMIN_URL: adminUrl, TINHSO_TEST_TEMPLATE: template });

for (const cleanup of cleanups) await cleanup().catch((e) => console.error('cleanup:', e));
console.log(`test run finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(code);

/** A test file that uses none of the database fixtures, and so runs in the unit tier (issue 23 §5). */
function needsNoDatabase(file: string): boolean {
  // The HTTP, CLI and browser tiers (src/app, src/cli, e2e) start the whole application.
  const tier = path.relative(repoRoot, file).split(path.sep).slice(0, 2).join('/');
  if (tier !== 'src/modules' && tier !== 'src/platform') return false;
  const text = readFileSync(file, 'utf8');
  return !/app\/testing\.js|testing\/database\.js|TINHSO_TEST_ADMIN_URL|ensureEmbeddedCluster|connectDatabase/.test(
    text,
  );
}

/** Per-file durations into the file `TINHSO_TEST_TIMINGS` names (scripts/test-timings.mjs), slowest first. */
function timingReporter(): string[] {
  const destination = process.env.TINHSO_TEST_TIMINGS;
  if (!destination) return [];
  return [
    `--test-reporter=${path.join(repoRoot, 'scripts', 'test-timings.mjs')}`,
    `--test-reporter-destination=${path.resolve(destination)}`,
  ];
}

function runTests(files: string[], env: Record<string, string>): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        ...timingReporter(),
        `--test-concurrency=${Math.max(2, os.availableParallelism())}`,
        ...files,
      ],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...env,
          LOG_LEVEL: 'warn',
          // Servers the tests start as children enforce it too (issue 17 §1).
          TINHSO_POOL_GUARD: 'throw',
        },
      },
    );
    child.on('exit', (status) => resolve(status ?? 1));
  });
}
