import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  doublePrecision,
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
import type { DeclarationForm } from './declaration-form.js';
import type { Channel, ChannelDuration } from './duration-text.js';

export const proceduresSchema = pgSchema('procedures');

/**
 * Thủ tục hành chính — an administrative procedure of the national catalogue, by its national code (e.g.
 * 1.001193). What it says lives in immutable `versions`; this row only names the current one and its state.
 * National reference data: no province code (a province's records are the publications below).
 */
export const procedures = proceduresSchema.table('procedures', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  currentVersionId: uuid('current_version_id').notNull(),
  /** published | withdrawn (bãi bỏ) — with the dates. */
  status: text('status', { enum: ['published', 'withdrawn'] }).notNull(),
  publishedOn: date('published_on').notNull(),
  withdrawnOn: date('withdrawn_on'),
  /** Fingerprint of the export row last imported: importing the same row again changes nothing. */
  importHash: text('import_hash'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** A document a dossier needs (thành phần hồ sơ), with its form template when one is given. */
export interface DossierDocument {
  name: string;
  /** Bản chính / bản sao … as the procedure states it. */
  copies: string | null;
  required: boolean;
  /** A downloadable form template (mẫu đơn, tờ khai), when the procedure gives one. */
  templateUrl: string | null;
  templateName: string | null;
}

/**
 * One version of a procedure, never changed once written (issue 5 §1: editing creates a new version; a dossier
 * keeps the version it was received under, by this id). In force from `validFrom` until the next version.
 */
export const versions = proceduresSchema.table(
  'versions',
  {
    id: uuid('id').primaryKey(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    versionNo: integer('version_no').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** ministry | province | commune | other (Cấp thực hiện); the text as published beside it. */
    levels: text('levels').array().notNull(),
    levelsText: text('levels_text').notNull(),
    field: text('field').notNull(),
    procedureType: text('procedure_type'),
    /** Legal basis of this version: the decision publishing it (number, date) and what else it rests on. */
    legalBasisNumber: text('legal_basis_number'),
    legalBasisDate: date('legal_basis_date'),
    legalBasisText: text('legal_basis_text'),
    ministry: text('ministry'),
    implementingAgencies: text('implementing_agencies'),
    competentAuthority: text('competent_authority'),
    /** people_committee | department | pas_centre: the kind of agency that decides. */
    decidingAgencyKind: text('deciding_agency_kind'),
    applicants: text('applicants').array().notNull(),
    channels: text('channels').array().$type<Channel[]>().notNull(),
    /** Structured statutory durations per channel, each with its original text. */
    durations: jsonb('durations').$type<ChannelDuration[]>().notNull(),
    durationText: text('duration_text').notNull(),
    /** Decree 42/2022: full-process (toàn trình) or partial (một phần) online; none; null = not stated. */
    onlineLevel: text('online_level', { enum: ['full', 'partial', 'none'] }),
    documents: jsonb('documents').$type<DossierDocument[]>().notNull(),
    /** Tờ khai điện tử: the declaration form (JSON Schema + layout) of this version, or none (issue 16 §1). */
    declarationForm: jsonb('declaration_form').$type<DeclarationForm>(),
    howToText: text('how_to_text'),
    url: text('url'),
    /** import | edit */
    source: text('source', { enum: ['import', 'edit'] }).notNull(),
    sourceRef: text('source_ref'),
    validFrom: date('valid_from').notNull(),
    /** Exclusive; null while in force. */
    validTo: date('valid_to'),
    /** Folded code, name and field for diacritic-insensitive search. */
    searchText: text('search_text').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('versions_procedure_no_uq').on(t.procedureId, t.versionNo),
    index('versions_code_idx').on(t.code, t.validFrom),
    index('versions_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Phí, lệ phí per channel as the national catalogue states them, in integer đồng. Part of a version. */
export const versionFees = proceduresSchema.table(
  'version_fees',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => versions.id),
    position: integer('position').notNull(),
    channel: text('channel'),
    kind: text('kind', { enum: ['free', 'amount'] }).notNull(),
    amountDong: bigint('amount_dong', { mode: 'number' }),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.position] })],
);

/**
 * Công bố thủ tục — a province applies a procedure: who decides, which units receive, its fees and internal
 * workflow. Under Decree 118/2025 every PAS centre of the province receives by default.
 */
export const publications = proceduresSchema.table(
  'publications',
  {
    id: uuid('id').primaryKey(),
    provinceCode: text('province_code').notNull(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    status: text('status', { enum: ['published', 'withdrawn'] }).notNull(),
    publishedOn: date('published_on').notNull(),
    withdrawnOn: date('withdrawn_on'),
    /** The province's decision publishing its list of procedures (Quyết định công bố danh mục). */
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    /** A named deciding agency (a department), or null: the competent commune's People's Committee. */
    decidingAgencyId: uuid('deciding_agency_id'),
    decidingAgencyKind: text('deciding_agency_kind').notNull(),
    /** all_pas_centres (Decree 118/2025, the default) | selected (publication_receivers). */
    receiving: text('receiving', { enum: ['all_pas_centres', 'selected'] }).notNull(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('publications_province_procedure_uq').on(t.provinceCode, t.procedureId),
    index('publications_deciding_idx').on(t.provinceCode, t.decidingAgencyId),
  ],
);

export const publicationReceivers = proceduresSchema.table(
  'publication_receivers',
  {
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id),
    provinceCode: text('province_code').notNull(),
    agencyId: uuid('agency_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.publicationId, t.agencyId] })],
);

/** A fee the province charges: a fixed amount, a table of amounts, or an exemption. Money is integer đồng. */
export const publicationFees = proceduresSchema.table(
  'publication_fees',
  {
    id: uuid('id').primaryKey(),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => publications.id),
    provinceCode: text('province_code').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['fixed', 'table', 'exemption'] }).notNull(),
    name: text('name').notNull(),
    /** fixed: the amount; table, exemption: null. */
    amountDong: bigint('amount_dong', { mode: 'number' }),
    /** What one amount is for: per dossier, per copy … */
    per: text('per'),
    /** Who or what an exemption covers, or a note. */
    note: text('note'),
    /** The fee's legal basis (e.g. a People's Council resolution). */
    basis: text('basis'),
  },
  (t) => [index('publication_fees_publication_idx').on(t.publicationId)],
);

/** The rows of a fee table (biểu phí): a label and an amount in đồng. */
export const feeTableRows = proceduresSchema.table(
  'fee_table_rows',
  {
    feeId: uuid('fee_id')
      .notNull()
      .references(() => publicationFees.id),
    provinceCode: text('province_code').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    amountDong: bigint('amount_dong', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.feeId, t.position] })],
);

/** Quy trình nội bộ — a province's internal workflow for one published procedure. */
export const workflows = proceduresSchema.table('workflows', {
  id: uuid('id').primaryKey(),
  publicationId: uuid('publication_id')
    .notNull()
    .unique()
    .references(() => publications.id),
  provinceCode: text('province_code').notNull(),
  /** commune_decides | department_decides | inter_agency | custom */
  template: text('template').notNull(),
  /** draft | published: only a workflow that passes the checks is published (issue 5 §6). */
  status: text('status', { enum: ['draft', 'published'] }).notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  version: integer('version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** One step: a name, who is responsible (a role, at an agency), and its allotted time in calendar units. */
export const workflowSteps = proceduresSchema.table(
  'workflow_steps',
  {
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id),
    provinceCode: text('province_code').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    role: text('role'),
    /** receiving_centre | deciding_agency | agency (then agency_id names it). */
    agencyRef: text('agency_ref').notNull(),
    agencyId: uuid('agency_id'),
    amount: doublePrecision('amount').notNull(),
    unit: text('unit').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workflowId, t.position] })],
);
