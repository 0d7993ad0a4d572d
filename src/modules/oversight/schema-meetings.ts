import { index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const oversightSchema = pgSchema('oversight');

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const BODY_KINDS = [
  'party_committee',
  'party_standing_committee',
  'people_council',
  'people_committee',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/**
 * Cuộc họp, hội nghị — a meeting of a body of a unit: the Provincial Party Committee (Ban Chấp hành Đảng bộ
 * tỉnh), its Standing Committee (Ban Thường vụ), the People's Council or Committee, or a commune's.
 */
export const meetings = oversightSchema.table(
  'meetings',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    /** The unit whose body meets: the province (2 digits) or a commune (5 digits). */
    unitCode: text('unit_code').notNull(),
    bodyKind: text('body_kind', { enum: BODY_KINDS }).notNull(),
    /** As the body names itself, e.g. "Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX". */
    bodyName: text('body_name').notNull(),
    title: text('title').notNull(),
    startsAt: instant('starts_at').notNull(),
    location: text('location'),
    chairName: text('chair_name'),
    /** Biên bản — the minutes, as text. */
    minutes: text('minutes'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('meetings_unit_idx').on(t.provinceCode, t.unitCode, t.startsAt)],
);

/** Chương trình họp — one item of a meeting's agenda, in order. */
export const agendaItems = oversightSchema.table(
  'agenda_items',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    position: integer('position').notNull(),
    provinceCode: text('province_code').notNull(),
    title: text('title').notNull(),
    presenter: text('presenter'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);

export const PARTICIPANT_ROLES = ['chair', 'member', 'secretary', 'invited'] as const;
export const ATTENDANCE = ['present', 'excused', 'absent'] as const;

/** Thành phần dự họp — who was called to the meeting and whether they attended. */
export const participants = oversightSchema.table(
  'participants',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    position: integer('position').notNull(),
    provinceCode: text('province_code').notNull(),
    name: text('name').notNull(),
    /** Their office, e.g. "Phó Bí thư Tỉnh ủy". */
    title: text('title'),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    attendance: text('attendance', { enum: ATTENDANCE }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);

export const DOCUMENT_KINDS = ['report', 'draft', 'minutes', 'other'] as const;
export const DOCUMENT_OUTCOMES = ['approved', 'approved_with_changes', 'rejected', 'deferred'] as const;

/**
 * A document of a meeting: a report heard, a draft put to the body (Dự thảo) and how it was decided
 * ("biểu quyết nhất trí thông qua" — approved unanimously), the minutes. Files are a reference (name + URL
 * or registry number): uploads belong to the dossiers module, built later.
 */
export const meetingDocuments = oversightSchema.table(
  'meeting_documents',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    position: integer('position').notNull(),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    reference: text('reference'),
    outcome: text('outcome', { enum: DOCUMENT_OUTCOMES }),
    /** How it was decided, in words, e.g. "Biểu quyết nhất trí 100%". */
    outcomeNote: text('outcome_note'),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    votesAbstain: integer('votes_abstain'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);
