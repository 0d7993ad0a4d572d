import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';

// A `date` column is a calendar date, not an instant: keep it as 'YYYY-MM-DD' (STYLE.md, Data).
pg.types.setTypeParser(1082, (value: string) => value);

export type Db = NodePgDatabase<Record<string, never>>;
/** A transaction handle; use cases run in one and pass it to other modules' writers. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on: the pool or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  url: string;
  close(): Promise<void>;
}

export function connectDatabase(
  url: string,
  options: { max?: number; applicationName?: string } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'tinhso',
    idleTimeoutMillis: 30_000,
  });
  // A dropped connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  const db = drizzle(pool) as Db;
  return { db, pool, url, close: () => pool.end() };
}

/** The database name in a connection string, for messages. */
export function databaseName(url: string): string {
  return new URL(url).pathname.replace(/^\//, '') || 'postgres';
}
