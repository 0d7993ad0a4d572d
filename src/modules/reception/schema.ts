/**
 * The reception module's tables (issue 21 §3): the leaders' published reception schedule, the reception
 * sessions held, the register (Sổ tiếp công dân, Form 03/TCD of Decree 154/2026) and the people received,
 * with a denouncer's identity apart (Law on Denunciations 2018 art. 47). Every table carries `province_code`.
 */
import {
  boolean,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CLASSIFICATIONS, MODES, OUTCOMES, SESSION_KINDS } from './model.js';

export const receptionSchema = pgSchema('reception');

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Lịch tiếp công dân — one published slot of a leader's reception: who receives, when, where. Published on
 * the agency's portal (Decree 154/2026 art. 29(1)(d)); a cancelled slot stays on record with its reason.
 */
export const schedules = receptionSchema.table(
  'schedules',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    /** The unit whose leader receives: the province or a commune. */
    unitCode: text('unit_code').notNull(),
    receiverName: text('receiver_name').notNull(),
    /** Their office, e.g. "Chủ tịch UBND tỉnh". */
    receiverTitle: text('receiver_title').notNull(),
    kind: text('kind', { enum: SESSION_KINDS }).notNull(),
    mode: text('mode', { enum: MODES }).notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    location: text('location').notNull(),
    note: text('note'),
    cancelledAt: instant('cancelled_at'),
    cancelReason: text('cancel_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('schedules_unit_idx').on(t.provinceCode, t.unitCode, t.startsAt)],
);

/** Buổi tiếp — a reception session held, from a schedule slot or ad hoc. */
export const sessions = receptionSchema.table(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    scheduleId: uuid('schedule_id').references(() => schedules.id),
    receiverName: text('receiver_name').notNull(),
    receiverTitle: text('receiver_title').notNull(),
    /** The receiving leader's account when they have one: they may know a denouncer they received. */
    receiverUserId: uuid('receiver_user_id'),
    kind: text('kind', { enum: SESSION_KINDS }).notNull(),
    mode: text('mode', { enum: MODES }).notNull(),
    heldOn: date('held_on').notNull(),
    startedAt: instant('started_at').notNull(),
    location: text('location').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('sessions_unit_idx').on(t.provinceCode, t.unitCode, t.heldOn)],
);

/** Sổ tiếp công dân — one row of the register (Form 03/TCD), numbered per unit and year (column 1). */
export const entries = receptionSchema.table(
  'entries',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    receivedAt: instant('received_at').notNull(),
    classification: text('classification', { enum: CLASSIFICATIONS }).notNull(),
    /** Column 5 — for a denunciation, with the denouncer's data masked (the full text is kept apart). */
    content: text('content').notNull(),
    /** Column 7 — citizens with the same content (a group sends representatives, Law art. 29). */
    peopleCount: integer('people_count').notNull(),
    /** Column 8 — the bodies that have already handled it. */
    previouslyHandledBy: text('previously_handled_by'),
    /** Column 9 — within the receiving unit's competence. */
    withinCompetence: boolean('within_competence').notNull(),
    outcome: text('outcome', { enum: OUTCOMES }).notNull(),
    /** Column 10 — the body the citizen was guided to, and the referral letter number. */
    referredTo: text('referred_to'),
    referralNumber: text('referral_number'),
    /** Column 11 — the feedback case it became (its stable link `{ kind: 'feedback', id }`) and code. */
    caseId: uuid('case_id'),
    caseCode: text('case_code'),
    /** Column 12 — the receiving officer's follow-up of the result. */
    followUp: text('follow_up'),
    /** Column 13. */
    note: text('note'),
    recordedBy: text('recorded_by').notNull(),
    recordedById: uuid('recorded_by_id'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('entries_seq_uq').on(t.unitCode, t.year, t.seq),
    index('entries_unit_idx').on(t.provinceCode, t.unitCode, t.receivedAt),
    index('entries_session_idx').on(t.sessionId),
  ],
);

/**
 * Columns 3–4 — the person received (or the group's representative): name, address, identity number. Apart
 * from the register row; for a denunciation kept in `denouncers` instead.
 */
export const visitors = receptionSchema.table('visitors', {
  entryId: uuid('entry_id')
    .primaryKey()
    .references(() => entries.id),
  provinceCode: text('province_code').notNull(),
  fullName: text('full_name').notNull(),
  idNumber: text('id_number'),
  address: text('address'),
  phone: text('phone'),
});

/**
 * A denouncer received in person, and the unmasked content: read only by the official who recorded it, the
 * leader who received, and — once a case is opened — those the feedback module lets know the denouncer
 * (Law on Denunciations 2018 art. 47–48; Decree 154/2026 art. 12: identity kept confidential).
 */
export const denouncers = receptionSchema.table('denouncers', {
  entryId: uuid('entry_id')
    .primaryKey()
    .references(() => entries.id),
  provinceCode: text('province_code').notNull(),
  fullName: text('full_name').notNull(),
  idNumber: text('id_number'),
  address: text('address'),
  phone: text('phone'),
  content: text('content').notNull(),
});
