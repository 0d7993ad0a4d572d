import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type Database, poolGuardOffences } from '../database/connection.js';
import { migrateDatabase } from '../database/migrate.js';

/**
 * Module and end-to-end tests run against real PostgreSQL (never a mock): each test file gets its
 * own database, copied from a template the test runner prepared (migrated, reference data, demo).
 */
export interface TestDatabase extends Database {
  name: string;
  drop(): Promise<void>;
}

function runnerEnv(): { adminUrl: string; template: string } {
  const adminUrl = process.env.TINHSO_TEST_ADMIN_URL;
  const template = process.env.TINHSO_TEST_TEMPLATE;
  if (!adminUrl || !template) {
    throw new Error(
      'Database tests run through `npm test` (scripts/test.ts), which prepares PostgreSQL for them.',
    );
  }
  return { adminUrl, template };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database: `demo` copies the prepared template; `empty` is migrated but holds no data. */
export async function createTestDatabase(from: 'demo' | 'empty' = 'demo'): Promise<TestDatabase> {
  const { adminUrl, template } = runnerEnv();
  const name = `tinhso_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${from === 'demo' ? template : 'template0'}"`);
  } finally {
    await admin.end();
  }
  // Through a connection pooler (scripts/ha/pgbouncer.sh sets TINHSO_TEST_POOLER_URL): the code under test
  // connects through it; creating and dropping databases stays on the direct admin connection.
  const url = databaseUrl(process.env.TINHSO_TEST_POOLER_URL || adminUrl, name);
  if (from === 'empty') await migrateDatabase(url);
  // Every test runs with the pool guard (issue 17 §1): a pool checkout inside a transaction fails the test.
  const database = connectDatabase(url, { max: 10, applicationName: 'tinhso-test', guard: 'throw' });
  return {
    ...database,
    name,
    drop: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
      assertNoPoolGuardOffence();
    },
  };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/**
 * Fails when any code of this test process used the pool inside one of its transactions, even if the caller
 * caught the PoolInTransactionError (a swallowed one would still be a deadlock under load).
 */
export function assertNoPoolGuardOffence(): void {
  const first = poolGuardOffences[0];
  if (first)
    throw new Error(
      `${poolGuardOffences.length} pool checkout(s) inside a transaction; first at:\n${first.stack}`,
    );
}
