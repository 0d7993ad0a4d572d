/**
 * `npm run bench:flow -- --items 2000 --concurrency 1,8,32,128` (issue 11 §2, issue 17 §1): dossiers through
 * their whole life over HTTP on loopback, against the real server started as a child (`tinhso start` in server
 * mode on a PostgreSQL cluster the bench runs, a fresh data folder): online submission with an Idempotency-Key →
 * received at the counter → supplement asked and provided → forwarded → approved (signed result issued) →
 * returned (src/app/dossier-flow.ts). For each concurrency of the list it prints items/s, p50/p99 per step, the
 * CPU milliseconds per item of the app and of PostgreSQL, SQL statements per item (pg_stat_statements), then the
 * raw ceiling — the same transactions with the same row shapes sent directly with `pg`
 * (bench/flow/raw-ceiling.ts) — and "tinhso reaches N% of raw PostgreSQL". A run that stops making progress
 * fails (each step gives up after --step-timeout seconds) instead of hanging.
 *
 * Every run ends by checking that nothing was lost or doubled (src/app/flow-checks.ts) and the audit chain.
 * `--instances 2`: two app instances on the one PostgreSQL, the clients split across both; with `--kill` one
 * instance is SIGKILLed half-way through the first run and its clients fail over to the other (issue 17 §6:
 * `--items 128 --concurrency 64 --instances 2 --kill`).
 * Options: --items 2000 --concurrency 8 (or a list: 1,8,32,128) --instances 1|2 --kill --warmup 16
 *          --step-timeout 120 --statements 40 (after each run: the 40 most frequent statements, calls per item)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  type ChildServer,
  childrenOf,
  cpuMillisOf,
  freePort,
  postmasterPid,
  startChildServer,
  stopChildServer,
} from '../src/app/child-server.js';
import {
  FLOW_STEPS,
  type FlowActors,
  type FlowStep,
  type ItemResult,
  prepareFlow,
  runItem,
} from '../src/app/dossier-flow.js';
import { checkFlowInvariants } from '../src/app/flow-checks.js';
import { TEST_KEY_ENCRYPTION_KEY, TEST_SESSION_SECRET } from '../src/app/testing.js';
import { runCli } from '../src/cli/run-cli.js';
import { ensureEmbeddedCluster } from '../src/platform/database/embedded.js';
import { rawCeiling } from './flow/raw-ceiling.js';

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    instances: { type: 'string', default: '1' },
    kill: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '16' },
    'step-timeout': { type: 'string', default: '120' },
    statements: { type: 'string', default: '0' },
  },
});
const items = Number(args.items);
const concurrencies = args.concurrency.split(',').map(Number);
if (concurrencies.some((c) => !Number.isInteger(c) || c < 1))
  throw new Error('--concurrency: e.g. 8 or 1,8,32');
const instances = Number(args.instances) === 2 ? 2 : 1;
const stepTimeoutMs = Number(args['step-timeout']) * 1000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-bench-flow-'));
const base = {
  ...process.env,
  TINHSO_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  TINHSO_DEMO_DOSSIERS: process.env.TINHSO_DEMO_DOSSIERS ?? '3000',
  TINHSO_SESSION_SECRET: TEST_SESSION_SECRET,
  TINHSO_KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
};
/** Sign-ins are deliberately slow (argon2id): workers share at most this many sets of sessions. */
const SESSION_SETS = 8;

/** CPU of PostgreSQL: the postmaster (with its exited children) and its live backends. */
function postgresCpu(pid: number | undefined): number {
  if (!pid) return 0;
  let total = cpuMillisOf(pid, true);
  for (const child of childrenOf(pid)) total += cpuMillisOf(child);
  return total;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Statements PostgreSQL executed in the tinhso database so far (pg_stat_statements, utility ones included). */
async function statementsSoFar(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query<{ n: string }>(
    `select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements
      where dbid = (select oid from pg_database where datname = 'tinhso')`,
  );
  return Number(rows[0]?.n ?? 0);
}

interface Run {
  concurrency: number;
  seconds: number;
  appCpu: number;
  pgCpu: number;
  statements: number;
  results: ItemResult[];
}

const servers: ChildServer[] = [];
const alive = new Set<ChildServer>();
let stopCluster: (() => Promise<void>) | undefined;
let admin: pg.Client | undefined;

try {
  const cluster = await ensureEmbeddedCluster({
    dataDir,
    settings: ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.max=10000'],
  });
  stopCluster = () => cluster.stop();
  const pgPid = postmasterPid(dataDir);
  const databaseUrl = cluster.urlFor('tinhso');
  admin = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await admin.connect();
  await admin.query('create extension if not exists pg_stat_statements');
  const env = { ...base, DATABASE_URL: databaseUrl };
  // A busy machine takes minutes to seed the demo province: wait up to 15.
  const start = { timeoutMs: 900_000 };
  servers.push(
    await startChildServer({ ...env, PORT: String(await freePort()) }, { ...start, args: ['--demo'] }),
  );
  if (instances === 2)
    servers.push(await startChildServer({ ...env, PORT: String(await freePort()) }, start));
  for (const s of servers) alive.add(s);
  const urlFor = (worker: number) => () => {
    const live = servers.filter((s) => alive.has(s));
    return (live[worker % live.length] ?? servers[0]!).url;
  };

  const sets: FlowActors[] = [];
  const actorsFor = async (concurrency: number) => {
    const wanted = Math.min(concurrency, SESSION_SETS);
    while (sets.length < wanted) sets.push(await prepareFlow(urlFor(sets.length)));
    return Array.from({ length: concurrency }, (_, w) => sets[w % wanted]!);
  };
  // A warm-up enrols the leader's signing key and warms the caches.
  const warm = await actorsFor(Math.min(8, Math.max(...concurrencies)));
  await Promise.all(
    Array.from({ length: Number(args.warmup) }, (_, i) =>
      runItem(warm[i % warm.length]!, `warm-${i}-${process.pid}`, { stepTimeoutMs }),
    ),
  );

  const runs: Run[] = [];
  for (const [round, concurrency] of concurrencies.entries()) {
    const actors = await actorsFor(concurrency);
    const cpu0 = servers.map((s) => cpuMillisOf(s.pid));
    const pg0 = postgresCpu(pgPid);
    if (Number(args.statements) > 0) await admin.query('select pg_stat_statements_reset()');
    const st0 = await statementsSoFar(admin);
    const results: ItemResult[] = [];
    let next = 0;
    let killed = round > 0; // the first run kills, when asked
    const t0 = performance.now();
    await Promise.all(
      actors.map(async (a) => {
        for (let i = next++; i < items; i = next++) {
          if (args.kill && instances === 2 && !killed && i >= items / 2) {
            killed = true;
            const victim = servers[1]!;
            cpu0[1] = cpu0[1]! - cpuMillisOf(victim.pid);
            alive.delete(victim);
            await stopChildServer(victim, 'SIGKILL');
            console.log(`killed instance 2 (pid ${victim.pid}) after ${i} items`);
          }
          results.push(await runItem(a, `flow-${concurrency}-${i}-${process.pid}`, { stepTimeoutMs }));
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const appCpu = servers.reduce((sum, s, k) => sum + (alive.has(s) ? cpuMillisOf(s.pid) : 0) - cpu0[k]!, 0);
    const statements = (await statementsSoFar(admin)) - st0;
    const run = { concurrency, seconds, appCpu, pgCpu: postgresCpu(pgPid) - pg0, statements, results };
    runs.push(run);
    report(run);
    if (Number(args.statements) > 0) await topStatements(admin, Number(args.statements));
    {
      // Every round: saturation (503s, retries, answers read back from the history) must lose and double nothing.
      const problems = await checkFlowInvariants(databaseUrl, results);
      const audit = await runCli(['audit', 'verify', '--json'], env);
      console.log(
        `guarantees: ${problems.length === 0 ? 'every submission once, every transition once, clocks consistent' : problems.slice(0, 10).join('\n')}; audit chain ${JSON.parse(audit.stdout || '{}').ok ? 'verified' : `FAILED ${audit.stderr}`}`,
      );
    }
  }

  for (const s of servers) if (alive.has(s)) await stopChildServer(s, 'SIGTERM');
  alive.clear();
  // The raw ceiling on the same cluster, the app stopped, at each concurrency.
  console.log(
    '\nsummary (concurrency · tinhso items/s · CPU ms per item app + PostgreSQL · statements per item · raw)',
  );
  for (const run of runs) {
    const st0 = await statementsSoFar(admin);
    const raw = await rawCeiling(databaseUrl, items, run.concurrency);
    const rawStatements = ((await statementsSoFar(admin)) - st0) / items;
    const rawRate = items / raw.seconds;
    const rate = items / run.seconds;
    console.log(
      `  ${String(run.concurrency).padStart(4)}  ${rate.toFixed(1).padStart(6)} items/s  app ${(run.appCpu / items).toFixed(1)} + pg ${(run.pgCpu / items).toFixed(1)} ms  ${(run.statements / items).toFixed(0)} statements  | raw ${rawRate.toFixed(1)} items/s, ${rawStatements.toFixed(0)} statements (${raw.transactions / items} transactions) per item → tinhso reaches ${((100 * rate) / rawRate).toFixed(0)}% of raw PostgreSQL`,
    );
  }
} finally {
  for (const s of servers) await stopChildServer(s, 'SIGTERM').catch(() => {});
  await admin?.end().catch(() => {});
  await stopCluster?.();
  const leftover = postmasterPid(dataDir);
  if (leftover) {
    try {
      process.kill(leftover, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/** The most frequent statements of the run just made, calls per item (the run started from a reset). */
async function topStatements(client: pg.Client, limit: number): Promise<void> {
  const { rows } = await client.query<{ calls: string; query: string }>(
    `select calls, query from pg_stat_statements
      where dbid = (select oid from pg_database where datname = 'tinhso')
      order by calls desc limit $1`,
    [limit],
  );
  console.log('  calls per item   statement');
  for (const r of rows)
    console.log(
      `  ${(Number(r.calls) / items).toFixed(2).padStart(14)}   ${r.query.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
}

function report(run: Run): void {
  const { concurrency, seconds, results } = run;
  console.log(
    `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB; load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    `tinhso: ${items} items × ${FLOW_STEPS.length} requests, concurrency ${concurrency}, ${instances} instance(s)`,
  );
  console.log(
    `  ${(items / seconds).toFixed(1)} items/s (${((items * FLOW_STEPS.length) / seconds).toFixed(0)} requests/s), ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  CPU per item: app ${(run.appCpu / items).toFixed(1)} ms, PostgreSQL ${(run.pgCpu / items).toFixed(1)} ms; ${(run.statements / items).toFixed(0)} SQL statements per item`,
  );
  console.log('  step                 p50 ms   p99 ms');
  for (const step of FLOW_STEPS) {
    const ms = results.map((r) => r.millis[step as FlowStep] ?? 0).sort((x, y) => x - y);
    console.log(
      `  ${step.padEnd(20)} ${pct(ms, 0.5).toFixed(1).padStart(6)}   ${pct(ms, 0.99).toFixed(1).padStart(6)}`,
    );
  }
  const retries = results.reduce((s, r) => s + r.retries, 0);
  const observed = results.reduce((s, r) => s + r.observed.length, 0);
  const statuses: Record<number, number> = {};
  for (const r of results)
    for (const [status, n] of Object.entries(r.statuses))
      statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
  if (Object.keys(statuses).length)
    console.log(`  answers other than success, by status: ${JSON.stringify(statuses)}`);
  if (retries || observed)
    console.log(
      `  retries (no answer or 5xx, e.g. 503 when saturated) ${retries}, steps acknowledged from the history ${observed}`,
    );
}
