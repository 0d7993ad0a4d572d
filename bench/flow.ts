/**
 * `npm run bench:flow -- --items 2000 --concurrency 8` (issue 11 §2): dossiers through their whole life over
 * HTTP on loopback, against the real server started as a child (`tinhso start`, embedded PostgreSQL, a fresh
 * data folder): online submission with an Idempotency-Key → received at the counter → supplement asked and
 * provided → forwarded → approved (signed result issued) → returned (src/app/dossier-flow.ts). Prints items/s,
 * p50/p99 per step, the CPU milliseconds per item of the app and of PostgreSQL, then the raw ceiling — the
 * same transactions with the same row shapes sent directly with `pg` (bench/flow/raw-ceiling.ts) — and
 * "tinhso reaches N% of raw PostgreSQL".
 *
 * `--instances 2`: server mode, two app instances on one PostgreSQL (the bench runs the cluster), the clients
 * split across both; with `--kill` one instance is SIGKILLed half-way, its clients fail over to the other, and
 * the run ends by checking that nothing was lost or doubled (src/app/flow-checks.ts) and the audit chain.
 * Options: --items 2000 --concurrency 8 --instances 1|2 --kill --warmup 16
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ChildServer,
  childrenOf,
  cpuMillisOf,
  freePort,
  postmasterPid,
  startChildServer,
  stopChildServer,
} from '../src/app/child-server.js';
import { FLOW_STEPS, type FlowStep, type ItemResult, prepareFlow, runItem } from '../src/app/dossier-flow.js';
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
  },
});
const items = Number(args.items);
const concurrency = Number(args.concurrency);
const instances = Number(args.instances) === 2 ? 2 : 1;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-bench-flow-'));
const base = {
  ...process.env,
  TINHSO_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  TINHSO_DEMO_DOSSIERS: '3000',
  TINHSO_SESSION_SECRET: TEST_SESSION_SECRET,
  TINHSO_KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
};

const servers: ChildServer[] = [];
let stopCluster: (() => Promise<void>) | undefined;
let databaseUrl = '';

/** CPU of PostgreSQL: the postmaster (with its exited children) and its live backends. */
function postgresCpu(pid: number | undefined): number {
  if (!pid) return 0;
  let total = cpuMillisOf(pid, true);
  for (const child of childrenOf(pid)) total += cpuMillisOf(child);
  return total;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

try {
  let pgPid: number | undefined;
  if (instances === 1) {
    const port = await freePort();
    servers.push(await startChildServer({ ...base, PORT: String(port), DATABASE_URL: '' }));
    pgPid = postmasterPid(dataDir);
    const info = JSON.parse(readFileSync(path.join(dataDir, 'postgres.json'), 'utf8'));
    databaseUrl = `postgres://${info.user}:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/tinhso`;
  } else {
    const cluster = await ensureEmbeddedCluster({ dataDir });
    stopCluster = () => cluster.stop();
    pgPid = postmasterPid(dataDir);
    databaseUrl = cluster.urlFor('tinhso');
    const env = { ...base, DATABASE_URL: databaseUrl };
    servers.push(await startChildServer({ ...env, PORT: String(await freePort()) }, { args: ['--demo'] }));
    servers.push(await startChildServer({ ...env, PORT: String(await freePort()) }));
  }
  const alive = new Set(servers);
  const urlFor = (worker: number) => () => {
    const live = servers.filter((s) => alive.has(s));
    return (live[worker % live.length] ?? servers[0]!).url;
  };

  // Each worker signs in its own sessions on its instance; a warm-up enrols the leader's signing key.
  const actors = await Promise.all(Array.from({ length: concurrency }, (_, w) => prepareFlow(urlFor(w))));
  await Promise.all(
    Array.from({ length: Number(args.warmup) }, (_, i) =>
      runItem(actors[i % concurrency]!, `warm-${i}-${process.pid}`),
    ),
  );

  const cpu0 = servers.map((s) => cpuMillisOf(s.pid));
  const pg0 = postgresCpu(pgPid);
  const results: ItemResult[] = [];
  let next = 0;
  let killed = false;
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
        results.push(await runItem(a, `flow-${i}-${process.pid}`));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const appCpu = servers.reduce((sum, s, k) => sum + (alive.has(s) ? cpuMillisOf(s.pid) : 0) - cpu0[k]!, 0);
  const pgCpu = postgresCpu(pgPid) - pg0;

  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB; load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    `tinhso: ${items} items × ${FLOW_STEPS.length} requests, concurrency ${concurrency}, ${instances} instance(s)${args.kill ? ', one killed half-way' : ''}`,
  );
  console.log(
    `  ${(items / seconds).toFixed(1)} items/s (${((items * FLOW_STEPS.length) / seconds).toFixed(0)} requests/s), ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  CPU per item: app ${(appCpu / items).toFixed(1)} ms, PostgreSQL ${(pgCpu / items).toFixed(1)} ms`,
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
  if (retries || observed)
    console.log(`  retries ${retries}, steps acknowledged from the history ${observed}`);

  if (args.kill) {
    const problems = await checkFlowInvariants(databaseUrl, results);
    const audit = await runCli(['audit', 'verify', '--json'], { ...base, DATABASE_URL: databaseUrl });
    console.log(
      `guarantees: ${problems.length === 0 ? 'every submission once, every transition once, clocks consistent' : problems.slice(0, 10).join('\n')}; audit chain ${JSON.parse(audit.stdout || '{}').ok ? 'verified' : `FAILED ${audit.stderr}`}`,
    );
  }

  for (const s of servers) if (alive.has(s)) await stopChildServer(s, 'SIGTERM');
  alive.clear();
  // The raw ceiling on the same cluster, the app stopped (instances = 1: start the cluster again).
  let rawUrl = databaseUrl;
  if (instances === 1) {
    // The app stops its PostgreSQL on SIGTERM: wait until the postmaster is gone before starting it again.
    for (let i = 0; i < 300 && postmasterPid(dataDir); i++) await new Promise((r) => setTimeout(r, 100));
    const cluster = await ensureEmbeddedCluster({ dataDir });
    stopCluster = () => cluster.stop();
    rawUrl = cluster.urlFor('tinhso');
  }
  const raw = await rawCeiling(rawUrl, items, concurrency);
  const rawRate = items / raw.seconds;
  console.log(
    `raw PostgreSQL: ${raw.transactions} transactions (${raw.transactions / items} per item), same rows, concurrency ${concurrency}: ${rawRate.toFixed(1)} items/s, ${(raw.transactions / raw.seconds).toFixed(0)} transactions/s`,
  );
  console.log(`tinhso reaches ${((100 * items) / seconds / rawRate).toFixed(0)}% of raw PostgreSQL`);
} finally {
  for (const s of servers) await stopChildServer(s, 'SIGTERM').catch(() => {});
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
