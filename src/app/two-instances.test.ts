import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/run-cli.js';
import { oversightModule } from '../modules/oversight/index.js';
import { loadConfig } from '../platform/config.js';
import { startJobs } from '../platform/jobs.js';
import { quietLogger } from '../platform/logging.js';
import type { ModuleEnv } from '../platform/module.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { type ChildServer, freePort, startChildServer, stopChildServer } from './child-server.js';
import { type ItemResult, prepareFlow, runItem } from './dossier-flow.js';
import { checkFlowInvariants } from './flow-checks.js';
import { referenceDir } from './paths.js';
import { TEST_KEY_ENCRYPTION_KEY, TEST_SESSION_SECRET } from './testing.js';

/** Issue 11 §5: two app instances on one PostgreSQL server (server mode), one of them killed mid-run. */
describe('two instances on one PostgreSQL (issue 11 §5)', () => {
  let db: TestDatabase;
  const servers: ChildServer[] = [];
  before(async () => {
    db = await createTestDatabase('demo');
  });
  after(async () => {
    for (const s of servers) await stopChildServer(s, 'SIGKILL');
    await db.drop();
  });

  it('loses and doubles nothing when one instance is SIGKILLed and its clients fail over', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      TINHSO_SESSION_SECRET: TEST_SESSION_SECRET,
      TINHSO_KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
      LOG_LEVEL: 'error',
    };
    for (let i = 0; i < 2; i++)
      servers.push(
        await startChildServer({ ...env, PORT: String(await freePort()) }, { args: ['--no-jobs'] }),
      );
    const alive = new Set(servers);
    const urlFor = (w: number) => () => {
      const live = servers.filter((s) => alive.has(s));
      return (live[w % live.length] ?? servers[0]!).url;
    };
    const workers = await Promise.all(Array.from({ length: 4 }, (_, w) => prepareFlow(urlFor(w))));
    const results: ItemResult[] = [];
    let killed = false;
    await Promise.all(
      workers.map(async (a, w) => {
        for (let i = 0; i < 4; i++) {
          results.push(await runItem(a, `pair-${process.pid}-${w}-${i}`));
          if (!killed && results.length >= 5) {
            killed = true;
            alive.delete(servers[1]!);
            await stopChildServer(servers[1]!, 'SIGKILL');
          }
        }
      }),
    );
    assert.ok(killed, 'the second instance was killed mid-run');
    assert.equal(results.length, 16);
    assert.deepEqual(await checkFlowInvariants(db.url, results), [], 'every submission and transition once');
    const audit = await runCli(['audit', 'verify', '--json'], { DATABASE_URL: db.url });
    assert.equal(JSON.parse(audit.stdout).ok, true, audit.stderr);
  });

  it('runs a scheduled job once per tick across instances, not once per instance (pg-boss schedules)', async () => {
    const moduleEnv: ModuleEnv = {
      config: { ...loadConfig({}), databaseUrl: db.url },
      database: db,
      sessionSecret: TEST_SESSION_SECRET,
      referenceDir,
    };
    const escalate = oversightModule.jobs?.(moduleEnv).find((j) => j.name === 'oversight-escalate');
    assert.ok(escalate, 'the oversight escalation job exists');
    const runs: string[] = [];
    // The real job, every minute instead of hourly, started by two job systems as two instances start theirs.
    const job = {
      ...escalate,
      cron: '* * * * *',
      run: async () => {
        runs.push(new Date().toISOString().slice(0, 16));
        await escalate.run();
      },
    };
    // Both at once, as two instances started together (their queue creation once deadlocked: jobs.ts retries).
    const started = await Promise.allSettled([
      startJobs(db.url, [job], quietLogger()),
      startJobs(db.url, [job], quietLogger()),
    ]);
    const systems = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      assert.equal(systems.length, 2, 'both job systems start');
      // The first tick within about a minute; then long enough for the other instance to run it again if it would.
      for (let waited = 0; runs.length < 1 && waited < 100; waited++)
        await new Promise((r) => setTimeout(r, 1000));
      await new Promise((r) => setTimeout(r, 20_000));
    } finally {
      await Promise.all(systems.map((s) => s.stop()));
    }
    assert.ok(runs.length >= 1, 'the job ran');
    assert.equal(
      new Set(runs).size,
      runs.length,
      `one run per minute, not one per instance: ${runs.join(', ')}`,
    );
  });
});
