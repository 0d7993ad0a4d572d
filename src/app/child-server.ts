/**
 * `tinhso start` as a child process, for the benchmarks and the crash tests (issue 11): wait for "Ready",
 * kill it (SIGKILL for a crash, SIGTERM for a clean stop), and read the CPU time it used from /proc (Linux).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { repoRoot } from './paths.js';

export interface ChildServer {
  child: ChildProcess;
  pid: number;
  url: string;
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/** Start `bin/tinhso.js start` with `env`; resolves once it prints its URL. */
export function startChildServer(
  env: NodeJS.ProcessEnv,
  options: { args?: string[]; timeoutMs?: number } = {},
): Promise<ChildServer> {
  const timeoutMs = options.timeoutMs ?? 240_000;
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin', 'tinhso.js'), 'start', ...(options.args ?? [])],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready after ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const ready = /Ready in [\d.]+ s — open (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid!, url: ready[1], output: () => output, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => (output += chunk));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`tinhso start exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Stop a child server: SIGTERM (clean) or SIGKILL (a crash); resolves when it has exited. */
export async function stopChildServer(server: ChildServer, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exited;
}

/** A TCP port free on 127.0.0.1 now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in milliseconds; 0 when it is gone. With
 * `exitedChildren`, plus what its children that have exited used (PostgreSQL's finished backends).
 */
export function cpuMillisOf(pid: number, exitedChildren = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name in parentheses: utime is the 14th field, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    const children = exitedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return ((own + children) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The pids of a process's children (e.g. PostgreSQL's backends under its postmaster). */
export function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

/** The postmaster's pid from `<dataDir>/pg/postmaster.pid` (its first line), if the file exists. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
