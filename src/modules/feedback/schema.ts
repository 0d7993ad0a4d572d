/**
 * The feedback module's tables (issue 10). The case holds what may be read by every official in scope; who
 * submitted it lives apart — `submitters` for PAKN and complaints, `denouncers` for denunciations, read only
 * through `revealDenouncer` (assigned officials, every view audited) — so exports and public pages built from
 * `cases` cannot leak an identity by accident (Law on Denunciations 2018 art. 47–48; Decree 13/2023 on
 * personal data).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CASE_KINDS, CHANNELS, RULE_UNITS, STATUSES, VARIANTS, VOTES } from './model.js';

export const feedbackSchema = pgSchema('feedback');

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Hồ sơ phản ánh, kiến nghị / đơn khiếu nại / đơn tố cáo — one submission and its handling. */
export const cases = feedbackSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey(),
    /** `PA-04-250312-0007`: kind prefix, province, day received (Vietnam), sequence of the day. */
    code: text('code').notNull().unique(),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** PAKN only: regulation | conduct (Decree 20/2008 art. 9). */
    subject: text('subject'),
    field: text('field').notNull(),
    /** As submitted; may hold personal data, so never published. */
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** Personal data removed (redact.ts at intake; an official may edit before publication). */
    publicTitle: text('public_title').notNull(),
    publicContent: text('public_content').notNull(),
    /** Folded code and public title, for accent-insensitive search ("dat dai" finds "đất đai"). */
    searchText: text('search_text').notNull(),
    /** The commune the matter concerns, if any. */
    communeCode: text('commune_code'),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    mediaUrl: text('media_url'),
    /** The competent agency (units module) and its unit: the scope that handles the case. */
    agencyId: uuid('agency_id').notNull(),
    unitCode: text('unit_code').notNull(),
    status: text('status', { enum: STATUSES }).notNull(),
    /** Complaints: 1 = lần đầu, 2 = lần hai (Law on Complaints art. 33, 37). */
    level: integer('level').notNull().default(1),
    /** A second-level complaint's first case; a repeated PAKN's earlier case. */
    previousCaseId: uuid('previous_case_id'),
    /** Decision 766 sub-indicator 5.3 subtracts PAKN that repeat an earlier one (phản ánh trùng lặp, kéo dài). */
    repeated: boolean('repeated').notNull().default(false),
    /** Vụ việc phức tạp (complaints: longer limits; Law on Complaints art. 28, 37). */
    complex: boolean('complex').notNull().default(false),
    /** Vùng sâu, vùng xa đi lại khó khăn (Law on Complaints art. 28, 33, 37). */
    remoteArea: boolean('remote_area').notNull().default(false),
    /** Denunciations checked at several places: registration within 10 working days (art. 24(1)). */
    multiPlace: boolean('multi_place').notNull().default(false),
    /** Complaints: the day the complainant received or learned of the decision or act (art. 9, limitation). */
    decisionKnownOn: date('decision_known_on'),
    /** Days lost to objective obstacles (ốm đau, thiên tai …), not counted in the limitation (art. 9). */
    obstacleDays: integer('obstacle_days').notNull().default(0),
    receivedAt: instant('received_at').notNull(),
    /** Thụ lý (complaints, denunciations) or the start of processing (PAKN). */
    acceptedAt: instant('accepted_at'),
    /** Văn bản trả lời / Quyết định giải quyết khiếu nại / Kết luận nội dung tố cáo (internal text). */
    answer: text('answer'),
    /** The answer as published, personal data removed (PAKN). */
    publicAnswer: text('public_answer'),
    /** Number of the answer, decision or conclusion document, e.g. `125/QĐ-UBND`. */
    decisionNumber: text('decision_number'),
    answeredAt: instant('answered_at'),
    publishedAt: instant('published_at'),
    refusalReason: text('refusal_reason'),
    closedAt: instant('closed_at'),
    /** SHA-256 of the key an anonymous submitter follows the case with (shown once at submission). */
    trackingKeyHash: text('tracking_key_hash'),
    /**
     * Tạm đình chỉ — when a complaint's resolution was suspended (Law on Complaints art. 11a); null while it
     * runs. Resuming moves the open deadlines on by the days suspended (suspend-case.ts).
     */
    suspendedAt: instant('suspended_at'),
    /** Set when a leader turned the case into an oversight task (link kind `feedback`). */
    oversightRequestedAt: instant('oversight_requested_at'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('cases_province_kind_received_idx').on(t.provinceCode, t.kind, t.receivedAt),
    index('cases_unit_status_idx').on(t.unitCode, t.status),
    index('cases_published_idx').on(t.provinceCode, t.publishedAt).where(sql`${t.publishedAt} is not null`),
    index('cases_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('cases_level', sql`${t.level} in (1, 2)`),
    check('cases_obstacle_days', sql`${t.obstacleDays} >= 0`),
  ],
);

/** Người phản ánh, kiến nghị / người khiếu nại — PAKN and complaints only; never joined into public reads. */
export const submitters = feedbackSchema.table(
  'submitters',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    provinceCode: text('province_code').notNull(),
    /** The citizen's account when filed signed in. */
    userId: uuid('user_id'),
    fullName: text('full_name'),
    /** Số định danh cá nhân (CCCD), required for complaints. */
    idNumber: text('id_number'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** Open311 `account_id` / `device_id` of the client that filed it. */
    externalAccount: text('external_account'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('submitters_user_idx').on(t.userId)],
);

/**
 * Người tố cáo — confidential (Law on Denunciations 2018 art. 47–48): read only by officials assigned to the
 * case, each read audited (`feedback.denouncer_viewed`); never in exports, reports or public pages.
 */
export const denouncers = feedbackSchema.table(
  'denouncers',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    provinceCode: text('province_code').notNull(),
    userId: uuid('user_id'),
    fullName: text('full_name').notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('denouncers_user_idx').on(t.userId)],
);

/** Officials assigned to handle a case (phân công xử lý); only they may see a denouncer's identity. */
export const assignments = feedbackSchema.table(
  'assignments',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code').notNull(),
    userId: uuid('user_id').notNull(),
    assignedBy: text('assigned_by').notNull(),
    /** The head who assigned (null for the system): with the assignees, may know a denouncer (art. 47). */
    assignedById: uuid('assigned_by_id'),
    assignedAt: instant('assigned_at').notNull(),
    endedAt: instant('ended_at'),
  },
  (t) => [
    uniqueIndex('assignments_active_uq').on(t.caseId, t.userId).where(sql`${t.endedAt} is null`),
    index('assignments_user_idx').on(t.userId),
  ],
);

/**
 * One legal step's deadline: when it started, when it is due, when it was done. On time is computed at read
 * time (done ≤ due, or not yet due); `overdue_marked_at` is set once by the job, with one audit entry.
 */
export const deadlines = feedbackSchema.table(
  'deadlines',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    step: text('step').notNull(),
    ruleId: uuid('rule_id').notNull(),
    amount: integer('amount').notNull(),
    unit: text('unit', { enum: RULE_UNITS }).notNull(),
    startedAt: instant('started_at').notNull(),
    dueAt: instant('due_at').notNull(),
    doneAt: instant('done_at'),
    /** The step stopped applying (the case was refused, withdrawn or transferred out first): not measured. */
    cancelled: boolean('cancelled').notNull().default(false),
    /** Extensions granted (denunciations: at most two, art. 30). */
    extensions: integer('extensions').notNull().default(0),
    overdueMarkedAt: instant('overdue_marked_at'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    unique('deadlines_case_step_unique').on(t.caseId, t.step),
    index('deadlines_open_due_idx').on(t.dueAt).where(sql`${t.doneAt} is null`),
    index('deadlines_province_idx').on(t.provinceCode, t.kind, t.step),
  ],
);

/** The case's timeline for people: what happened, when, by whom (the audit chain is the tamper-proof record). */
export const events = feedbackSchema.table(
  'events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code').notNull(),
    at: instant('at').notNull(),
    action: text('action').notNull(),
    actorLabel: text('actor_label').notNull(),
    note: text('note'),
    data: jsonb('data'),
    /** Shown to the submitter and on public pages (PAKN). */
    visibleToSubmitter: boolean('visible_to_submitter').notNull().default(true),
  },
  (t) => [index('events_case_idx').on(t.caseId, t.at)],
);

/** Đánh giá — a like or dislike of a published PAKN answer, one per account (Decision 766 sub-indicator 5.3). */
export const ratings = feedbackSchema.table(
  'ratings',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id').notNull(),
    provinceCode: text('province_code').notNull(),
    vote: text('vote', { enum: VOTES }).notNull(),
    at: instant('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

/**
 * The legal time limits as effective-dated data an administrator can change (PRODUCT.md: uncertain rules are
 * data). A step takes the rule in force on the day it starts (Vietnam), e.g. complaint acceptance: 10 days
 * until 30/6/2026, 7 working days from 1/7/2026 (Decree 155/2026).
 */
export const deadlineRules = feedbackSchema.table(
  'deadline_rules',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    step: text('step').notNull(),
    variant: text('variant', { enum: VARIANTS }).notNull(),
    amount: integer('amount').notNull(),
    unit: text('unit', { enum: RULE_UNITS }).notNull(),
    /** How many times the step may be extended (denunciation resolution: 2). */
    maxCount: integer('max_count'),
    effectiveFrom: date('effective_from').notNull(),
    /** Exclusive; null while in force. */
    effectiveTo: date('effective_to'),
    source: text('source').notNull(),
    /** RULES.md confidence label: H, M, L or ?. */
    confidence: text('confidence').notNull(),
    origin: text('origin', { enum: ['reference', 'admin'] }).notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    unique('deadline_rules_version_unique').on(t.kind, t.step, t.variant, t.effectiveFrom),
    check('deadline_rules_amount', sql`${t.amount} >= 0`),
  ],
);

/** Keys Open311 clients send as `api_key` to POST requests; only a SHA-256 of the key is kept. */
export const open311Keys = feedbackSchema.table('open311_keys', {
  id: uuid('id').primaryKey(),
  provinceCode: text('province_code').notNull(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** The first characters, to tell keys apart in lists. */
  keyPrefix: text('key_prefix').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: instant('created_at').notNull(),
  lastUsedAt: instant('last_used_at'),
  revokedAt: instant('revoked_at'),
});

/** Open311 tokens (GeoReport v2 "GET service_request_id from a token"): token → case. */
export const open311Tokens = feedbackSchema.table('open311_tokens', {
  token: text('token').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id),
  provinceCode: text('province_code').notNull(),
  apiKeyId: uuid('api_key_id').notNull(),
  createdAt: instant('created_at').notNull(),
});

/**
 * Intake attempts by bucket (`portal_anonymous`, `open311_address`, `open311_key`) and key (a client address or
 * an Open311 key id), kept for the rate-limit window (rate-limit.ts) and deleted after it.
 */
export const intakeHits = feedbackSchema.table(
  'intake_hits',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [index('intake_hits_key_idx').on(t.bucket, t.key, t.at)],
);

/** The last sequence number given per province, kind and day: case codes unique under concurrency. */
export const codeCounters = feedbackSchema.table(
  'code_counters',
  {
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.kind, t.day] })],
);
