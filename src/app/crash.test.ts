import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { runCli } from '../cli/run-cli.js';
import {
  type ChildServer,
  freePort,
  postmasterPid,
  startChildServer,
  stopChildServer,
} from './child-server.js';
import { type ItemResult, prepareFlow, runItem } from './dossier-flow.js';
import { checkFlowInvariants } from './flow-checks.js';

/** A seeded generator, so a failing run can be repeated (the seed is printed). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Issue 11 §4 (PRODUCT.md, Safe: an acknowledged write survives a crash): idempotent submissions and
 * transitions against `tinhso start` on embedded PostgreSQL while the postmaster and the app are SIGKILLed at
 * random moments and restarted; the clients retry until acknowledged.
 */
describe('crash safety on embedded PostgreSQL (issue 11 §4)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-crash-'));
  const env = {
    ...process.env,
    TINHSO_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'error',
    TINHSO_DEMO_DOSSIERS: '0',
  };
  let server: ChildServer | undefined;
  after(async () => {
    if (server) await stopChildServer(server, 'SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid) process.kill(pid, 'SIGTERM');
    await sleep(1000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Start the app, retrying while PostgreSQL recovers (its old backends may still hold shared memory). */
  async function restart(port: number): Promise<ChildServer> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startChildServer({ ...env, PORT: String(port) }, { timeoutMs: 180_000 });
      } catch (error) {
        if (attempt >= 10) throw error;
        await sleep(1000);
      }
    }
  }

  it('keeps every acknowledged submission once and every transition once through SIGKILLs of PostgreSQL and the app', async (t: TestContext) => {
    const seed = Number(process.env.TINHSO_CRASH_SEED ?? Date.now() % 100_000);
    t.diagnostic(`seed ${seed} (TINHSO_CRASH_SEED repeats it)`);
    const rnd = random(seed);
    const port = await freePort();
    server = await restart(port);
    const url = server.url;
    const workers = await Promise.all(Array.from({ length: 4 }, () => prepareFlow(() => url)));

    // Each worker keeps filing items (at least 4) until the three kills are done: a fixed number of items could
    // all finish before the first kill once the write path got fast (a run with no kill tests nothing).
    const results: ItemResult[] = [];
    let started = 0;
    let killing = true;
    const load = Promise.all(
      workers.map(async (a, w) => {
        for (let i = 0; killing || i < 4; i++) {
          started++;
          results.push(await runItem(a, `crash-${seed}-${w}-${i}`));
        }
      }),
    );
    // Kills at seeded moments: the postmaster, the app, or both; the app is always restarted.
    const kills: string[] = [];
    while (kills.length < 3) {
      await sleep(1000 + rnd() * 3000);
      const what = rnd() < 0.4 ? 'postgres' : rnd() < 0.5 ? 'app' : 'both';
      kills.push(what);
      if (what !== 'app') {
        const pid = postmasterPid(dataDir);
        if (pid) process.kill(pid, 'SIGKILL');
        await sleep(200 + rnd() * 800);
      }
      await stopChildServer(server, 'SIGKILL');
      server = await restart(port);
    }
    killing = false;
    await load;
    t.diagnostic(`kills: ${kills.join(', ')}; items: ${started}`);
    assert.equal(kills.length, 3, 'the run was interrupted three times');
    assert.ok(started >= 16);
    assert.equal(results.length, started, 'every item was acknowledged in the end');

    const info = JSON.parse(readFileSync(path.join(dataDir, 'postgres.json'), 'utf8'));
    const db = `postgres://${info.user}:${encodeURIComponent(info.password)}@127.0.0.1:${postmasterPort(dataDir)}/tinhso`;
    const problems = await checkFlowInvariants(db, results);
    assert.deepEqual(
      problems,
      [],
      'no submission doubled or lost, no transition lost or doubled, clocks consistent',
    );
    const audit = await runCli(['audit', 'verify', '--json'], env);
    assert.equal(audit.code, 0, audit.stderr);
    assert.equal(JSON.parse(audit.stdout).ok, true, 'the audit chain verifies');
  });
});

function postmasterPort(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
}
