import { jsonb, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const platformSchema = pgSchema('platform');

/** Installation-wide settings (the demo province, its demo logins, reference-data versions loaded). */
export const settings = platformSchema.table('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});
