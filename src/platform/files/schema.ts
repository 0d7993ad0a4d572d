/**
 * Uploaded bytes, content-addressed (issue 6 §6: "stored content-addressed"), in PostgreSQL so that every app
 * instance sees the same files and a backup holds them (ADR 0006). Who may read a blob is the caller's business:
 * the module that stores a hash in its own records (a dossier's documents) checks access before `readFile`.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from '../database/bytea.js';

export const filesSchema = pgSchema('files');

/** One row per distinct content: the same bytes uploaded twice are stored once. */
export const blobs = filesSchema.table(
  'blobs',
  {
    /** Lower-case hex SHA-256 of `content`: the key, and the proof the bytes are unchanged. */
    sha256: text('sha256').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Detected from the bytes themselves (magic numbers), never from a file name or a client's header. */
    mediaType: text('media_type').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('blobs_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('blobs_size_matches', sql`${t.size} = octet_length(${t.content})`),
  ],
);
