import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL `bytea`, read and written as a Node Buffer (node-postgres does the hex encoding). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
