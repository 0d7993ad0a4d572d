/**
 * The calendar as data (issue 4): each year's official notices and the days they fix, a province's own days
 * off and working hours. The rules (Labour Code 2019 art. 111–112) stay in code (holiday-rules.ts) and fill
 * any year these tables do not cover. Only this module reads these tables; others ask its index.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const calendarSchema = pgSchema('calendar');

/** Where a row came from: the shipped reference files, or an administrator's change (which a later import keeps). */
export const ORIGINS = ['reference', 'admin'] as const;
export type Origin = (typeof ORIGINS)[number];

/** RULES.md confidence labels. */
export const CONFIDENCES = ['H', 'M', 'L', '?'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Thông báo nghỉ lễ, tết — a notice that fixed part of a year's schedule (Labour Code 2019 art. 112(3): the
 * Prime Minister decides each year's Tết days and National Day's second day; the ministry or the Government
 * Office announces them, with any swap). A year with a national notice is read from its days alone.
 */
export const notices = calendarSchema.table(
  'notices',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    /** Null for a national notice; a province's code for its own decision. */
    provinceCode: text('province_code'),
    /** e.g. `6150/TB-BLĐTBXH`; null when the number was not recorded. */
    number: text('number'),
    issued: date('issued'),
    issuer: text('issuer').notNull(),
    /** What it fixed, in Vietnamese. */
    covers: text('covers').notNull(),
    reportedBy: text('reported_by').notNull(),
    confidence: text('confidence', { enum: CONFIDENCES }).notNull(),
    /** Order within the year, as entered. */
    position: integer('position').notNull(),
    origin: text('origin', { enum: ORIGINS }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('notices_year_idx').on(t.year, t.provinceCode)],
);

/** Kinds of calendar day: a national day off, a national make-up working day, a province's own day off. */
export const DAY_KINDS = ['day_off', 'make_up_workday', 'local_day_off'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** Why a national day is off: holiday (art. 112(1)), compensatory (art. 111(3)), or swapped for a Saturday. */
export const DAY_OFF_REASONS = ['holiday', 'compensatory', 'swapped'] as const;
export type DayOffReason = (typeof DAY_OFF_REASONS)[number];

/**
 * One calendar day that differs from the weekly pattern (Saturday and Sunday rest): a day off, a make-up
 * Saturday worked (ngày làm bù), or a province's own day off. One row per day and scope.
 */
export const days = calendarSchema.table(
  'days',
  {
    id: uuid('id').primaryKey(),
    date: date('date').notNull(),
    year: integer('year').notNull(),
    /** Null for the national calendar; set (and only set) for a `local_day_off`. */
    provinceCode: text('province_code'),
    kind: text('kind', { enum: DAY_KINDS }).notNull(),
    /** Set for a `day_off` only. */
    reason: text('reason', { enum: DAY_OFF_REASONS }),
    name: text('name').notNull(),
    /** The rule, notice or decision behind it, as people cite it. */
    source: text('source').notNull(),
    noticeId: uuid('notice_id').references(() => notices.id, { onDelete: 'set null' }),
    /** True when not read in an official notice (derived by rule, or reported but unverified). */
    provisional: boolean('provisional').notNull(),
    origin: text('origin', { enum: ORIGINS }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('days_scope_date_unique').on(t.provinceCode, t.date).nullsNotDistinct(),
    index('days_year_idx').on(t.year, t.provinceCode),
    check('days_year_of_date', sql`extract(year from ${t.date}) = ${t.year}`),
    check('days_local_scope', sql`(${t.provinceCode} is null) = (${t.kind} <> 'local_day_off')`),
    check('days_reason_for_day_off', sql`(${t.reason} is not null) = (${t.kind} = 'day_off')`),
  ],
);

/**
 * Giờ làm việc — a province's working hours (default 08:00–12:00 and 13:00–17:00 without a row) and its paper
 * cut-off (15:00, Decree 61/2018 art. 18).
 */
export const workingHours = calendarSchema.table('working_hours', {
  provinceCode: text('province_code').primaryKey(),
  periods: jsonb('periods').$type<Array<{ start: string; end: string }>>().notNull(),
  paperCutoff: text('paper_cutoff').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * One row: a counter every change to the tables above bumps in its own transaction, so each app instance can
 * tell cheaply whether its cached calendars are stale. Bumping it first also serialises calendar writers.
 */
export const revision = calendarSchema.table(
  'revision',
  {
    id: integer('id').primaryKey(),
    revision: bigint('revision', { mode: 'number' }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [check('revision_single_row', sql`${t.id} = 1`)],
);
