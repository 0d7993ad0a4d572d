/**
 * `npm run bench:peers -- --items 300 --concurrency 8` (issue 17 §5): tinhso's dossier flow and Redmine's
 * issue flow, run one after the other in one window on this machine, each measured by the CPU its servers spend
 * per item (the application and its PostgreSQL), and the ratio. Redmine runs from Debian's packages as
 * ../shared/peers/SETUP.md installs it (`PEERS_DIR` names the folder its scripts were copied to; `setup.sh`
 * once, then `start.sh`). The order is Redmine, tinhso, Redmine, so a machine that gets busier or quieter
 * during the window shows as a gap between the two Redmine figures rather than as a false ratio.
 *
 * The flows are not the same work: Redmine's item is create → status → note → reassign → close (5 requests);
 * tinhso's is submit → receive → supplement asked → provided → forward → approve with a signed PDF result →
 * return (bench/flow.ts, 7 steps, every one on the statutory clock with its audit entry). The ratio is per item
 * as each product defines one, which is what a province pays for. A benchmark only: not in CI.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    items: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
  },
});
const items = Number(args.items);
const concurrency = Number(args.concurrency);
if (!Number.isInteger(items) || items < 10) throw new Error('--items: a whole number of at least 10');
if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency: a whole number');

const peersDir = process.env.PEERS_DIR;
if (!peersDir || !existsSync(path.join(peersDir, 'cpu-share.py')))
  throw new Error(
    'Set PEERS_DIR to the folder holding the peer scripts of ../shared/peers (see its SETUP.md), set up once.',
  );

/** Run a command, echo its output, and give the output back. */
function run(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${argv.join(' ')} exited with ${code}`)),
    );
  });
}

function figure(out: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(out);
  if (!match) throw new Error(`no ${what} in the output`);
  return Number(match[1]);
}

async function redmine(): Promise<number> {
  console.log(`\n== Redmine: ${items} items at concurrency ${concurrency}`);
  const out = await run(
    'python3',
    [path.join(peersDir!, 'cpu-share.py'), path.join(peersDir!, 'redmine-flow.sh')],
    {
      N: String(items),
      C: String(concurrency),
      PEERS_DIR: peersDir,
    },
  );
  return figure(out, /peer-server CPU per item: (\d+(?:\.\d+)?) ms/, "Redmine's CPU per item");
}

async function tinhso(): Promise<{ app: number; postgres: number }> {
  console.log(`\n== tinhso: ${items} items at concurrency ${concurrency}`);
  const out = await run(process.execPath, [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'flow.ts'),
    '--items',
    String(items),
    '--concurrency',
    String(concurrency),
  ]);
  const match = /CPU per item: app (\d+(?:\.\d+)?) ms, PostgreSQL (\d+(?:\.\d+)?) ms/.exec(out);
  if (!match) throw new Error('no tinhso CPU per item in the output of bench/flow.ts');
  return { app: Number(match[1]), postgres: Number(match[2]) };
}

const before = await redmine();
const ours = await tinhso();
const after = await redmine();
const theirs = (before + after) / 2;
const total = ours.app + ours.postgres;
console.log(
  `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; load average ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(
  `Redmine (create → status → note → reassign → close): ${theirs.toFixed(0)} ms server CPU per item (runs: ${before}, ${after})`,
);
console.log(
  `tinhso (submit → receive → supplement → provided → forward → approve + signed PDF → return): ${total.toFixed(1)} ms (app ${ours.app}, PostgreSQL ${ours.postgres})`,
);
console.log(`ratio: tinhso spends ${((100 * total) / theirs).toFixed(0)} % of Redmine's CPU per item`);
