/**
 * `npm run test:failover` (issue 22 §2, docs/deploy/high-availability.md): the dossier flow under load through a
 * real pg_auto_failover formation while its primary dies. Brings up the formation (scripts/ha/formation.sh:
 * monitor + primary + synchronous secondary, Debian's PostgreSQL 15, as the postgres user; needs root or the
 * postgres user), starts two tinhso instances on the multi-host DATABASE_URL (and the secondary as
 * DATABASE_REPLICA_URL), drives dossiers at concurrency 16 across both, and half-way SIGKILLs the primary's
 * postmaster together with that node's pg_autoctl (the machine is gone: a pg_autoctl left alive restarts its
 * postmaster in place and no failover happens). The monitor promotes the secondary; the app instances find it
 * by themselves. Then: every acknowledged write exactly once, each dossier's events complete and in order
 * (src/app/flow-checks.ts), `tinhso audit verify`, each scheduled job tick run once; the downtime (first failed
 * to first successful write) is printed. Exits 1 on any problem.
 *
 * Options: --items 160 --concurrency 16 --formation <dir> (reuse a running formation; default: a fresh one in a
 *          temporary folder, removed at the end) --base-port 56400 --step-timeout 180
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type ChildServer, freePort, startChildServer, stopChildServer } from '../../src/app/child-server.js';
import { type FlowActors, type ItemResult, prepareFlow, runItem } from '../../src/app/dossier-flow.js';
import { checkFlowInvariants } from '../../src/app/flow-checks.js';
import { repoRoot } from '../../src/app/paths.js';
import { TEST_KEY_ENCRYPTION_KEY, TEST_SESSION_SECRET } from '../../src/app/testing.js';
import { runCli } from '../../src/cli/run-cli.js';
import { jobsRanOnce } from './jobs-check.js';

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '160' },
    concurrency: { type: 'string', default: '16' },
    formation: { type: 'string' },
    'base-port': { type: 'string', default: '56400' },
    'step-timeout': { type: 'string', default: '180' },
  },
});
const items = Number(args.items);
const concurrency = Number(args.concurrency);
const basePort = Number(args['base-port']);
const script = path.join(repoRoot, 'scripts', 'ha', 'formation.sh');
const ownFormation = !args.formation;
const dir = args.formation ?? mkdtempSync(path.join(os.tmpdir(), 'tinhso-ha-'));
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const formation = (...a: string[]) =>
  execFileSync(script, [...a, dir, String(basePort)], {
    encoding: 'utf8',
    env: { ...process.env, FAST: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

interface NodeRow {
  nodename: string;
  nodeport: number;
  reportedstate: string;
  goalstate: string;
}

/** The formation's nodes as the monitor sees them. */
async function nodes(): Promise<NodeRow[]> {
  const monitor = new pg.Client({
    connectionString: `postgresql://postgres@127.0.0.1:${basePort}/pg_auto_failover`,
  });
  await monitor.connect();
  try {
    const { rows } = await monitor.query<NodeRow>(
      'select nodename, nodeport, reportedstate, goalstate from pgautofailover.node order by nodeid',
    );
    return rows;
  } finally {
    await monitor.end();
  }
}

/**
 * SIGKILL the node's postmaster, then every process of its pg_autoctl session (supervisor, keeper, postgres
 * controller, backends): formation.sh starts each node with setsid, so the session's process group is the node.
 */
function killNode(name: string): number {
  const pid = Number(
    execFileSync('head', ['-1', path.join(dir, name, 'postmaster.pid')], { encoding: 'utf8' }),
  );
  const group = Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  const ownGroup = Number(
    execFileSync('ps', ['-o', 'pgid=', '-p', String(process.pid)], { encoding: 'utf8' }).trim(),
  );
  process.kill(pid, 'SIGKILL');
  if (group > 1 && group !== ownGroup) process.kill(-group, 'SIGKILL');
  return pid;
}

const servers: ChildServer[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-ha-data-'));
let failed = false;
try {
  if (ownFormation) {
    log(`formation in ${dir} (monitor :${basePort}, nodes :${basePort + 1}, :${basePort + 2})`);
    formation('up');
  }
  const databaseUrl = formation('url').trim();
  const replicaUrl = databaseUrl.replace(
    'target_session_attrs=read-write',
    'target_session_attrs=prefer-standby',
  );
  log(`DATABASE_URL=${databaseUrl}`);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_REPLICA_URL: replicaUrl,
    LOG_LEVEL: 'warn',
    TINHSO_DATA_DIR: dataDir,
    TINHSO_DEMO_DOSSIERS: '100',
    TINHSO_SESSION_SECRET: TEST_SESSION_SECRET,
    TINHSO_KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
    // Shorter than the 10 s default so a request waiting for the new primary answers 503 and is retried.
    TINHSO_DB_POOL_WAIT_MS: '5000',
  };
  const start = { timeoutMs: 900_000 };
  servers.push(
    await startChildServer({ ...env, PORT: String(await freePort()) }, { ...start, args: ['--demo'] }),
  );
  servers.push(await startChildServer({ ...env, PORT: String(await freePort()) }, start));
  log(`two instances: ${servers.map((s) => s.url).join(', ')}`);

  const sets: FlowActors[] = [];
  for (let i = 0; i < Math.min(concurrency, 8); i++) sets.push(await prepareFlow(() => servers[i % 2]!.url));
  await Promise.all(sets.map((a, i) => runItem(a, `ha-warm-${i}-${process.pid}`)));

  const before = await nodes();
  const primary = before.find((n) => n.reportedstate === 'primary');
  if (!primary) throw new Error(`no primary: ${JSON.stringify(before)}`);
  let killedAt = 0;
  let firstFailure = 0;
  let firstSuccessAfter = 0;
  let acknowledged = 0;
  const onWrite = (status: number, at: number) => {
    const ok = status > 0 && status < 500;
    if (!ok && killedAt && !firstFailure) firstFailure = at;
    if (ok && firstFailure && !firstSuccessAfter && at > firstFailure) firstSuccessAfter = at;
    if (ok) acknowledged += 1;
  };
  const results: ItemResult[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const actors = sets[w % sets.length]!;
      for (let i = next++; i < items; i = next++) {
        if (!killedAt && i >= items / 2) {
          killedAt = performance.now();
          const pid = killNode(primary.nodename);
          log(`SIGKILL ${primary.nodename} (postmaster ${pid} and its pg_autoctl) after ${i} items`);
        }
        results.push(
          await runItem(actors, `ha-${i}-${process.pid}`, {
            stepTimeoutMs: Number(args['step-timeout']) * 1000,
            onWrite,
          }),
        );
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const after = await nodes();
  log(`monitor now: ${after.map((n) => `${n.nodename} ${n.reportedstate}/${n.goalstate}`).join(', ')}`);
  const promoted = after.find((n) => n.nodename !== primary.nodename && /primary/.test(n.reportedstate));
  log(
    `${items} dossiers × 7 writes at concurrency ${concurrency} over 2 instances in ${seconds.toFixed(1)} s`,
  );
  const retries = results.reduce((s, r) => s + r.retries, 0);
  const observed = results.reduce((s, r) => s + r.observed.length, 0);
  log(`writes acknowledged ${acknowledged}; retried ${retries}; acknowledged from the history ${observed}`);
  const downtime = firstFailure && firstSuccessAfter ? (firstSuccessAfter - firstFailure) / 1000 : 0;
  log(
    `downtime (first failed write → first successful write): ${downtime.toFixed(1)} s; kill → first failure ${((firstFailure - killedAt) / 1000).toFixed(1)} s`,
  );

  const problems = await checkFlowInvariants(databaseUrl, results);
  if (!promoted) problems.push(`the secondary was not promoted: ${JSON.stringify(after)}`);
  const audit = await runCli(['audit', 'verify', '--json'], env);
  const auditOk = JSON.parse(audit.stdout || '{}').ok === true;
  if (!auditOk) problems.push(`audit verify: ${audit.stdout} ${audit.stderr}`);
  const jobs = await jobsRanOnce(databaseUrl);
  for (const line of jobs.summary) log(`  ${line}`);
  problems.push(...jobs.problems);
  log(`audit chain ${auditOk ? 'verified' : 'FAILED'}`);
  if (problems.length) {
    failed = true;
    console.log(`FAILED:\n${problems.slice(0, 20).join('\n')}`);
  } else
    log(
      `PASSED: every acknowledged write present exactly once, events complete and in order, audit chain verified, jobs once; ${promoted?.nodename} promoted`,
    );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const [k, s] of servers.entries())
    if (s.child.exitCode !== null || s.child.signalCode !== null) {
      failed = true;
      console.log(
        `instance ${k + 1} exited (${s.child.exitCode ?? s.child.signalCode}):\n${s.output().slice(-4000)}`,
      );
    }
  for (const s of servers) await stopChildServer(s, 'SIGTERM').catch(() => {});
  if (ownFormation) formation('down');
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
