import { bigint, index, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

/**
 * The append-only trail of every state change (issue 2 §5). `seq` orders the chain; `hash` is
 * SHA-256 over the previous entry's hash and this entry's canonical content, so altering or
 * deleting any row breaks verification from that row on. A trigger refuses UPDATE and DELETE.
 */
export const auditEntries = auditSchema.table(
  'entries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    provinceCode: text('province_code'),
    requestId: text('request_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('entries_entity_idx').on(t.entityType, t.entityId), index('entries_at_idx').on(t.at)],
);
