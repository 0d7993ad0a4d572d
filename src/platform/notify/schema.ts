/**
 * The notification outbox (ADR 0008): a use case writes its notice in its own transaction; the `notify-deliver`
 * job sends it after commit. A rolled-back change sends nothing; a crash after commit loses nothing.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const notifySchema = pgSchema('notify');

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** pending → sent, or → failed after a permanent refusal or the last retry. */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const outbox = notifySchema.table(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    /** The province whose record caused the notice; null for installation-wide ones. */
    provinceCode: text('province_code'),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** An email address, or a phone number in E.164 (+84…). */
    recipient: text('recipient').notNull(),
    /** Email only. */
    subject: text('subject'),
    body: text('body').notNull(),
    /** What the notice is about, e.g. `dossier.supplement_requested`, for statistics and support. */
    topic: text('topic').notNull(),
    /** The record it is about (a dossier's id), for support. */
    entityId: text('entity_id'),
    /** Enqueueing twice with the same key sends once (e.g. `dossier:<id>:receipt:email`). */
    dedupeKey: text('dedupe_key'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When the job may next try; a claimed row is pushed ahead by the lease, so a crash mid-send retries later. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastError: text('last_error'),
    /** The provider's message id (SMTP Message-ID, SMS gateway id) once sent. */
    providerId: text('provider_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_uq').on(t.dedupeKey),
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('outbox_entity_idx').on(t.entityId),
    check('outbox_attempts_nonneg', sql`${t.attempts} >= 0`),
  ],
);
