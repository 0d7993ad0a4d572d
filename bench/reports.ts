/**
 * `npm run bench:reports -- --dossiers 1000000`: p50 / p99 of the service report and the Decision 766 scorecard
 * for a province and a year (issue 7 §5), read from the incrementally kept aggregates (ADR 0012), with the
 * catch-up each request does included. The dossiers come from the bulk generator of issue 11
 * (bench/data/generate-dossiers.ts) into the database `tinhso_bench_reports` of the embedded cluster (or
 * `--database-url`); the aggregates are then rebuilt once (`rebuildServiceAggregates`, timed).
 *
 * Options: --dossiers N (1,000,000; several: 1000000,10000000 — each size tops the same database up)
 *          --province 04 --year 2025 --from 2025 --to 2026 --prototypes 20000 --runs 30 --fresh --database-url URL
 *          (10 M must be spread over more years: an agency's code allows 9,999 dossiers a day, RULES.md §1.4)
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { referenceDir } from '../src/app/paths.js';
import { prepareDatabase } from '../src/app/prepare.js';
import { TEST_SESSION_SECRET } from '../src/app/testing.js';
import { rebuildServiceAggregates, scorecard766, serviceReport } from '../src/modules/reports/index.js';
import { loadConfig } from '../src/platform/config.js';
import { systemCtx } from '../src/platform/context.js';
import { connectDatabase } from '../src/platform/database/connection.js';
import { ensureEmbeddedCluster } from '../src/platform/database/embedded.js';
import { quietLogger } from '../src/platform/logging.js';
import { generateDossiers } from './data/generate-dossiers.js';

const { values: args } = parseArgs({
  options: {
    dossiers: { type: 'string', default: '1000000' },
    province: { type: 'string', default: '04' },
    year: { type: 'string', default: '2025' },
    from: { type: 'string', default: '2025' },
    to: { type: 'string', default: '2026' },
    prototypes: { type: 'string' },
    runs: { type: 'string', default: '30' },
    fresh: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});

const sizes = args.dossiers.split(',').map(Number);
const runs = Number(args.runs);
const config = loadConfig();
let url = args['database-url'];
let stopCluster: (() => Promise<void>) | undefined;
if (!url) {
  const cluster = await ensureEmbeddedCluster({ dataDir: config.dataDir, progress: (l) => console.log(l) });
  if (cluster.owned) stopCluster = () => cluster.stop();
  const admin = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await admin.connect();
  if (args.fresh) await admin.query('drop database if exists tinhso_bench_reports with (force)');
  const exists = await admin.query(`select 1 from pg_database where datname = 'tinhso_bench_reports'`);
  if (exists.rowCount === 0)
    await admin.query(`create database tinhso_bench_reports template template0 encoding 'UTF8'`);
  await admin.end();
  url = cluster.urlFor('tinhso_bench_reports');
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function time(run: () => Promise<unknown>): Promise<{ p50: number; p99: number; max: number }> {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: pct(ms, 50), p99: pct(ms, 99), max: ms[ms.length - 1]! };
}

const database = connectDatabase(url, { max: 4 });
try {
  process.env.TINHSO_DEMO_DOSSIERS = '0';
  await prepareDatabase(
    { config: { ...config, databaseUrl: url }, database, sessionSecret: TEST_SESSION_SECRET, referenceDir },
    {
      demo: args['database-url'] ? 'never' : 'force',
      mode: 'server',
      progress: () => {},
      log: quietLogger(),
    },
  );
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`,
  );
  for (const size of sizes) {
    const held = Number(
      (
        await database.pool.query<{ n: string }>(
          'select count(*) as n from dossiers.dossiers where province_code = $1',
          [args.province],
        )
      ).rows[0]?.n,
    );
    if (held < size) {
      console.log(
        `generating ${(size - held).toLocaleString('en')} dossiers (holding ${held.toLocaleString('en')}) …`,
      );
      const g = await generateDossiers({
        databaseUrl: url,
        provinceCode: args.province,
        count: size - held,
        fromYear: Number(args.from),
        toYear: Number(args.to),
        seed: 2025 + held,
        ...(args.prototypes ? { prototypes: Number(args.prototypes) } : {}),
      });
      console.log(`  loaded in ${g.loadSeconds.toFixed(0)} s`);
      await database.pool.query('analyze dossiers.dossiers, dossiers.ratings, dossiers.events');
    }
    const t0 = performance.now();
    const rebuilt = await rebuildServiceAggregates(database.db);
    const rebuildSeconds = (performance.now() - t0) / 1000;
    const ctx = () => systemCtx(database.db, 'bench-reports', quietLogger());
    const query = { unit: args.province, period: args.year };
    const service = await time(async () => {
      const r = await serviceReport(ctx(), query);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    });
    const card = await time(async () => {
      const r = await scorecard766(ctx(), query);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
    });
    const commune = (
      await database.pool.query<{ unit_code: string }>(
        `select unit_code from reports.daily where province_code = $1 and unit_code <> $1 group by 1 order by sum(received) desc limit 1`,
        [args.province],
      )
    ).rows[0]?.unit_code;
    const communeTimes = commune
      ? await time(async () => {
          const r = await serviceReport(ctx(), { unit: commune, period: args.year });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
        })
      : null;
    const f = (t: { p50: number; p99: number }) => `p50 ${t.p50.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms`;
    console.log(
      `${rebuilt.dossiers.toLocaleString('en')} dossiers: rebuild ${rebuildSeconds.toFixed(1)} s → ${rebuilt.dailyRows.toLocaleString('en')} daily, ${rebuilt.monthlyRows.toLocaleString('en')} monthly rows`,
    );
    console.log(`  service report, province ${args.province}, ${args.year}: ${f(service)} (${runs} runs)`);
    console.log(`  766 scorecard, province ${args.province}, ${args.year}: ${f(card)}`);
    if (communeTimes) console.log(`  service report, commune ${commune}, ${args.year}: ${f(communeTimes)}`);
  }
} finally {
  await database.close();
  await stopCluster?.();
}
