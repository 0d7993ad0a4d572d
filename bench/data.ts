/**
 * `npm run bench:data -- --dossiers 1000000`: fill a bench database with realistic dossiers of one province
 * (issue 11 §1) by bulk SQL (bench/data/generate-dossiers.ts) and print the load rate and the size on disk.
 *
 * Where: by default the database `tinhso_bench` on the embedded cluster of TINHSO_DATA_DIR (./data), created
 * with migrations, reference data and the demo province (officials, publications, workflows) and no demo
 * dossiers; `--fresh` recreates it. `--database-url URL` writes into that database instead, and only with
 * `--append` when it already holds dossiers: bench data never goes into live data by accident.
 *
 * Options: --dossiers N (1,000,000) --province 04 --from 2025 --to 2026 --seed 2025 --prototypes 20000
 *          --chunk 50000 --fresh --database-url URL --append
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { referenceDir } from '../src/app/paths.js';
import { prepareDatabase } from '../src/app/prepare.js';
import { TEST_SESSION_SECRET } from '../src/app/testing.js';
import { loadConfig } from '../src/platform/config.js';
import { connectDatabase } from '../src/platform/database/connection.js';
import { ensureEmbeddedCluster } from '../src/platform/database/embedded.js';
import { quietLogger } from '../src/platform/logging.js';
import { generateDossiers } from './data/generate-dossiers.js';

const { values: args } = parseArgs({
  options: {
    dossiers: { type: 'string', default: '1000000' },
    province: { type: 'string', default: '04' },
    from: { type: 'string', default: '2025' },
    to: { type: 'string', default: '2026' },
    seed: { type: 'string', default: '2025' },
    prototypes: { type: 'string' },
    chunk: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    append: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});

const count = Number(args.dossiers);
const config = loadConfig();
let url = args['database-url'];
let stopCluster: (() => Promise<void>) | undefined;

if (!url) {
  const cluster = await ensureEmbeddedCluster({ dataDir: config.dataDir, progress: (l) => console.log(l) });
  if (cluster.owned) stopCluster = () => cluster.stop();
  const admin = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await admin.connect();
  if (args.fresh) await admin.query('drop database if exists tinhso_bench with (force)');
  const exists = await admin.query(`select 1 from pg_database where datname = 'tinhso_bench'`);
  if (exists.rowCount === 0)
    await admin.query(`create database tinhso_bench template template0 encoding 'UTF8'`);
  await admin.end();
  url = cluster.urlFor('tinhso_bench');
  console.log(`bench database: tinhso_bench on the embedded cluster in ${config.dataDir}`);
} else {
  console.log(`bench database: ${new URL(url).pathname.slice(1)} on ${new URL(url).host}`);
}

try {
  // Migrations, reference data and the demo province without demo dossiers (idempotent on a prepared one).
  process.env.TINHSO_DEMO_DOSSIERS = '0';
  const database = connectDatabase(url, { max: 4 });
  const t0 = performance.now();
  await prepareDatabase(
    { config: { ...config, databaseUrl: url }, database, sessionSecret: TEST_SESSION_SECRET, referenceDir },
    {
      demo: args['database-url'] ? 'never' : 'force',
      mode: 'server',
      progress: () => {},
      log: quietLogger(),
    },
  );
  const held = await database.pool.query<{ n: string }>('select count(*) as n from dossiers.dossiers');
  await database.close();
  if (Number(held.rows[0]?.n) > 0 && args['database-url'] && !args.append) {
    console.error(`That database already holds ${held.rows[0]?.n} dossiers: add --append to write into it.`);
    process.exit(2);
  }
  console.log(
    `prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s; generating ${count.toLocaleString('en')} dossiers …`,
  );

  const summary = await generateDossiers({
    databaseUrl: url,
    provinceCode: args.province,
    count,
    fromYear: Number(args.from),
    toYear: Number(args.to),
    seed: Number(args.seed),
    ...(args.prototypes ? { prototypes: Number(args.prototypes) } : {}),
    ...(args.chunk ? { chunk: Number(args.chunk) } : {}),
    onProgress: (p) => {
      if (p.phase === 'prototypes')
        console.log(`  prototypes: ${p.total} histories through the dossiers module …`);
      else
        console.log(
          `  ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} dossiers, ${p.rows.toLocaleString('en')} rows, ${(p.rows / p.seconds).toFixed(0)} rows/s`,
        );
    },
  });

  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('analyze dossiers.dossiers, dossiers.visits, dossiers.events');
  const sizes = await admin.query<{ name: string; bytes: string }>(`
    select c.relname as name, pg_total_relation_size(c.oid)::text as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'dossiers' and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc limit 6`);
  const total = await admin.query<{ bytes: string }>(
    'select pg_database_size(current_database())::text as bytes',
  );
  await admin.end();
  const gb = (b: string | number) => `${(Number(b) / 1024 ** 3).toFixed(2)} GB`;
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB memory`,
  );
  console.log(
    `prototypes: ${summary.prototypes} histories through the module in ${summary.prototypeSeconds.toFixed(1)} s`,
  );
  console.log(
    `loaded ${summary.dossiers.toLocaleString('en')} dossiers, ${summary.totalRows.toLocaleString('en')} rows in ${summary.loadSeconds.toFixed(1)} s: ${Math.round(summary.rowsPerSecond).toLocaleString('en')} rows/s, ${Math.round(summary.dossiers / summary.loadSeconds).toLocaleString('en')} dossiers/s`,
  );
  console.log(
    `rows: ${Object.entries(summary.rows)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
  );
  console.log(
    `size on disk: database ${gb(total.rows[0]!.bytes)}; ${sizes.rows.map((s) => `${s.name} ${gb(s.bytes)}`).join(', ')}`,
  );
} finally {
  await stopCluster?.();
}
