import type { NodePgDatabase } from 'drizzle-orm/node-postgres';

/** A Drizzle database on node-postgres: the primary's, or a replica's (its own file so both can name it). */
export type Db = NodePgDatabase<Record<string, never>>;
