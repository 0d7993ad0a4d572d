import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { runCli } from '../cli/run-cli.js';
import { repoRoot } from './paths.js';

/** `npm start` as a person runs it: embedded PostgreSQL in a data folder (issue 2 §1, §8). */
describe('tinhso start on embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-start-'));
  // Embedded mode, whatever the test run itself uses.
  const env = { ...process.env, TINHSO_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'warn' };
  let server: ChildProcess | undefined;
  after(() => {
    server?.kill('SIGKILL');
  });

  function start(): Promise<{ url: string; seconds: number; output: () => string }> {
    const t0 = Date.now();
    server = spawn(process.execPath, [path.join(repoRoot, 'bin', 'tinhso.js'), 'start'], {
      cwd: repoRoot,
      env,
    });
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready after 180 s:\n${output}`)), 180_000);
      server?.stdout?.on('data', (chunk) => {
        output += chunk;
        const ready = /Ready in [\d.]+ s — open (http:\/\/\S+)/.exec(output);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolve({ url: ready[1], seconds: (Date.now() - t0) / 1000, output: () => output });
        }
      });
      server?.stderr?.on('data', (chunk) => (output += chunk));
      server?.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
  }

  function stop(): Promise<number | null> {
    return new Promise((resolve) => {
      server?.once('exit', (code) => resolve(code));
      server?.kill('SIGTERM');
    });
  }

  // Start-up times are measured by `npm run bench:startup`, never asserted here (speed is measured in bench/).
  it('starts on a fresh data folder with reference and demo data, and prints the URL and demo logins', async (t: TestContext) => {
    const first = await start();
    t.diagnostic(`first start: ready after ${first.seconds.toFixed(1)} s`);
    for (let i = 0; i < 50 && !/congdan/.test(first.output()); i++)
      await new Promise((r) => setTimeout(r, 100));
    assert.match(first.output(), /Demo logins \(password "Demo@2025"\)/);
    assert.match(first.output(), /lanhdao\.tinh\s+provincial_leader\s+Tỉnh Cao Bằng/);
    assert.equal((await fetch(`${first.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${first.url}/readyz`)).status, 200);
    const info = await (await fetch(`${first.url}/api/v1/system/info`)).json();
    assert.deepEqual([info.demo, info.province.code], [true, '04']);
    const page = await fetch(`${first.url}/login`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root">|<html/);
  });

  it('lets a CLI command join the running embedded PostgreSQL', async () => {
    const run = await runCli(['units', 'stats', '--province', '04', '--json'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).total, 56);
  });

  it('shuts down cleanly on SIGTERM, stopping PostgreSQL', async () => {
    assert.equal(await stop(), 0);
    assert.equal(existsSync(path.join(dataDir, 'pg', 'postmaster.pid')), false, 'PostgreSQL stopped');
  });

  it('runs a CLI command with the server stopped, starting PostgreSQL for it', async () => {
    const run = await runCli(['audit', 'verify', '--json'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).ok, true);
    assert.equal(existsSync(path.join(dataDir, 'pg', 'postmaster.pid')), false);
  });

  it('restarts on the same data folder without seeding again, data intact', async (t: TestContext) => {
    const again = await start();
    t.diagnostic(`restart: ready after ${again.seconds.toFixed(1)} s`);
    assert.doesNotMatch(again.output(), /Creating the demo province/);
    const login = await fetch(`${again.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'motcua', password: 'Demo@2025' }),
    });
    assert.equal(login.status, 200, 'data survived the restart');
    assert.equal(await stop(), 0);
  });
});
