/**
 * The oversight module's conclusions and tasks (issue 8): the conclusion notices and directives, the tasks they
 * give agencies, the agencies' reports and files, extension requests and links to other records.
 * Re-exported by schema.ts with the meeting and follow-up tables.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant, meetings, oversightSchema } from './schema-meetings.js';

export const CONCLUSION_KINDS = ['conclusion_notice', 'directive'] as const;
export type ConclusionKind = (typeof CONCLUSION_KINDS)[number];

/**
 * Where a conclusion comes from (issue 21 §4; RULES.md §11): the unit's own leaders (`own`), or outside — an
 * inspection conclusion (kết luận thanh tra, Law on Inspection 84/2025 ch. VI), a State Audit report (kết luận,
 * kiến nghị kiểm toán, Law on State Audit 81/2015 art. 56), a Party inspection commission notice (thông báo
 * của Ủy ban kiểm tra, e.g. notice 581 of the Central Inspection Commission) or a superior's directive (chỉ
 * đạo của cấp trên). An outside source is recorded by the unit that must follow it up; its recommendations
 * become that unit's tasks, followed up the same way as its own.
 */
export const SOURCE_KINDS = [
  'own',
  'inspection',
  'state_audit',
  'party_inspection',
  'superior_directive',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Thông báo kết luận / Chỉ thị — a numbered, dated document of an issuing body, from a meeting or standalone
 * (e.g. "Thông báo kết luận số 581"), broken into tasks.
 */
export const conclusions = oversightSchema.table(
  'conclusions',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    /** The unit whose leaders issue it and confirm its tasks: the province or a commune. */
    issuerUnitCode: text('issuer_unit_code').notNull(),
    /** The issuing body as printed, e.g. "Ban Chấp hành Đảng bộ tỉnh". */
    issuerName: text('issuer_name').notNull(),
    kind: text('kind', { enum: CONCLUSION_KINDS }).notNull(),
    source: text('source', { enum: SOURCE_KINDS }).notNull().default('own'),
    /** Số ký hiệu, e.g. "05-KL/TU"; unique per issuing unit and year (numbering restarts each year). */
    number: text('number').notNull(),
    issuedOn: date('issued_on').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    signerName: text('signer_name'),
    /** Where the signed document is (URL or registry number); files are stored elsewhere. */
    documentReference: text('document_reference'),
    /** Folded number and title for diacritic-insensitive search ("ket luan 05" finds "Kết luận 05"). */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('conclusions_number_uq').on(
      t.issuerUnitCode,
      t.number,
      sql`extract(year from ${t.issuedOn})`,
    ),
    index('conclusions_issuer_idx').on(t.provinceCode, t.issuerUnitCode, t.issuedOn),
    index('conclusions_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * assigned (đã giao) → in_progress (đã tiếp nhận, đang thực hiện) → completion_reported (báo cáo hoàn thành)
 * → completed (xác nhận hoàn thành); the issuer may reopen a reported or completed task (→ in_progress).
 */
export const TASK_STATUSES = ['assigned', 'in_progress', 'completion_reported', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Nhiệm vụ — one task of a conclusion, led by one agency (cơ quan chủ trì) with a deadline. */
export const tasks = oversightSchema.table(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    conclusionId: uuid('conclusion_id')
      .notNull()
      .references(() => conclusions.id),
    /** Its place in the conclusion, from 1. */
    seq: integer('seq').notNull(),
    /**
     * The human code: the conclusion number and the task's place, e.g. "05-KL/TU-03"; unique with the
     * conclusion (conclusions_number_uq + tasks_seq_uq), indexed for look-up.
     */
    code: text('code').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    leadAgencyId: uuid('lead_agency_id').notNull(),
    /** The lead agency's unit, copied from the units module so scope checks need no lookup. */
    leadUnitCode: text('lead_unit_code').notNull(),
    priority: text('priority', { enum: PRIORITIES }).notNull(),
    /** Sản phẩm — the expected output (a plan, a report, a decision submitted …). */
    expectedOutput: text('expected_output'),
    /** The deadline in force: the original one, or the last extension granted. */
    deadline: date('deadline').notNull(),
    originalDeadline: date('original_deadline').notNull(),
    /** Set when the deadline was given in working days from the issue date (calendar module). */
    deadlineWorkingDays: integer('deadline_working_days'),
    status: text('status', { enum: TASK_STATUSES }).notNull(),
    progressPercent: integer('progress_percent').notNull().default(0),
    acceptedAt: instant('accepted_at'),
    lastReportedAt: instant('last_reported_at'),
    /** The Vietnamese date the agency reported completion: what timeliness is measured by. */
    completionReportedOn: date('completion_reported_on'),
    confirmedAt: instant('confirmed_at'),
    /** Folded code, title and content for diacritic-insensitive search. */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('tasks_seq_uq').on(t.conclusionId, t.seq),
    index('tasks_code_idx').on(t.provinceCode, t.code),
    index('tasks_status_deadline_idx').on(t.provinceCode, t.status, t.deadline),
    index('tasks_lead_idx').on(t.leadAgencyId),
    index('tasks_lead_unit_idx').on(t.leadUnitCode),
    index('tasks_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Cơ quan phối hợp — the coordinating agencies of a task. */
export const taskCoordinators = oversightSchema.table(
  'task_coordinators',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    agencyId: uuid('agency_id').notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.agencyId] }),
    index('task_coordinators_agency_idx').on(t.agencyId),
  ],
);

/**
 * An attachment of a report: a file uploaded to the task (`fileId`, stored content-addressed by
 * platform/files, ADR 0006), or a reference to a document kept elsewhere (a URL or registry number).
 */
export interface AttachmentRef {
  name: string;
  reference: string;
  fileId?: string;
}

/** A file uploaded to a task by its lead agency, for its reports; served only to the task's readers. */
export const taskFiles = oversightSchema.table(
  'task_files',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    provinceCode: text('province_code').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: instant('uploaded_at').notNull(),
  },
  (t) => [index('task_files_task_idx').on(t.taskId)],
);

export const REPORT_KINDS = ['progress', 'completion'] as const;
export const REVIEW_OUTCOMES = ['confirmed', 'reopened'] as const;

/**
 * Báo cáo tiến độ / báo cáo hoàn thành — a report of the lead agency; a completion report carries the
 * issuer's review (confirmed, or reopened with a note).
 */
export const taskReports = oversightSchema.table(
  'task_reports',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    percent: integer('percent').notNull(),
    text: text('text').notNull(),
    attachments: jsonb('attachments').$type<AttachmentRef[]>().notNull().default([]),
    reporterId: uuid('reporter_id'),
    reporterName: text('reporter_name').notNull(),
    reportedAt: instant('reported_at').notNull(),
    reportedOn: date('reported_on').notNull(),
    review: text('review', { enum: REVIEW_OUTCOMES }),
    reviewNote: text('review_note'),
    reviewerId: uuid('reviewer_id'),
    reviewerName: text('reviewer_name'),
    reviewedAt: instant('reviewed_at'),
  },
  (t) => [index('task_reports_task_idx').on(t.taskId, t.reportedAt)],
);

export const EXTENSION_STATUSES = ['pending', 'granted', 'refused'] as const;

/** Đề nghị gia hạn — a request to move a task's deadline, decided by the issuer; as many as needed, one open. */
export const taskExtensions = oversightSchema.table(
  'task_extensions',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    provinceCode: text('province_code').notNull(),
    previousDeadline: date('previous_deadline').notNull(),
    requestedDeadline: date('requested_deadline').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: EXTENSION_STATUSES }).notNull(),
    requesterId: uuid('requester_id'),
    requesterName: text('requester_name').notNull(),
    requestedAt: instant('requested_at').notNull(),
    /** The deadline granted (the issuer may grant another date than the one asked). */
    grantedDeadline: date('granted_deadline'),
    decisionNote: text('decision_note'),
    deciderId: uuid('decider_id'),
    deciderName: text('decider_name'),
    decidedAt: instant('decided_at'),
  },
  (t) => [
    index('task_extensions_task_idx').on(t.taskId, t.requestedAt),
    uniqueIndex('task_extensions_one_pending_uq').on(t.taskId).where(sql`status = 'pending'`),
  ],
);

/** `feedback` is a PAKN or complaint of the feedback module (its stable link kind). */
export const LINK_KINDS = ['dossier', 'feedback', 'target', 'investment_project'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * A task's pointer at a record of another module (a dossier, a PAKN or complaint, a target, an investment
 * project), by kind and that module's id or code; resolved through the owning module's public API
 * (link-resolver.ts).
 */
export const taskLinks = oversightSchema.table(
  'task_links',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: LINK_KINDS }).notNull(),
    reference: text('reference').notNull(),
    note: text('note'),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [uniqueIndex('task_links_uq').on(t.taskId, t.kind, t.reference)],
);
