/**
 * `npm run bench:startup`: how long `tinhso start` takes to be ready, on a fresh data folder (initdb,
 * migrations, reference data, demo province) and on the same folder again (issue 2 §1: a restart is
 * ready in under 15 s; the first start in under 3 minutes). Runs the real command; prints the phases.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/app/paths.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-bench-startup-'));
const env = { ...process.env, TINHSO_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'warn' };

function run(): Promise<{ seconds: number; lines: string[]; child: ChildProcess }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'tinhso.js'), 'start'], {
    cwd: repoRoot,
    env,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (/Ready in/.test(output)) {
        const lines = output
          .split('\n')
          .filter((l) => l.startsWith('[tinhso]') && !/Demo logins|^\[tinhso\]\s{3}/.test(l));
        resolve({ seconds: (performance.now() - t0) / 1000, lines, child });
      }
    });
    child.on('exit', (code) => reject(new Error(`tinhso start exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

try {
  const first = await run();
  await stop(first.child);
  const again = await run();
  await stop(again.child);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
  console.log(`first start (fresh data folder): ready after ${first.seconds.toFixed(1)} s`);
  for (const line of first.lines) console.log(`  ${line}`);
  console.log(`restart (same data folder):      ready after ${again.seconds.toFixed(1)} s`);
  for (const line of again.lines) console.log(`  ${line}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
