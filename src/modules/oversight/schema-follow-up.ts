import { date, index, integer, jsonb, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant, oversightSchema } from './schema-meetings.js';
import { tasks } from './schema-tasks.js';

export const AUDIENCES = ['agency', 'agency_head', 'issuer'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * A province's escalation ladder (thang đôn đốc), data an administrator changes: each step fires a given
 * number of working days from the deadline (negative = before it) and notifies an audience. A province
 * without rows uses the default ladder (escalation-ladder.ts).
 */
export const ladderSteps = oversightSchema.table(
  'ladder_steps',
  {
    provinceCode: text('province_code').notNull(),
    step: text('step').notNull(),
    offsetWorkingDays: integer('offset_working_days').notNull(),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.step] })],
);

/**
 * A ladder step recorded for a task: once per task, step and deadline (the key makes the job idempotent;
 * an extension gives the task a new deadline and so a new ladder).
 */
export const escalations = oversightSchema.table(
  'escalations',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    provinceCode: text('province_code').notNull(),
    step: text('step').notNull(),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    deadline: date('deadline').notNull(),
    /** Working days from the deadline to the day it fired (negative before the deadline). */
    workingDaysFromDeadline: integer('working_days_from_deadline').notNull(),
    firedOn: date('fired_on').notNull(),
    firedAt: instant('fired_at').notNull(),
  },
  (t) => [
    uniqueIndex('escalations_step_uq').on(t.taskId, t.step, t.deadline),
    index('escalations_province_idx').on(t.provinceCode, t.firedAt),
  ],
);

export const NOTICE_KINDS = [
  'escalation',
  'extension_requested',
  'extension_decided',
  'completion_reported',
  'completion_reviewed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * An in-app notice (no e-mail here) for an audience of a unit: the lead agency's officials, its head, or
 * the issuing leaders. `params` holds what the UI needs to word it in the reader's language.
 */
export const notices = oversightSchema.table(
  'notices',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    /** The unit whose officials the audience is drawn from. */
    unitCode: text('unit_code').notNull(),
    /** For agency audiences: the agency, so officials of one agency see only theirs. */
    agencyId: uuid('agency_id'),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    escalationId: uuid('escalation_id').references(() => escalations.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('notices_unit_idx').on(t.provinceCode, t.unitCode, t.createdAt),
    index('notices_task_idx').on(t.taskId),
  ],
);

/** Who has read a notice. */
export const noticeReads = oversightSchema.table(
  'notice_reads',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    userId: uuid('user_id').notNull(),
    readAt: instant('read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.userId] })],
);
