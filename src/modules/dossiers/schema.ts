/**
 * The dossiers module's tables (schema `dossiers`). Every table of a province's records carries
 * `province_code`; instants are timestamptz, dates `date`, money integer đồng (STYLE.md, Data).
 *
 * `dossiers` holds, per dossier, what the figures of reports (issue 7) need in
 * columns (channel, receiving/competent unit, procedure code + version, field, received/appointment/finished
 * instants, outcome, on-time under both measures, supplement count, postal return, e-result, paid online) and
 * the statutory clock's events in `clock`, so every figure can be recomputed. `events` is the outbox: one row
 * per transition, in commit order by `seq`. Other modules read these only through the views of read-model.ts.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const dossiersSchema = pgSchema('dossiers');

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** PostgreSQL's 64-bit transaction id (`xid8`), read as a decimal string. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/** Hồ sơ thủ tục hành chính — one dossier, from submission to the returned result. */
export const dossiers = dossiersSchema.table(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    /** Mã số hồ sơ (RULES.md §1.4), given at reception; null while submitted or refused at reception. */
    code: text('code'),
    /**
     * Số tham chiếu nộp hồ sơ — the reference given at submission (before the code exists), with which the
     * applicant follows the dossier from the first minute (issue 15 §3; ADR 0023).
     */
    submissionRef: text('submission_ref'),
    /** SHA-256 of the tracking secret: look-ups compare hashes in constant time (track-dossier.ts). */
    trackingSecretHash: text('tracking_secret_hash'),
    /**
     * The tracking secret itself, shown to the applicant's own account and the officials who see the dossier,
     * printed on Form 01 and sent in the notices (ADR 0023: a read-only capability, not a password).
     */
    trackingSecret: text('tracking_secret'),
    status: text('status').notNull(),
    /** in_person | online | post (portal KenhThucHien 1 / 2 / 3). */
    channel: text('channel').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    /** The version the dossier was received under (issue 5 §1), kept whatever came after it. */
    procedureVersionId: uuid('procedure_version_id').notNull(),
    procedureVersionNo: integer('procedure_version_no').notNull(),
    procedureName: text('procedure_name').notNull(),
    field: text('field').notNull(),
    publicationId: uuid('publication_id'),
    receivingAgencyId: uuid('receiving_agency_id'),
    receivingUnitCode: text('receiving_unit_code'),
    competentAgencyId: uuid('competent_agency_id'),
    competentUnitCode: text('competent_unit_code'),
    /** The citizen account that applied online (null for counter and postal dossiers without an account). */
    applicantUserId: uuid('applicant_user_id'),
    applicantName: text('applicant_name').notNull(),
    /** Name, identity number, phone, e-mail, address as declared. */
    applicant: jsonb('applicant').notNull(),
    /** The commune the matter concerns: routes commune-level procedures (Decree 118/2025, RULES.md §1.2). */
    subjectUnitCode: text('subject_unit_code'),
    /** Declared data of the procedure's form. */
    declared: jsonb('declared').notNull(),
    /** The declaration filled in the procedure version's e-form, valid against its schema (issue 16 §1). */
    declaration: jsonb('declaration').$type<Record<string, unknown>>(),
    /** Legal submission time: online submission, counter reception, postal hand-over record signed. */
    submittedAt: instant('submitted_at').notNull(),
    receivedAt: instant('received_at'),
    countingFrom: instant('counting_from'),
    /** Ngày hẹn trả on the receipt (Form 01). */
    appointmentAt: instant('appointment_at'),
    /** The current due instant: after restarts and the extension (Form 04). */
    dueAt: instant('due_at'),
    durationAmount: doublePrecision('duration_amount'),
    durationUnit: text('duration_unit'),
    /** The statutory clock (calendar module): its events, to recompute every figure. */
    clock: jsonb('clock'),
    /** The internal workflow's steps as at reception: later edits do not move a dossier in progress. */
    workflow: jsonb('workflow').notNull(),
    currentStep: integer('current_step'),
    currentAgencyId: uuid('current_agency_id'),
    currentUnitCode: text('current_unit_code'),
    currentRole: text('current_role'),
    stepSince: instant('step_since'),
    stepDeadline: instant('step_deadline'),
    /** End of processing (the portal's NgayKetThucXuLy): approval, refusal, stop or withdrawal. */
    finishedAt: instant('finished_at'),
    returnedAt: instant('returned_at'),
    /** approved | refused | stopped | withdrawn | rejected (refused at reception). */
    outcome: text('outcome'),
    /** early | on_time | late by Circular 01/2018 art. 13 indicator 1, at finish. */
    timeliness: text('timeliness'),
    onTimeIndicator: boolean('on_time_indicator'),
    /** The national portal's rule (RULES.md §1.5), at finish. */
    onTimePortal: boolean('on_time_portal'),
    supplementCount: integer('supplement_count').notNull().default(0),
    supplementMinutes: integer('supplement_minutes').notNull().default(0),
    extended: boolean('extended').notNull().default(false),
    /** counter | online | post: how the result goes back (Decision 45/2016 for post). */
    resultMethod: text('result_method').notNull(),
    postalTrackingNumber: text('postal_tracking_number'),
    /** An electronic result document was issued (Decision 766 indicator 4.1). */
    eResult: boolean('e_result').notNull().default(false),
    resultFile: jsonb('result_file'),
    feeTotalDong: bigint('fee_total_dong', { mode: 'number' }).notNull().default(0),
    paidAt: instant('paid_at'),
    paidOnline: boolean('paid_online').notNull().default(false),
    paymentMethod: text('payment_method'),
    paymentReference: text('payment_reference'),
    reconciledAt: instant('reconciled_at'),
    version: integer('version').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('dossiers_code_uq').on(t.code),
    uniqueIndex('dossiers_submission_ref_uq').on(t.submissionRef),
    index('dossiers_province_received_idx').on(t.provinceCode, t.receivedAt),
    index('dossiers_current_agency_idx').on(t.currentAgencyId, t.status),
    index('dossiers_receiving_agency_idx').on(t.receivingAgencyId, t.status),
    index('dossiers_status_idx').on(t.provinceCode, t.status),
    index('dossiers_applicant_idx').on(t.applicantUserId),
    // Approved dossiers still waiting for their result document (the issue-results job's sweep).
    index('dossiers_pending_result_idx')
      .on(t.finishedAt)
      .where(sql`${t.outcome} = 'approved' and not ${t.eResult}`),
  ],
);

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Form 06, Circular 03/2025) — one row per step visit: who received
 * it and when, who gave it on and when, and the step's result (early / on time / late) against its allotted time.
 */
export const visits = dossiersSchema.table(
  'visits',
  {
    dossierId: uuid('dossier_id').notNull(),
    seq: integer('seq').notNull(),
    provinceCode: text('province_code').notNull(),
    stepPosition: integer('step_position').notNull(),
    stepName: text('step_name').notNull(),
    role: text('role'),
    agencyId: uuid('agency_id'),
    unitCode: text('unit_code'),
    receivedAt: instant('received_at').notNull(),
    receivedBy: text('received_by').notNull(),
    receivedById: uuid('received_by_id'),
    givenAt: instant('given_at'),
    givenBy: text('given_by'),
    givenById: uuid('given_by_id'),
    /** What ended the visit: forward, return, approve, refuse, stop, withdraw, return_result … */
    action: text('action'),
    allottedAmount: doublePrecision('allotted_amount'),
    allottedUnit: text('allotted_unit'),
    deadlineAt: instant('deadline_at'),
    /** early | on_time | late, once the visit has ended. */
    timeliness: text('timeliness'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.seq] })],
);

/** The outbox of transitions: one row per state change, in commit order, for reports and notifications. */
export const events = dossiersSchema.table(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id').notNull(),
    provinceCode: text('province_code').notNull(),
    /** submitted, received, supplement_requested, rejected, forwarded, … (see transitions.ts). */
    type: text('type').notNull(),
    at: instant('at').notNull(),
    /** The dossier's status after the transition. */
    status: text('status').notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    payload: jsonb('payload').notNull(),
    /**
     * The writing transaction: `seq` values commit out of order, so reports consume every event whose
     * transaction ended before the oldest one still running (pg_snapshot_xmin), never skipping one (ADR 0012).
     */
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('events_dossier_idx').on(t.dossierId, t.seq),
    index('events_province_idx').on(t.provinceCode, t.seq),
    index('events_tx_idx').on(t.txId),
  ],
);

/** Thành phần hồ sơ — documents of a dossier: uploaded, scanned at the counter, supplements, the result. */
export const documents = dossiersSchema.table(
  'documents',
  {
    dossierId: uuid('dossier_id').notNull(),
    position: integer('position').notNull(),
    provinceCode: text('province_code').notNull(),
    name: text('name').notNull(),
    /** submitted | scan | supplement | result */
    kind: text('kind').notNull(),
    /** The content-addressed file (platform files), when a file is attached. */
    fileId: text('file_id'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    addedAt: instant('added_at').notNull(),
    addedBy: text('added_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.position] })],
);

/** Lấy ý kiến — a consultation of another agency, with its own deadline (Decree 61 art. 19). */
export const consultations = dossiersSchema.table(
  'consultations',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id').notNull(),
    provinceCode: text('province_code').notNull(),
    agencyId: uuid('agency_id').notNull(),
    unitCode: text('unit_code').notNull(),
    content: text('content').notNull(),
    requestedAt: instant('requested_at').notNull(),
    requestedBy: text('requested_by').notNull(),
    deadlineAt: instant('deadline_at').notNull(),
    answeredAt: instant('answered_at'),
    answeredBy: text('answered_by'),
    answer: text('answer'),
  },
  (t) => [
    index('consultations_dossier_idx').on(t.dossierId),
    index('consultations_agency_idx').on(t.agencyId),
  ],
);

/** Phí, lệ phí charged on a dossier, from the province's publication at reception (Decree 61 art. 22). */
export const fees = dossiersSchema.table(
  'fees',
  {
    dossierId: uuid('dossier_id').notNull(),
    position: integer('position').notNull(),
    provinceCode: text('province_code').notNull(),
    name: text('name').notNull(),
    amountDong: bigint('amount_dong', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.position] })],
);

/** The citizen's rating on the nine indicators of Circular 01/2018 art. 12–13, each 0, 1 or 2. */
export const ratings = dossiersSchema.table('ratings', {
  dossierId: uuid('dossier_id').primaryKey(),
  provinceCode: text('province_code').notNull(),
  scores: smallint('scores').array().notNull(),
  comment: text('comment'),
  ratedAt: instant('rated_at').notNull(),
});

/** The daily sequence of dossier codes per receiving agency (XXXX in RULES.md §1.4). */
export const codeCounters = dossiersSchema.table(
  'code_counters',
  {
    agencyCode: text('agency_code').notNull(),
    day: date('day').notNull(),
    provinceCode: text('province_code').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day] })],
);

/** Idempotency-Key of a submission: a retry returns the stored answer instead of a second dossier. */
export const idempotencyKeys = dossiersSchema.table(
  'idempotency_keys',
  {
    /** Who sent it: a user id, or `anonymous`. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Failed tracking look-ups per client address, for rate limiting (codes cannot be enumerated). */
export const trackFailures = dossiersSchema.table(
  'track_failures',
  {
    ip: text('ip').notNull(),
    at: instant('at').notNull(),
  },
  (t) => [index('track_failures_ip_idx').on(t.ip, t.at)],
);

/**
 * Files a user uploaded for a dossier they are preparing: a submission may attach only its own uploads, so a
 * content hash learnt elsewhere cannot pull another user's file into one's dossier (issue 6 §6).
 */
export const uploads = dossiersSchema.table(
  'uploads',
  {
    userId: uuid('user_id').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    uploadedAt: instant('uploaded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sha256] })],
);

/**
 * Sổ đăng ký văn bản đi — an agency's register of issued result documents, one counter per agency and year
 * (Decree 30/2020 art. 15: numbers run from 01 on 1 January; unique per body per year; e-documents numbered by
 * the system). The counter row is taken under its row lock in the issuing transaction, so a number is used
 * only if its document is issued: no gaps, no duplicates (result-register.ts).
 */
export const resultRegisters = dossiersSchema.table(
  'result_registers',
  {
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    provinceCode: text('province_code').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);

/**
 * A result document issued for a dossier (issue 16 §3): its number in the agency's register, the verification
 * code printed beside the QR, the signed file, and who signed it with which title at signing time. What the
 * public verification page answers from (issue 16 §4), without the applicant's personal data.
 */
export const resultDocuments = dossiersSchema.table(
  'result_documents',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id').notNull().unique(),
    provinceCode: text('province_code').notNull(),
    agencyId: uuid('agency_id').notNull(),
    agencyName: text('agency_name').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    /** As printed: "15/2026/GKS-UBND" or, for a civil-status book, with its book ("Quyển số 01/2026"). */
    numberText: text('number_text').notNull(),
    verificationCode: text('verification_code').notNull().unique(),
    /** birth_certificate | marriage_certificate | certified_copy | refusal | generic | uploaded */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dossierCode: text('dossier_code'),
    sha256: text('sha256').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title'),
    issuedAt: instant('issued_at').notNull(),
  },
  (t) => [uniqueIndex('result_documents_number_uq').on(t.agencyId, t.year, t.number)],
);
