/**
 * Resolutions, their numeric targets and the values reported against them (issue 9, Targets). Only this module
 * reads these tables; others ask its index. Plan and reported values are the figures as the documents state
 * them (`numeric`, exact decimals, never floats); achievement and percentages are computed at read time.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgSchema,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const targetsSchema = pgSchema('targets');

/** Who issued a resolution: the provincial Party Committee, the People's Council or the People's Committee. */
export const RESOLUTION_BODIES = ['party_committee', 'people_council', 'people_committee'] as const;
export type ResolutionBody = (typeof RESOLUTION_BODIES)[number];

/**
 * How a target's plan reads: a range ("11–12%"), a minimum ("≥ 4,000 bn"), a maximum ("< 4%"), one value
 * ("≈ 22,900 bn", "42% of GRDP"), or only a direction ("more communes reach the new-rural standard").
 */
export const TARGET_KINDS = ['range', 'at_least', 'at_most', 'exact', 'direction'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * What the number is, which bounds what may be reported: a share of a whole (0–100 %), a change in percent
 * (above −100 %), an amount (≥ 0), a count (a whole number ≥ 0).
 */
export const MEASURES = ['share', 'change', 'amount', 'count'] as const;
export type Measure = (typeof MEASURES)[number];

/** Which way is better: higher, lower, or neither (a structure share inside its range). */
export const PREFERENCES = ['higher', 'lower', 'none'] as const;
export type Preference = (typeof PREFERENCES)[number];

/**
 * Indicators tinhso measures from its own records (issue 24 §2). A target bound to one has its period values
 * computed from the records (measured.ts), never typed; the others keep typed values with their source.
 */
export const MEASURED_INDICATORS = [
  'on_time_portal',
  'on_time_indicator',
  'online_share',
  'postal_return_share',
  'satisfaction_ratings',
  'e_result_share',
  'disbursement_rate',
  'feedback_on_time',
  'tasks_on_time',
] as const;
export type MeasuredIndicator = (typeof MEASURED_INDICATORS)[number];

/** A value's life: reported by the agency, returned or approved by the planning office, then locked. */
export const VALUE_STATUSES = ['reported', 'returned', 'approved', 'locked'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** Nghị quyết — a resolution that sets main targets for a year or a term. */
export const resolutions = targetsSchema.table(
  'resolutions',
  {
    id: uuid('id').primaryKey(),
    /** The province (2025 code, Decision 19/2025/QĐ-TTg) whose records these are. */
    provinceCode: text('province_code').notNull(),
    body: text('body', { enum: RESOLUTION_BODIES }).notNull(),
    /** The issuer as the document names it, e.g. "Ban Chấp hành Đảng bộ tỉnh Ninh Thuận khóa XIV". */
    issuerName: text('issuer_name').notNull(),
    /** Số hiệu, e.g. "12-NQ/TU"; the document's own wording when it has no number in the source. */
    number: text('number').notNull(),
    title: text('title').notNull(),
    issuedOn: date('issued_on').notNull(),
    /** Nhiệm kỳ, e.g. "2020–2025". */
    term: text('term'),
    /** The years its targets cover (one year for an annual resolution). */
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    /**
     * Working days after a period ends by which its values are due (Decree 09/2019/NĐ-CP leaves the deadline
     * to the issuing body: data, not code). Counted on the province's working calendar.
     */
    reportDueWorkingDays: integer('report_due_working_days').notNull().default(5),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('resolutions_number_uq').on(t.provinceCode, t.number, t.issuedOn),
    index('resolutions_province_idx').on(t.provinceCode, t.toYear),
    check('resolutions_years', sql`${t.fromYear} <= ${t.toYear}`),
  ],
);

/** Chỉ tiêu — one numeric target of a resolution, or a sub-target for some of its units. */
export const targets = targetsSchema.table(
  'targets',
  {
    id: uuid('id').primaryKey(),
    resolutionId: uuid('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    provinceCode: text('province_code').notNull(),
    /** The province-wide target this one narrows to some units ("Bác Ái ≥ 4%"); null for a main target. */
    parentId: uuid('parent_id').references((): AnyPgColumn => targets.id),
    /** As numbered in the resolution ("1", "12", "12a"); unique within it. */
    label: text('label').notNull(),
    position: integer('position').notNull(),
    /** A stable key linking the same indicator across years and resolutions, for the trend. */
    indicatorKey: text('indicator_key').notNull(),
    indicator: text('indicator').notNull(),
    indicatorEn: text('indicator_en'),
    unitOfMeasure: text('unit_of_measure').notNull(),
    measure: text('measure', { enum: MEASURES }).notNull(),
    /** Cộng dồn: a flow summed through the year (revenue, new members); a 9-month value is part of the year's. */
    accumulates: boolean('accumulates').notNull(),
    kind: text('kind', { enum: TARGET_KINDS }).notNull(),
    planLow: numeric('plan_low', { precision: 20, scale: 4 }),
    planHigh: numeric('plan_high', { precision: 20, scale: 4 }),
    /** For at_least / at_most: the bound itself is not enough ("> 98 %", "< 4 %"). */
    strict: boolean('strict').notNull().default(false),
    /** For exact: how far from the value still counts as met (0 when not given). */
    tolerance: numeric('tolerance', { precision: 20, scale: 4 }),
    preferred: text('preferred', { enum: PREFERENCES }).notNull(),
    /** The year the target is assessed in (a term target: its last year). */
    dueYear: integer('due_year').notNull(),
    /** The 2025 units the target applies to: the province, or some communes. */
    unitCodes: text('unit_codes').array().notNull(),
    /** The scope as the resolution words it, when that differs from today's units ("huyện Bác Ái"). */
    scopeLabel: text('scope_label'),
    /** Cơ quan chủ trì báo cáo — the agency that reports values, by unit and (when registered) agency id. */
    responsibleUnitCode: text('responsible_unit_code').notNull(),
    responsibleAgencyId: uuid('responsible_agency_id'),
    responsibleAgencyName: text('responsible_agency_name').notNull(),
    note: text('note'),
    /** The indicator tinhso computes this target's values from (null: values are typed with their source). */
    measuredBy: text('measured_by', { enum: MEASURED_INDICATORS }),
    /** The unit measured: a province (all its units, or one level of it) or a commune. */
    measuredUnitCode: text('measured_unit_code'),
    /** A level of the province measured (all communes, the special zones, the province-level agencies). */
    measuredLevel: text('measured_level'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check(
      'targets_measured_shape',
      sql`(${t.measuredBy} is null) = (${t.measuredUnitCode} is null) and (${t.measuredLevel} is null or ${t.measuredBy} is not null)`,
    ),
    unique('targets_label_uq').on(t.resolutionId, t.label),
    index('targets_resolution_idx').on(t.resolutionId, t.position),
    index('targets_indicator_idx').on(t.provinceCode, t.indicatorKey),
    index('targets_responsible_idx').on(t.responsibleUnitCode),
    check(
      'targets_plan_shape',
      sql`case ${t.kind}
        when 'range' then ${t.planLow} is not null and ${t.planHigh} is not null and ${t.planLow} <= ${t.planHigh}
        when 'at_least' then ${t.planLow} is not null and ${t.planHigh} is null
        when 'at_most' then ${t.planHigh} is not null and ${t.planLow} is null
        when 'exact' then ${t.planLow} is not null and ${t.planHigh} is null
        else ${t.planLow} is null and ${t.planHigh} is null and ${t.preferred} <> 'none' end`,
    ),
  ],
);

/**
 * A value reported for a target and period. Corrections after a lock are new revisions (the locked one stays,
 * for the record); the current value of a period is its highest revision.
 */
export const targetValues = targetsSchema.table(
  'target_values',
  {
    id: uuid('id').primaryKey(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => targets.id),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    /** M01…M12, Q1…Q4, H1 (6 months), 9M (9 months), Y (the year): periods.ts. */
    period: text('period').notNull(),
    revision: integer('revision').notNull(),
    value: numeric('value', { precision: 20, scale: 4 }).notNull(),
    /** Nguồn số liệu, e.g. "Cục Thống kê tỉnh, báo cáo 9 tháng". */
    source: text('source').notNull(),
    note: text('note'),
    /** Why a locked value was corrected (revision > 1). */
    correctionReason: text('correction_reason'),
    status: text('status', { enum: VALUE_STATUSES }).notNull(),
    reportedBy: text('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }).notNull(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    /** The planning office's reason when it returns a value. */
    reviewNote: text('review_note'),
    lockedBy: text('locked_by'),
    lockedAt: timestamp('locked_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('target_values_revision_uq').on(t.targetId, t.year, t.period, t.revision),
    index('target_values_province_idx').on(t.provinceCode, t.year, t.period),
    check('target_values_revision_positive', sql`${t.revision} >= 1`),
    check('target_values_correction_reason', sql`(${t.revision} = 1) = (${t.correctionReason} is null)`),
  ],
);
