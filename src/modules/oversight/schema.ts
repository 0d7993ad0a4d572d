/**
 * The oversight module's tables (issue 8): meetings of a body, the conclusion notices and directives issued
 * from them, the tasks they give agencies, the agencies' reports, extension requests, links to other records,
 * the escalation ladder, the escalation steps recorded, and the in-app notices they raise.
 * Every table carries `province_code` (STYLE.md, Data); agencies are referenced by id (units module).
 */
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const oversightSchema = pgSchema('oversight');

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

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

export const AUDIENCES = ['agency', 'agency_head', 'issuer'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * A province's escalation ladder (thang đôn đốc), data an administrator changes: each step fires a given
 * number of working days from the deadline (negative = before it) and notifies an audience. A province
 * without rows uses the default ladder (escalation-ladder.ts).
 */
export const ladderSteps = oversightSchema.table(
  'ladder_steps',
  {
    provinceCode: text('province_code').notNull(),
    step: text('step').notNull(),
    offsetWorkingDays: integer('offset_working_days').notNull(),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.step] })],
);

/**
 * A ladder step recorded for a task: once per task, step and deadline (the key makes the job idempotent;
 * an extension gives the task a new deadline and so a new ladder).
 */
export const escalations = oversightSchema.table(
  'escalations',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    provinceCode: text('province_code').notNull(),
    step: text('step').notNull(),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    deadline: date('deadline').notNull(),
    /** Working days from the deadline to the day it fired (negative before the deadline). */
    workingDaysFromDeadline: integer('working_days_from_deadline').notNull(),
    firedOn: date('fired_on').notNull(),
    firedAt: instant('fired_at').notNull(),
  },
  (t) => [
    uniqueIndex('escalations_step_uq').on(t.taskId, t.step, t.deadline),
    index('escalations_province_idx').on(t.provinceCode, t.firedAt),
  ],
);

export const NOTICE_KINDS = [
  'escalation',
  'extension_requested',
  'extension_decided',
  'completion_reported',
  'completion_reviewed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * An in-app notice (no e-mail here) for an audience of a unit: the lead agency's officials, its head, or
 * the issuing leaders. `params` holds what the UI needs to word it in the reader's language.
 */
export const notices = oversightSchema.table(
  'notices',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    /** The unit whose officials the audience is drawn from. */
    unitCode: text('unit_code').notNull(),
    /** For agency audiences: the agency, so officials of one agency see only theirs. */
    agencyId: uuid('agency_id'),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    escalationId: uuid('escalation_id').references(() => escalations.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('notices_unit_idx').on(t.provinceCode, t.unitCode, t.createdAt),
    index('notices_task_idx').on(t.taskId),
  ],
);

/** Who has read a notice. */
export const noticeReads = oversightSchema.table(
  'notice_reads',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    userId: uuid('user_id').notNull(),
    readAt: instant('read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.userId] })],
);
