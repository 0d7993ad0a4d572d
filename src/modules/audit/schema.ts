import { bigint, index, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

/**
 * The append-only trail of every state change (issue 2 §5), as one hash chain per province
 * (ADR 0014). `chain` is the province code, `VN` for entries of national scope, or `legacy` for the
 * single chain written before ADR 0014; `link` is the entry's gapless position in its chain.
 * `hash` covers the previous entry's hash, the chain, link, seq and the entry's canonical content,
 * so altering, removing or reordering any row breaks verification from that row on. `seq` only
 * orders the trail for reading (a sequence: rolled-back appends leave gaps in it, never in `link`).
 * A trigger refuses UPDATE and DELETE; appends go through `audit.append` (record-entry.ts).
 */
export const auditEntries = auditSchema.table(
  'entries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity({ name: 'entries_seq' }),
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
    chain: text('chain').notNull(),
    link: bigint('link', { mode: 'number' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('entries_entity_idx').on(t.entityType, t.entityId),
    index('entries_at_idx').on(t.at),
    uniqueIndex('entries_chain_link_uq').on(t.chain, t.link),
  ],
);

/**
 * The head of each chain: its length and last hash. Appends lock this row (not the whole trail),
 * so chains of different provinces grow in parallel; verification compares the walked chain with
 * it, which finds entries removed from the end. Rows only grow (a trigger refuses the rest).
 */
export const chainHeads = auditSchema.table('chain_heads', {
  chain: text('chain').primaryKey(),
  length: bigint('length', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
