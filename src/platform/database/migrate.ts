import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { resolveUrl } from './hosts.js';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Any 64-bit number unique to tinhso's migrations; app instances started side by side queue on it. */
const MIGRATION_LOCK = 727_001;

/**
 * Apply pending drizzle-kit migrations, serialised across instances by an advisory lock. The lock is
 * transaction-scoped, held by a second connection's open transaction while the first migrates: a session lock
 * taken and released by separate statements would, through pgbouncer in transaction mode, land on different
 * server connections and stay held forever (issue 22 §3, docs/adr/0020). No session state is set.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const target = await resolveUrl(url);
  const holder = new pg.Client({ connectionString: target });
  const client = new pg.Client({ connectionString: target });
  await holder.connect();
  try {
    await client.connect();
    const version = await client.query<{ server_version_num: string }>('show server_version_num');
    if (Number(version.rows[0]?.server_version_num) < 150000) {
      throw new Error('tinhso needs PostgreSQL 15 or later');
    }
    await holder.query('begin');
    try {
      await holder.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await holder.query('commit').catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
    await holder.end();
  }
}
