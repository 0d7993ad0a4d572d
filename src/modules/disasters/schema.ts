/**
 * Natural-disaster events, the damage communes report for them (each revision kept), the recovery directives
 * raised through oversight, and each commune's preparedness scenarios (issue 21 §2; RULES.md §12). Money is
 * integer đồng. Only this module reads these tables; others ask its index.
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
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const disastersSchema = pgSchema('disasters');

/**
 * Loại thiên tai — the hazards of form 01/TKTH (Joint Circular 43/2015 art. 6): storm, tropical depression,
 * heavy rain, flood, flash flood, inundation, landslide; whirlwind, lightning and hail take form 02/TKTH.
 */
export const HAZARDS = [
  'storm',
  'tropical_depression',
  'heavy_rain',
  'flood',
  'flash_flood',
  'inundation',
  'landslide',
  'whirlwind_hail',
] as const;
export type Hazard = (typeof HAZARDS)[number];

export const EVENT_STATUSES = ['ongoing', 'ended'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Đợt thiên tai — one disaster event in a province, with the communes it struck. */
export const events = disastersSchema.table(
  'events',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    /** The province's human code for the event, e.g. "TT-2025-03". */
    code: text('code').notNull(),
    name: text('name').notNull(),
    hazards: text('hazards').array().notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    description: text('description'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('events_code_uq').on(t.provinceCode, t.code),
    check('events_dates', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
  ],
);

export const eventCommunes = disastersSchema.table(
  'event_communes',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.unitCode] })],
);

/**
 * Báo cáo thiệt hại — a commune's damage for an event as known on a day; a later revision replaces it in every
 * total (Joint Circular 43/2015 art. 14(2)(b): figures reported daily may be adjusted) but is never overwritten.
 */
export const damageReports = disastersSchema.table(
  'damage_reports',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    revision: integer('revision').notNull(),
    reportedOn: date('reported_on').notNull(),
    /** Indicator code → count, hectares or metres (catalogue.ts). */
    figures: jsonb('figures').$type<Record<string, number>>().notNull(),
    /** Ước tính giá trị thiệt hại, đồng. */
    estimatedValue: bigint('estimated_value', { mode: 'bigint' }).notNull(),
    /** "Thiệt hại ban đầu": the commune says its counts are not yet firm (art. 7). */
    initial: boolean('initial').notNull(),
    note: text('note'),
    reportedBy: text('reported_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('damage_reports_revision_uq').on(t.eventId, t.unitCode, t.revision),
    index('damage_reports_event_idx').on(t.eventId, t.reportedOn),
    check('damage_reports_value', sql`${t.estimatedValue} >= 0`),
  ],
);

/** A relief or recovery directive raised for an event: its tasks live in the oversight module. */
export const recoveryDirectives = disastersSchema.table(
  'recovery_directives',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    conclusionId: uuid('conclusion_id').notNull(),
    provinceCode: text('province_code').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.conclusionId] })],
);

/** Phương án ứng phó — a commune's preparedness scenario for a hazard (the secretary's "scenarios per commune"). */
export const scenarios = disastersSchema.table(
  'scenarios',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    hazard: text('hazard', { enum: HAZARDS }).notNull(),
    title: text('title').notNull(),
    householdsAtRisk: integer('households_at_risk').notNull(),
    peopleAtRisk: integer('people_at_risk').notNull(),
    evacuationSites: text('evacuation_sites').notNull(),
    forces: text('forces').notNull(),
    supplies: text('supplies').notNull(),
    approvedOn: date('approved_on'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('scenarios_unit_idx').on(t.provinceCode, t.unitCode),
    check('scenarios_counts', sql`${t.householdsAtRisk} >= 0 and ${t.peopleAtRisk} >= 0`),
  ],
);
