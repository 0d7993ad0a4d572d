/** The zod shapes of the feedback API's answers (the OpenAPI document is generated from them). */
import { z } from 'zod';
import { emailAddress, phoneNumber } from '../../platform/http/contact-schema.js';
import { calendarDate } from '../../platform/http/input-schemas.js';
import { UNIT_LEVELS } from '../units/index.js';
import { CASE_KINDS, FIELDS, STATUSES, SUBJECTS, VOTES } from './model.js';

export const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
export const unitCode = z.string().regex(/^\d{2}$|^\d{5}$/, 'a 2-digit province or 5-digit commune code');
export const caseCode = z
  .string()
  .max(40)
  .regex(/^(PA|KN|TC)-\d{2}-\d{6}-\d{4,}$/, 'a case code like PA-04-250312-0007');
export const periodLabel = z
  .string()
  .max(10)
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'YYYY, YYYY-Qn or YYYY-MM');
export const idParam = z.strictObject({ id: z.uuid() });
export const codeParam = z.strictObject({ code: caseCode });
export const version = z.number().int().min(1).max(1_000_000);
export const page = z.coerce.number().int().min(1).max(100000).default(1);
export const pageSize = z.coerce.number().int().min(1).max(200).default(20);
/** A query flag: `true` / `false`. */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const event = z.object({
  at: z.date(),
  action: z.string(),
  actorLabel: z.string(),
  note: z.string().nullable(),
  data: z.unknown(),
});

export const deadlineSchema = z.object({
  step: z.string(),
  amount: z.number(),
  unit: z.string(),
  startedAt: z.date(),
  dueAt: z.date(),
  doneAt: z.date().nullable(),
  extensions: z.number(),
  state: z.enum(['running', 'paused', 'overdue', 'on_time', 'late', 'cancelled']),
  source: z.string(),
});

export const caseViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(CASE_KINDS),
  channel: z.string(),
  subject: z.string().nullable(),
  field: z.string(),
  title: z.string(),
  content: z.string(),
  publicTitle: z.string(),
  publicContent: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  mediaUrl: z.string().nullable(),
  agency: z.object({ id: z.string(), name: z.string(), unitCode: z.string(), unitName: z.string() }),
  status: z.enum(STATUSES),
  closed: z.boolean(),
  level: z.number(),
  previousCaseCode: z.string().nullable(),
  repeated: z.boolean(),
  complex: z.boolean(),
  remoteArea: z.boolean(),
  multiPlace: z.boolean(),
  decisionKnownOn: z.string().nullable(),
  obstacleDays: z.number(),
  receivedAt: z.date(),
  acceptedAt: z.date().nullable(),
  answeredAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  answer: z.string().nullable(),
  publicAnswer: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  refusalReason: z.string().nullable(),
  oversightRequestedAt: z.date().nullable(),
  deadlines: z.array(deadlineSchema),
  currentDue: z.date().nullable(),
  overdue: z.boolean(),
  events: z.array(event),
  assignees: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  assignedToMe: z.boolean(),
  submitter: z
    .object({
      fullName: z.string().nullable(),
      idNumber: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      externalAccount: z.string().nullable(),
      hasAccount: z.boolean(),
    })
    .nullable(),
  confidentialIdentity: z.boolean(),
  mayRevealDenouncer: z.boolean(),
  likes: z.number(),
  dislikes: z.number(),
  version: z.number(),
});

/** What every listing of a case shows, whoever reads it. */
const caseHead = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.enum(STATUSES),
  closed: z.boolean(),
  field: z.string(),
  title: z.string(),
});

export const ownCaseSchema = caseHead.extend({
  content: z.string(),
  agencyName: z.string(),
  receivedAt: z.date(),
  currentDue: z.date().nullable(),
  answer: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  answeredAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  refusalReason: z.string().nullable(),
  events: z.array(event),
  version: z.number(),
});

export const listItemSchema = caseHead.extend({
  unitCode: z.string(),
  unitName: z.string(),
  agencyName: z.string(),
  receivedAt: z.date(),
  currentStep: z.string().nullable(),
  currentDue: z.date().nullable(),
  overdue: z.boolean(),
  assignedToMe: z.boolean(),
});

export const myItemSchema = caseHead.extend({
  agencyName: z.string(),
  receivedAt: z.date(),
  answeredAt: z.date().nullable(),
});

export const publishedSchema = z.object({
  code: z.string(),
  field: z.string(),
  title: z.string(),
  content: z.string(),
  answer: z.string(),
  agencyName: z.string(),
  unitName: z.string(),
  communeName: z.string().nullable(),
  receivedAt: z.date(),
  answeredAt: z.date(),
  publishedAt: z.date(),
  likes: z.number(),
  dislikes: z.number(),
  myVote: z.enum(VOTES).nullable(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

const countRow = z.object({
  key: z.string(),
  current: z.number(),
  previous: z.number(),
  change: z.number().nullable(),
});
const indicator = z.object({
  code: z.enum(['5.2', '5.3']),
  portalCode: z.enum(['PETITION_PROCESSING_ON_TIME', 'PETITION_HANDLING_SATISFACTION']),
  maxPoints: z.number(),
  formula: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  ratio: z.number().nullable(),
  points: z.number().nullable(),
  parts: z.record(z.string(), z.number()),
});

export const reportSchema = z.object({
  provinceCode: z.string(),
  units: z.array(z.string()).nullable(),
  level: z.enum(UNIT_LEVELS).nullable(),
  period: z.object({ label: z.string(), from: z.string(), to: z.string() }),
  previousPeriod: z.object({ label: z.string(), from: z.string(), to: z.string() }),
  measuredAt: z.date(),
  total: countRow,
  byKind: z.array(countRow),
  byField: z.array(countRow),
  byUnit: z.array(countRow.extend({ unitName: z.string() })),
  byMonth: z.array(
    z.object({ month: z.string(), pakn: z.number(), complaint: z.number(), denunciation: z.number() }),
  ),
  onTimeByKind: z.array(
    z.object({
      kind: z.enum(CASE_KINDS),
      cases: z.number(),
      late: z.number(),
      onTime: z.number(),
      rate: z.number().nullable(),
    }),
  ),
  onTimeBySteps: z.array(
    z.object({
      kind: z.enum(CASE_KINDS),
      step: z.string(),
      measured: z.number(),
      onTime: z.number(),
      late: z.number(),
      rate: z.number().nullable(),
    }),
  ),
  indicators766: z.array(indicator),
});

export const ruleSchema = z.object({
  id: z.string(),
  kind: z.enum(CASE_KINDS),
  step: z.string(),
  variant: z.string(),
  amount: z.number(),
  unit: z.string(),
  maxCount: z.number().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  confidence: z.string(),
});

export const keySchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  name: z.string(),
  keyPrefix: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** What a citizen, a counter or the post files (issue 10 §1). */
export const intakeBody = z.strictObject({
  provinceCode,
  kind: z.enum(CASE_KINDS),
  /** The portal (default), or an official registering what a counter or the post received. */
  channel: z.enum(['portal', 'counter', 'post']).default('portal'),
  field: z.enum(FIELDS),
  subject: z.enum(SUBJECTS).optional(),
  title: z.string().trim().min(3).max(200),
  content: z.string().trim().min(10).max(4000),
  communeCode: z
    .string()
    .regex(/^\d{5}$/, 'a 5-digit commune code')
    .optional(),
  address: z.string().trim().max(300).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  mediaUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  agencyId: z.uuid().optional(),
  person: z
    .strictObject({
      fullName: z.string().trim().max(100).optional(),
      idNumber: z
        .string()
        .trim()
        .regex(/^(\d{9}|\d{12})$/, '12-digit personal number or 9-digit identity card')
        .optional(),
      phone: phoneNumber.optional(),
      email: emailAddress.optional(),
      address: z.string().trim().max(300).optional(),
    })
    .optional(),
  decisionKnownOn: calendarDate.optional(),
  obstacleDays: z.number().int().min(0).max(365).optional(),
  remoteArea: z.boolean().optional(),
  previousCaseCode: caseCode.optional(),
  multiPlace: z.boolean().optional(),
});

export const changedSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.enum(STATUSES),
  version: z.number(),
});
/** The answer to every handling step: what changed, and the case as the actor now sees it. */
export const stepAnswer = z.object({ changed: changedSchema, case: caseViewSchema.nullable() });

export const submittedSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.literal('received'),
  receivedAt: z.date(),
  agency: z.object({ id: z.string(), name: z.string(), unitCode: z.string() }),
  firstStep: z.object({ step: z.string(), dueAt: z.date() }),
  limitation: z.object({ endsAt: z.date(), expired: z.boolean() }).nullable(),
  trackingKey: z.string().nullable(),
});
