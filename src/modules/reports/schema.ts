/**
 * The reports module's tables (schema `reports`): incrementally maintained aggregates of the dossiers module's
 * published read model (`DOSSIER_FACTS`, `DOSSIER_CHANGES`; ADR 0012), never its tables.
 *
 * - `dossier_contributions`: what each dossier last added to the buckets (its keys, days and flags), so applying
 *   a dossier again subtracts that and adds the new one: idempotent and order-independent.
 * - `daily`: counts per (province, unit, agency, channel, day). A measure lands on the day it belongs to, in
 *   Vietnam time (UTC+7): received on the receipt day; resolved, early / on time / late, resolution time and
 *   e-results on the finish day; results returned (and by post) on the return day; ratings on the rating day.
 * - `monthly`: the same counts per (province, unit, agency, procedure, field, channel, month), for drill-down.
 * - `consumer`: the transaction-id horizon up to which the dossiers' changes (the outbox) have been applied.
 *
 * Counts only; rates are computed when read (STYLE.md, Data).
 */
import {
  bigint,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const reportsSchema = pgSchema('reports');

/** The counts every bucket holds (all additive, so a bucket is the sum of its dossiers' contributions). */
const measures = () => ({
  /** Hồ sơ tiếp nhận — received (with a receipt) on the day. */
  received: integer('received').notNull().default(0),
  /** Hồ sơ đã giải quyết — processing ended (approved, refused, stopped, withdrawn): the portal's end of processing. */
  resolved: integer('resolved').notNull().default(0),
  /** Of which approved (a result was issued). */
  approved: integer('approved').notNull().default(0),
  /** Circular 01/2018 art. 13 indicator 1: early / on time / late against the statutory time. */
  earlyIndicator: integer('early_indicator').notNull().default(0),
  onTimeIndicator: integer('on_time_indicator').notNull().default(0),
  lateIndicator: integer('late_indicator').notNull().default(0),
  /** The national portal's rule (RULES.md §1.5): supplement time subtracted, > 1 supplement request late. */
  earlyPortal: integer('early_portal').notNull().default(0),
  onTimePortal: integer('on_time_portal').notNull().default(0),
  latePortal: integer('late_portal').notNull().default(0),
  /** Σ (finish − receipt − supplement waiting), minutes, over resolved dossiers. */
  resolutionMinutes: bigint('resolution_minutes', { mode: 'number' }).notNull().default(0),
  /** Results returned to the applicant on the day, and of which by public post (Decision 45/2016). */
  returned: integer('returned').notNull().default(0),
  returnedPost: integer('returned_post').notNull().default(0),
  /** Approved dossiers with an electronic result issued (Decision 766 sub-indicator 4.1). */
  eResult: integer('e_result').notNull().default(0),
  /** Received dossiers with a fee to pay, and of which paid online (sub-indicator 3.6). */
  feeBearing: integer('fee_bearing').notNull().default(0),
  paidOnline: integer('paid_online').notNull().default(0),
  /** Ratings given on the day (Circular 01/2018 art. 12–13), those with no indicator scored 0, and Σ points. */
  rated: integer('rated').notNull().default(0),
  satisfied: integer('satisfied').notNull().default(0),
  s1: integer('s1').notNull().default(0),
  s2: integer('s2').notNull().default(0),
  s3: integer('s3').notNull().default(0),
  s4: integer('s4').notNull().default(0),
  s5: integer('s5').notNull().default(0),
  s6: integer('s6').notNull().default(0),
  s7: integer('s7').notNull().default(0),
  s8: integer('s8').notNull().default(0),
  s9: integer('s9').notNull().default(0),
});

export const daily = reportsSchema.table(
  'daily',
  {
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    /** The competent agency ('' when the dossier names none). */
    agencyId: text('agency_id').notNull(),
    channel: text('channel').notNull(),
    day: date('day').notNull(),
    ...measures(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.unitCode, t.agencyId, t.channel, t.day] })],
);

export const monthly = reportsSchema.table(
  'monthly',
  {
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    agencyId: text('agency_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    field: text('field').notNull(),
    channel: text('channel').notNull(),
    /** First day of the month. */
    month: date('month').notNull(),
    ...measures(),
  },
  (t) => [
    primaryKey({
      columns: [t.provinceCode, t.unitCode, t.agencyId, t.procedureCode, t.field, t.channel, t.month],
    }),
  ],
);

/** What one dossier contributes, as last applied: its keys, the days its measures land on, and its flags. */
export const dossierContributions = reportsSchema.table(
  'dossier_contributions',
  {
    dossierId: uuid('dossier_id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    unitCode: text('unit_code').notNull(),
    agencyId: text('agency_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    field: text('field').notNull(),
    channel: text('channel').notNull(),
    receivedDay: date('received_day').notNull(),
    finishedDay: date('finished_day'),
    returnedDay: date('returned_day'),
    ratedDay: date('rated_day'),
    outcome: text('outcome'),
    /** early | on_time | late (Circular 01/2018 indicator 1), null when not measured. */
    indicator: text('indicator'),
    /** early | on_time | late under the portal's rule, null when not measured. */
    portal: text('portal'),
    resolutionMinutes: bigint('resolution_minutes', { mode: 'number' }).notNull(),
    returnedPost: smallint('returned_post').notNull(),
    eResult: smallint('e_result').notNull(),
    feeBearing: smallint('fee_bearing').notNull(),
    paidOnline: smallint('paid_online').notNull(),
    scores: smallint('scores').array(),
  },
  (t) => [
    index('dossier_contributions_province_idx').on(t.provinceCode),
    // Drill-down lists: a unit's dossiers by the day a measure lands on, in keyset order.
    index('dossier_contributions_received_idx').on(t.provinceCode, t.unitCode, t.receivedDay, t.dossierId),
    index('dossier_contributions_finished_idx').on(t.provinceCode, t.unitCode, t.finishedDay, t.dossierId),
  ],
);

/** The outbox consumer's position: events of transactions below `horizon` have all been applied. */
export const consumer = reportsSchema.table('consumer', {
  name: text('name').primaryKey(),
  /** An xid8 as text: every transaction below it had ended when it was taken. */
  horizon: text('horizon').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }).notNull(),
  dossiersApplied: bigint('dossiers_applied', { mode: 'number' }).notNull().default(0),
});
