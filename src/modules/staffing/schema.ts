/**
 * Commune staffing and facilities after the 2025 reform (issue 21 §1; RULES.md §13): staffing quotas by job
 * position, the roster of officials in post with their qualifications and training, and the facilities each
 * commune has against the province's norms. Every row is dated (valid from, valid to — exclusive), never
 * overwritten: a change closes the row in force and opens a new one, so any past day can be asked.
 * Only this module reads these tables; others ask its index.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const staffingSchema = pgSchema('staffing');

/** Trình độ chuyên môn — the highest qualification held. */
export const QUALIFICATIONS = [
  'doctorate',
  'master',
  'university',
  'college',
  'intermediate',
  'none',
] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** Bồi dưỡng — training a commune civil servant is expected to hold (state management, political theory, IT). */
export const TRAININGS = ['state_management', 'political_theory', 'digital_skills'] as const;
export type Training = (typeof TRAININGS)[number];

/** Tình trạng — the state of a facility item on hand. */
export const CONDITIONS = ['good', 'degraded', 'unusable'] as const;
export type Condition = (typeof CONDITIONS)[number];

const dated = {
  validFrom: date('valid_from').notNull(),
  /** Exclusive; null while in force. */
  validTo: date('valid_to'),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
};

/** Biên chế — the number of posts of one job position the competent authority approved for a commune agency. */
export const quotas = staffingSchema.table(
  'quotas',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    agencyId: uuid('agency_id').notNull(),
    jobPosition: text('job_position').notNull(),
    posts: integer('posts').notNull(),
    /** The decision approving it (e.g. "Quyết định 1234/QĐ-UBND"). */
    decisionRef: text('decision_ref'),
    ...dated,
  },
  (t) => [
    index('quotas_unit_idx').on(t.provinceCode, t.unitCode),
    check('quotas_posts', sql`${t.posts} between 0 and 1000`),
    check('quotas_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * An official in post in a commune agency on a job position: the roster the Department of Home Affairs keeps.
 * When the official holds a tinhso account, `positionId` is the units position they hold, so the roster and
 * the accounts meet; most commune staff hold none.
 */
export const staffMembers = staffingSchema.table(
  'staff_members',
  {
    id: uuid('id').primaryKey(),
    /** The same person across dated rows. */
    personId: uuid('person_id').notNull(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    agencyId: uuid('agency_id').notNull(),
    fullName: text('full_name').notNull(),
    jobPosition: text('job_position').notNull(),
    qualification: text('qualification', { enum: QUALIFICATIONS }).notNull(),
    fieldOfStudy: text('field_of_study'),
    trainings: text('trainings').array().notNull().default(sql`'{}'::text[]`),
    positionId: uuid('position_id'),
    ...dated,
  },
  (t) => [
    index('staff_unit_idx').on(t.provinceCode, t.unitCode),
    index('staff_person_idx').on(t.personId),
    check('staff_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** What a commune has of one facility item (headquarters, a room, equipment) on a date. */
export const facilities = staffingSchema.table(
  'facilities',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    item: text('item').notNull(),
    quantity: integer('quantity').notNull(),
    condition: text('condition', { enum: CONDITIONS }).notNull(),
    note: text('note'),
    ...dated,
  },
  (t) => [
    index('facilities_unit_idx').on(t.provinceCode, t.unitCode),
    check('facilities_quantity', sql`${t.quantity} between 0 and 100000`),
    check('facilities_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * Định mức — what a commune needs of a facility item, set by the province (no national standard for commune
 * headquarters was found, RULES.md §13: "Commune HQ facility standards — Not found"), dated like the rest.
 */
export const facilityNorms = staffingSchema.table(
  'facility_norms',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    item: text('item').notNull(),
    required: integer('required').notNull(),
    decisionRef: text('decision_ref'),
    ...dated,
  },
  (t) => [
    index('norms_province_idx').on(t.provinceCode, t.item),
    check('norms_required', sql`${t.required} between 0 and 100000`),
  ],
);
