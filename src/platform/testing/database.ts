import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type Database } from '../database/connection.js';
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
  const url = databaseUrl(adminUrl, name);
  if (from === 'empty') await migrateDatabase(url);
  const database = connectDatabase(url, { max: 10, applicationName: 'tinhso-test' });
  return {
    ...database,
    name,
    drop: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
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
