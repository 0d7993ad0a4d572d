/**
 * Public-investment projects, their annual capital plans, monthly disbursement plans, actual disbursements and
 * extension requests (issue 9, Investment). Money is integer đồng (`bigint`); rates are computed at read time.
 * Only this module reads these tables; others ask its index.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const investmentSchema = pgSchema('investment');

/**
 * Nhóm dự án — Law on Public Investment 58/2024/QH15 art. 6–10: national important projects, groups A, B, C.
 */
export const PROJECT_GROUPS = ['national', 'A', 'B', 'C'] as const;
export type ProjectGroup = (typeof PROJECT_GROUPS)[number];

/** Nguồn vốn: central budget (NSTW), local budget (NSĐP), national target programmes (CTMTQG). */
export const CAPITAL_SOURCES = ['central_budget', 'local_budget', 'national_target_programme'] as const;
export type CapitalSource = (typeof CAPITAL_SOURCES)[number];

export const PROJECT_STATUSES = ['active', 'completed', 'suspended'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** Dự án đầu tư công. */
export const projects = investmentSchema.table(
  'projects',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    /**
     * Mã dự án: the project's budget-user code (mã số ĐVQHNS, Circular 185/2015/TT-BTC, 7 digits from 7…),
     * which the State Treasury's exports carry; unique nationally.
     */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** Folded name and code (no diacritics, lower case) for searching "dong dang" → Đồng Đăng. */
    searchText: text('search_text').notNull(),
    /** Chủ đầu tư — the owner: its unit, its agency when registered in units, and its name. */
    ownerUnitCode: text('owner_unit_code').notNull(),
    ownerAgencyId: uuid('owner_agency_id'),
    ownerName: text('owner_name').notNull(),
    /** Where the project is: the province, or the commune it lies in. */
    unitCode: text('unit_code').notNull(),
    group: text('group', { enum: PROJECT_GROUPS }).notNull(),
    /** Tổng mức đầu tư được duyệt, đồng. */
    totalInvestment: bigint('total_investment', { mode: 'bigint' }).notNull(),
    startDate: date('start_date').notNull(),
    /** The end date of the investment decision. */
    plannedEndDate: date('planned_end_date').notNull(),
    /** The end date now in force: the planned one, or the latest an approved extension set. */
    currentEndDate: date('current_end_date').notNull(),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('active'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('projects_province_idx').on(t.provinceCode),
    index('projects_owner_idx').on(t.ownerUnitCode),
    check('projects_total_positive', sql`${t.totalInvestment} > 0`),
    check(
      'projects_dates',
      sql`${t.startDate} <= ${t.plannedEndDate} and ${t.plannedEndDate} <= ${t.currentEndDate}`,
    ),
  ],
);

/** Kế hoạch vốn đầu tư công năm — a project's capital for a year from one source. */
export const capitalPlans = investmentSchema.table(
  'capital_plans',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    source: text('source', { enum: CAPITAL_SOURCES }).notNull(),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    /** The allocating decision, e.g. "Nghị quyết 45/NQ-HĐND ngày 8/12/2023". */
    decisionRef: text('decision_ref'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('capital_plans_uq').on(t.projectId, t.year, t.source),
    index('capital_plans_province_idx').on(t.provinceCode, t.year),
    check('capital_plans_amount', sql`${t.amount} >= 0`),
  ],
);

/** Kế hoạch giải ngân theo tháng — what the owner plans to disburse in each month of the plan year. */
export const monthlyPlans = investmentSchema.table(
  'monthly_plans',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    unique('monthly_plans_uq').on(t.projectId, t.year, t.month),
    index('monthly_plans_province_idx').on(t.provinceCode, t.year),
    check('monthly_plans_month', sql`${t.month} between 1 and 12`),
    check('monthly_plans_amount', sql`${t.amount} >= 0`),
  ],
);

/**
 * Giải ngân — a payment from a plan year's capital, entered by the owner or imported from the State Treasury's
 * export. Never deleted: a wrong one is cancelled with a reason.
 */
export const disbursements = investmentSchema.table(
  'disbursements',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    provinceCode: text('province_code').notNull(),
    /** The plan year whose capital it spends (paid up to 31 January of the next year: Law 58/2024 art. 72(1)). */
    planYear: integer('plan_year').notNull(),
    source: text('source', { enum: CAPITAL_SOURCES }).notNull(),
    disbursedOn: date('disbursed_on').notNull(),
    amount: bigint('amount', { mode: 'bigint' }).notNull(),
    /** Số chứng từ of the State Treasury; one voucher is never counted twice. */
    voucherNo: text('voucher_no'),
    note: text('note'),
    origin: text('origin', { enum: ['manual', 'import'] }).notNull(),
    importBatchId: uuid('import_batch_id'),
    enteredBy: text('entered_by').notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'date' }),
    cancelledBy: text('cancelled_by'),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('disbursements_project_idx').on(t.projectId, t.planYear),
    index('disbursements_province_idx').on(t.provinceCode, t.planYear, t.disbursedOn),
    uniqueIndex('disbursements_voucher_uq')
      .on(t.provinceCode, t.voucherNo)
      .where(sql`voucher_no is not null and cancelled_at is null`),
    check('disbursements_amount', sql`${t.amount} > 0`),
    check('disbursements_cancel', sql`(${t.cancelledAt} is null) = (${t.cancelReason} is null)`),
  ],
);

/** One import of a State Treasury CSV: all its rows or none (the file's hash refuses a second import). */
export const importBatches = investmentSchema.table('import_batches', {
  id: uuid('id').primaryKey(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull().unique(),
  rows: integer('rows').notNull(),
  totalAmount: bigint('total_amount', { mode: 'bigint' }).notNull(),
  provinceCodes: text('province_codes').array().notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * Đề nghị kéo dài thời gian thực hiện — a request to the Provincial People's Council to extend a project's time,
 * and its decision. The number of projects awaiting an extension is counted from these rows.
 */
export const extensionRequests = investmentSchema.table(
  'extension_requests',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    provinceCode: text('province_code').notNull(),
    requestedOn: date('requested_on').notNull(),
    reason: text('reason').notNull(),
    /** The project's end date when the request was filed. */
    currentEndDate: date('current_end_date').notNull(),
    requestedEndDate: date('requested_end_date').notNull(),
    status: text('status', { enum: EXTENSION_STATUSES }).notNull(),
    /** The People's Council resolution that decided, e.g. "Nghị quyết 12/NQ-HĐND". */
    decisionRef: text('decision_ref'),
    decidedOn: date('decided_on'),
    approvedEndDate: date('approved_end_date'),
    decisionNote: text('decision_note'),
    requestedBy: text('requested_by').notNull(),
    decidedBy: text('decided_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('extension_requests_province_idx').on(t.provinceCode, t.status),
    uniqueIndex('extension_requests_one_pending_uq').on(t.projectId).where(sql`status = 'pending'`),
    check('extension_requests_later', sql`${t.requestedEndDate} > ${t.currentEndDate}`),
    check(
      'extension_requests_decision',
      sql`(${t.status} = 'approved') = (${t.approvedEndDate} is not null)`,
    ),
  ],
);

/** A province's settings for the disbursement views. */
export const settings = investmentSchema.table(
  'settings',
  {
    provinceCode: text('province_code').primaryKey(),
    /**
     * A project is at risk when its cumulative disbursement is this many percentage points of its annual plan
     * behind its monthly plan (a provincial choice, not a rule of law).
     */
    atRiskMarginPoints: integer('at_risk_margin_points').notNull().default(10),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [check('settings_margin', sql`${t.atRiskMarginPoints} between 0 and 100`)],
);
