/** Zod schemas of the dossiers API: bodies are strict, every string and array bounded; responses described. */
import { z } from 'zod';
import { emailAddress, phoneNumber } from '../../platform/http/contact-schema.js';
import { calendarDate, instant } from '../../platform/http/input-schemas.js';
import { CHANNELS, RESULT_METHODS, STATUSES } from './model.js';
import { OP_TYPES } from './operations.js';
import { PAYMENT_METHODS } from './processing.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = calendarDate;
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a file id returned by the upload');

export const applicantSchema = z.strictObject({
  name: text(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{6,20}$/, '6–20 digits or capital letters')
    .optional(),
  phone: phoneNumber.optional(),
  email: emailAddress.optional(),
  address: z.string().trim().max(500).optional(),
});

export const documentSchema = z.strictObject({ name: text(500), fileId: sha256.optional() });
const documents = z.array(documentSchema).max(50);
const reasons = z.array(text(1000)).min(1).max(50);
const declared = z
  .record(z.string().max(100), z.string().max(2000))
  .refine((r) => Object.keys(r).length <= 100, 'at most 100 fields');
const fees = z
  .array(z.strictObject({ name: text(300), amountDong: z.number().int().min(0).max(1_000_000_000_000) }))
  .max(20);

export const newDossierSchema = z.strictObject({
  procedureCode: z.string().regex(/^\d{1,2}\.\d{6}$/, 'a national procedure code such as 1.001193'),
  receivingAgencyId: z.uuid(),
  subjectUnitCode: z
    .string()
    .regex(/^\d{5}$/, 'a 5-digit commune code')
    .optional(),
  applicant: applicantSchema,
  declared: declared.optional(),
  /** The e-form's data (issue 16 §1): its shape is the procedure version's JSON Schema, checked by Ajv. */
  declaration: z
    .record(z.string(), z.unknown())
    .refine((d) => JSON.stringify(d).length <= 100_000, 'at most 100,000 characters')
    .optional(),
  resultMethod: z.enum(RESULT_METHODS),
  documents: documents.optional(),
});

export const decisionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('complete'), fees: fees.optional() }),
  z.strictObject({ kind: z.literal('incomplete'), missing: reasons }),
  z.strictObject({ kind: z.literal('refused'), reasons }),
]);

export const counterSchema = newDossierSchema.extend({
  channel: z.enum(['in_person', 'post']),
  /** Post: when the postal hand-over record was signed (Decision 45/2016). */
  handedOverAt: instant.optional(),
  decision: decisionSchema,
});

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('resubmit'), documents }),
  z.strictObject({ type: z.literal('forward'), note: z.string().trim().max(1000).optional() }),
  z.strictObject({ type: z.literal('return_step'), note: text(1000) }),
  z.strictObject({
    type: z.literal('consult'),
    agencyId: z.uuid(),
    content: text(2000),
    deadlineDate: isoDate,
  }),
  z.strictObject({ type: z.literal('answer_consultation'), consultationId: z.uuid(), answer: text(4000) }),
  z.strictObject({ type: z.literal('request_supplement'), missing: reasons }),
  z.strictObject({ type: z.literal('provide_supplement'), documents }),
  z.strictObject({
    type: z.literal('refuse'),
    reasons,
    /** The provision the dossier fails, printed on the written refusal beside Decree 61 art. 19. */
    legalBasis: z.string().trim().max(1000).optional(),
  }),
  z.strictObject({ type: z.literal('approve'), note: z.string().trim().max(1000).optional() }),
  z.strictObject({ type: z.literal('extend'), newDueDate: isoDate, reason: text(2000) }),
  z.strictObject({ type: z.literal('stop'), reason: text(2000) }),
  z.strictObject({ type: z.literal('withdraw'), reason: z.string().trim().max(1000).optional() }),
  z.strictObject({ type: z.literal('reissue_tracking_secret') }),
  z.strictObject({
    type: z.literal('return_result'),
    method: z.enum(RESULT_METHODS),
    postalTrackingNumber: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{6,30}$/i)
      .optional(),
  }),
  z.strictObject({
    type: z.literal('record_payment'),
    method: z.enum(PAYMENT_METHODS),
    reference: z.string().trim().max(100).optional(),
  }),
  z.strictObject({
    type: z.literal('rate'),
    scores: z.array(z.number().int().min(0).max(2)).length(9),
    comment: z.string().trim().max(2000).optional(),
  }),
]);

export const scoresSchema = z.array(z.number().int().min(0).max(2)).length(9);

const status = z.enum(STATUSES);
const when = z.date();

export const listItemSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  submissionRef: z.string().nullable(),
  status,
  statusLabel: z.string(),
  channel: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  submittedAt: when,
  receivedAt: when.nullable(),
  dueAt: when.nullable(),
  currentStep: z.number().nullable(),
  currentRole: z.string().nullable(),
  stepSince: when.nullable(),
  version: z.number(),
});

export const pageSchema = z.object({
  items: z.array(listItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const agencyRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const dossierSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  code: z.string().nullable(),
  submissionRef: z.string().nullable(),
  status,
  statusLabel: z.string(),
  channel: z.enum(CHANNELS),
  portalChannel: z.number(),
  procedure: z.object({ code: z.string(), versionNo: z.number(), name: z.string(), field: z.string() }),
  receivingAgency: agencyRef,
  competentAgency: agencyRef,
  applicant: z.object({
    name: z.string(),
    idNumber: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  }),
  isApplicant: z.boolean(),
  declared: z.record(z.string(), z.string()),
  personalData: z.boolean(),
  declaration: z
    .object({
      data: z.record(z.string(), z.unknown()),
      form: z.object({
        legalSource: z.string(),
        schema: z.record(z.string(), z.unknown()),
        uiSchema: z.record(z.string(), z.unknown()),
      }),
    })
    .nullable(),
  submittedAt: when,
  receivedAt: when.nullable(),
  appointmentAt: when.nullable(),
  dueAt: when.nullable(),
  finishedAt: when.nullable(),
  returnedAt: when.nullable(),
  outcome: z.string().nullable(),
  timeliness: z.string().nullable(),
  onTimeIndicator: z.boolean().nullable(),
  onTimePortal: z.boolean().nullable(),
  supplementCount: z.number(),
  extended: z.boolean(),
  resultMethod: z.string(),
  postalTrackingNumber: z.string().nullable(),
  eResult: z.boolean(),
  feeTotalDong: z.number(),
  fees: z.array(z.object({ name: z.string(), amountDong: z.number() })),
  paidAt: when.nullable(),
  paidOnline: z.boolean(),
  paymentMethod: z.string().nullable(),
  version: z.number(),
  currentStep: z
    .object({
      position: z.number(),
      name: z.string(),
      role: z.string().nullable(),
      agencyName: z.string().nullable(),
      since: when.nullable(),
      deadline: when.nullable(),
    })
    .nullable(),
  clock: z
    .object({
      state: z.string(),
      due: z.string(),
      remainingMinutes: z.number(),
      measure: z.string(),
      indicator: z.string(),
      portalOnTime: z.boolean(),
    })
    .nullable(),
  controlSlip: z.array(
    z.object({
      seq: z.number(),
      stepPosition: z.number(),
      stepName: z.string(),
      role: z.string().nullable(),
      agencyName: z.string().nullable(),
      receivedAt: when,
      receivedBy: z.string(),
      givenAt: when.nullable(),
      givenBy: z.string().nullable(),
      action: z.string().nullable(),
      deadlineAt: when.nullable(),
      timeliness: z.enum(['early', 'on_time', 'late']).nullable(),
      note: z.string().nullable(),
    }),
  ),
  history: z.array(
    z.object({
      seq: z.number(),
      type: z.string(),
      at: when,
      status,
      statusLabel: z.string(),
      actorLabel: z.string(),
      payload: z.unknown(),
      details: z.array(z.string()),
    }),
  ),
  documents: z.array(
    z.object({
      position: z.number(),
      name: z.string(),
      kind: z.string(),
      fileName: z.string().nullable(),
      mediaType: z.string().nullable(),
      sizeBytes: z.number().nullable(),
      hasFile: z.boolean(),
      addedAt: when,
    }),
  ),
  consultations: z.array(
    z.object({
      id: z.string(),
      agencyName: z.string().nullable(),
      content: z.string(),
      requestedAt: when,
      deadlineAt: when,
      answeredAt: when.nullable(),
      answer: z.string().nullable(),
    }),
  ),
  rating: z.object({ scores: z.array(z.number()), ratedAt: when }).nullable(),
  actions: z.array(z.enum(OP_TYPES as [string, ...string[]])),
  /** The secret that opens public tracking (ADR 0023), for the applicant and the officials who see the dossier. */
  trackingSecret: z.string().nullable().optional(),
});

export const outcomeSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  status: z.string(),
  version: z.number(),
  trackingSecret: z.string().nullable(),
});

export const trackingSchema = z.object({
  code: z.string().nullable(),
  submissionRef: z.string().nullable(),
  procedureName: z.string(),
  receivingAgency: z.string().nullable(),
  status,
  statusLabel: z.string(),
  receivedAt: when.nullable(),
  appointmentAt: when.nullable(),
  dueAt: when.nullable(),
  finishedAt: when.nullable(),
  returnedAt: when.nullable(),
  extended: z.boolean(),
  resultMethod: z.string(),
  postalTrackingNumber: z.string().nullable(),
  history: z.array(
    z.object({ at: when, status, statusLabel: z.string(), type: z.string(), details: z.array(z.string()) }),
  ),
  canRate: z.boolean(),
});

export const noticeSchema = z.object({
  dossierId: z.string(),
  code: z.string().nullable(),
  submissionRef: z.string().nullable(),
  procedureName: z.string(),
  at: when,
  type: z.string(),
  status,
  statusLabel: z.string(),
  details: z.array(z.string()),
});

export const trackBody = z.strictObject({
  code: z.string().trim().min(1).max(60),
  secret: z.string().trim().min(1).max(40),
});
