import { AsyncLocalStorage } from 'node:async_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { databaseNameOf, poolTarget } from './hosts.js';
import { ReadRouter, type ReplicaOptions } from './replica.js';

// A `date` column is a calendar date, not an instant: keep it as 'YYYY-MM-DD' (STYLE.md, Data).
pg.types.setTypeParser(1082, (value: string) => value);

import type { Db } from './db.js';

export type { Db };
/** A transaction handle; use cases run in one and pass it to other modules' writers. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on: the pool or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  url: string;
  /**
   * The executor of read-only work (reports, public figures, exports): the replica while it is within its
   * staleness bound, else the primary (`db`). Without a replica, `db`.
   */
  read(): Promise<Db>;
  /** Set when a replica is configured (DATABASE_REPLICA_URL). */
  replica?: ReadRouter;
  close(): Promise<void>;
}

/** Time limits of the pool and of each connection's session (issue 17 §1: no hang, ever). */
export interface DatabaseTimeouts {
  /** Longest wait for a pool connection; then the request fails with 503 (`PoolSaturatedError`). */
  poolWaitMs: number;
  /** PostgreSQL `statement_timeout` of every pooled connection. */
  statementMs: number;
  /** PostgreSQL `idle_in_transaction_session_timeout`: a transaction left idle this long is ended. */
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  poolWaitMs: 10_000,
  statementMs: 60_000,
  idleInTransactionMs: 60_000,
};

/**
 * `throw`: using the pool while the current async context holds one of its transactions fails at once
 * (tests and TINHSO_POOL_GUARD=throw); `off`: no check, no AsyncLocalStorage (production).
 */
export type PoolGuard = 'off' | 'throw';

export interface ConnectOptions {
  max?: number;
  applicationName?: string;
  timeouts?: Partial<DatabaseTimeouts>;
  guard?: PoolGuard;
  /** A read replica for read-only work, with its staleness bound (issue 22 §1). */
  replica?: ReplicaOptions;
}

export function connectDatabase(url: string, options: ConnectOptions = {}): Database {
  const pool = openPool(url, options);
  const db = drizzle(pool) as Db;
  const guard = options.guard ?? 'off';
  if (guard !== 'off') guardPool(pool, db);
  if (!options.replica) return { db, pool, url, read: async () => db, close: () => pool.end() };
  const replicaPool = openPool(options.replica.url, {
    ...options,
    applicationName: `${options.applicationName ?? 'tinhso'}-reads`,
  });
  const replica = new ReadRouter(db, { db: drizzle(replicaPool) as Db, pool: replicaPool }, options.replica);
  return {
    db,
    pool,
    url,
    replica,
    read: () => replica.executor(),
    close: async () => {
      await Promise.all([pool.end(), replicaPool.end()]);
    },
  };
}

/** A pool on a (possibly multi-host) URL, with the time limits of every connection (docs/adr/0017). */
function openPool(url: string, options: ConnectOptions): pg.Pool {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const pool = new pg.Pool({
    // A multi-host URL (h1:p1,h2:p2, target_session_attrs) gets a client class that finds the host (hosts.ts).
    ...poolTarget(url),
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'tinhso',
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: timeouts.poolWaitMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  });
  // A dropped idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  // Nor one dropped while checked out (inside a transaction, between statements): pg-pool listens only on idle
  // clients, and an 'error' with no listener ends the process (issue 18 §5). The statement in flight, if any,
  // fails with the error; the client is then not queryable and the pool discards it on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Thrown when the pool is used by code running inside one of that pool's transactions. */
export class PoolInTransactionError extends Error {
  constructor() {
    super(
      'A second pool connection was requested while this async context holds a transaction: use the transaction ' +
        '(tx) or load before it. At concurrency ≥ pool size every transaction would wait for a connection nobody frees.',
    );
    this.name = 'PoolInTransactionError';
  }
}

interface Held {
  pool: pg.Pool;
  open: boolean;
}

const held = new AsyncLocalStorage<Held>();
/** Every offence seen, even those a caller caught and swallowed: the test harness fails on any. */
export const poolGuardOffences: PoolInTransactionError[] = [];

/**
 * Issue 17 §1: no code path checks out a second connection while it holds a transaction. Each transaction's
 * callback runs in an async context that names its pool; a checkout from that pool in that context (a query on
 * `ctx.db` instead of `tx`, a nested `ctx.db.transaction`) is the deadlock of issue 17 and fails here.
 */
function guardPool(pool: pg.Pool, db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((work, config) =>
    transaction(async (tx) => {
      const state: Held = { pool, open: true };
      try {
        return await held.run(state, () => work(tx));
      } finally {
        state.open = false;
      }
    }, config)) as Db['transaction'];
  const connect = pool.connect.bind(pool) as (cb?: unknown) => unknown;
  pool.connect = ((callback?: (error: Error) => void) => {
    const state = held.getStore();
    if (state?.open && state.pool === pool) {
      const error = new PoolInTransactionError();
      poolGuardOffences.push(error);
      if (callback) {
        process.nextTick(() => callback(error));
        return undefined;
      }
      return Promise.reject(error);
    }
    return connect(callback);
  }) as pg.Pool['connect'];
}

/**
 * The database cannot serve now — the pool waited its limit for a connection (saturated), the server is
 * unreachable or restarting, or a statement ran past `statement_timeout` — as opposed to a bug. Walks the
 * `cause` chain: Drizzle wraps the driver's error in a DrizzleQueryError.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: string }).code;
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.some((m) => (e as Error).message.includes(m))) return true;
  }
  return false;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown (the server is stopping)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
  '25006', // read_only_sql_transaction: a write reached a demoted primary during a failover (issue 22)
  '25P03', // idle_in_transaction_session_timeout
  '08000',
  '08001',
  '08003',
  '08006',
]);

const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect', // pg-pool: waited connectionTimeoutMillis for a client
  'Connection terminated', // the server went away mid-statement or during connect
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

/** The database name in a connection string, for messages. */
export function databaseName(url: string): string {
  return databaseNameOf(url);
}
