import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { runCli } from '../cli/run-cli.js';
import { type EmbeddedCluster, ensureEmbeddedCluster } from '../platform/database/embedded.js';
import {
  type ChildServer,
  freePort,
  postmasterPid,
  startChildServer,
  stopChildServer,
} from './child-server.js';
import { type ItemResult, prepareFlow, runItem } from './dossier-flow.js';
import { checkFlowInvariants } from './flow-checks.js';
import { TEST_KEY_ENCRYPTION_KEY, TEST_SESSION_SECRET } from './testing.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start (or restart) the cluster, retrying while a killed postmaster's backends still hold shared memory. */
async function startCluster(dataDir: string): Promise<EmbeddedCluster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ensureEmbeddedCluster({ dataDir });
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(500);
    }
  }
}

/**
 * Issue 18 §5: the app survives the database going away. One `tinhso start` in server mode on a PostgreSQL
 * this test runs; under a load of writes the postmaster is SIGKILLed, left down a while, and started again.
 */
describe('the database going away and coming back (issue 18 §5)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-dbrestart-'));
  let cluster: EmbeddedCluster | undefined;
  let server: ChildServer | undefined;
  after(async () => {
    if (server) await stopChildServer(server, 'SIGKILL');
    await cluster?.stop();
    const pid = postmasterPid(dataDir);
    if (pid) process.kill(pid, 'SIGTERM');
    await sleep(500);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps running, answers 503 while PostgreSQL is down, reports not ready, recovers by itself and loses no acknowledged write', async (t: TestContext) => {
    cluster = await startCluster(dataDir);
    const env = {
      ...process.env,
      DATABASE_URL: cluster.urlFor('tinhso'),
      TINHSO_SESSION_SECRET: TEST_SESSION_SECRET,
      TINHSO_KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
      TINHSO_DEMO_DOSSIERS: '0',
      TINHSO_DB_POOL_WAIT_MS: '2000',
      LOG_LEVEL: 'error',
      PORT: String(await freePort()),
    };
    server = await startChildServer(env, { args: ['--demo'] });
    const app = server;
    const url = app.url;
    const workers = await Promise.all(Array.from({ length: 4 }, () => prepareFlow(() => url)));

    const results: ItemResult[] = [];
    const statuses = new Map<number, number>();
    let running = true;
    const load = Promise.all(
      workers.map(async (a, w) => {
        for (let i = 0; i < 4; i++)
          results.push(await runItem(a, `dbrestart-${process.pid}-${w}-${i}`, { stepTimeoutMs: 180_000 }));
      }),
    ).finally(() => {
      running = false;
    });

    await sleep(1500);
    assert.ok(running, 'the load is still running when PostgreSQL is killed');
    const pid = postmasterPid(dataDir);
    assert.ok(pid, 'the postmaster runs');
    process.kill(pid, 'SIGKILL');
    // While it is down: the app stays up, answers 503 problem+json with Retry-After, and is not ready.
    let readyWhileDown = 0;
    for (let i = 0; i < 6; i++) {
      await sleep(500);
      const ready = await fetch(`${url}/readyz`);
      if (ready.status !== 503) readyWhileDown++;
      const answer = await fetch(`${url}/api/v1/system/info`);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 503) {
        assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.ok(Number(answer.headers.get('retry-after')) > 0);
      }
    }
    t.diagnostic(`answers while down: ${JSON.stringify([...statuses])}`);
    assert.equal(readyWhileDown, 0, '/readyz fails while the database is gone');
    assert.deepEqual([...statuses.keys()], [503], 'every request while down got 503');
    assert.equal(app.child.exitCode, null, 'the app process did not exit');

    cluster = await startCluster(dataDir);
    let ready = false;
    for (let i = 0; i < 60 && !ready; i++) {
      ready = (await fetch(`${url}/readyz`)).status === 200;
      if (!ready) await sleep(500);
    }
    assert.ok(ready, '/readyz recovers without restarting the app');

    await load;
    assert.equal(app.child.exitCode, null, 'the app process is still the same one');
    assert.equal(results.length, 16, 'every item was acknowledged in the end');
    const problems = await checkFlowInvariants(cluster.urlFor('tinhso'), results);
    assert.deepEqual(problems, [], 'no acknowledged write lost, none doubled, clocks consistent');
    const audit = await runCli(['audit', 'verify', '--json'], env);
    assert.equal(audit.code, 0, audit.stderr);
    assert.equal(JSON.parse(audit.stdout).ok, true, 'the audit chain verifies');
  });
});
