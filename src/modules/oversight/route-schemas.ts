/** The zod shapes of the oversight API shared by its routes: inputs with limits, and answers. */
import { z } from 'zod';
import { calendarDate } from '../../platform/http/input-schemas.js';
import { DUE_STATES } from './due-state.js';
import { LADDER_LIMITS } from './ladder.js';
import {
  AUDIENCES,
  CONCLUSION_KINDS,
  EXTENSION_STATUSES,
  LINK_KINDS,
  NOTICE_KINDS,
  PRIORITIES,
  REPORT_KINDS,
  REVIEW_OUTCOMES,
  SOURCE_KINDS,
  TASK_STATUSES,
} from './schema.js';

export const isoDate = calendarDate;
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const unitCode = z.string().regex(/^\d{2}$|^\d{5}$/, 'a 2-digit province or 5-digit commune code');
export const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
export const idParam = z.strictObject({ id: z.uuid() });
export const version = z.number().int().min(1).max(2_000_000_000);
export const text = (max: number) => z.string().trim().min(1).max(max);
export const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/** An uploaded file of the task (`fileId`, its name by default), or a named reference to a document elsewhere. */
export const attachmentInput = z.strictObject({
  name: z.string().trim().max(200).optional(),
  reference: z.string().trim().max(1000).optional(),
  fileId: z.uuid().optional(),
});
export const attachments = z.array(attachmentInput).max(20).optional();

export const taskInput = z.strictObject({
  title: text(300),
  content: text(5000),
  leadAgencyId: z.uuid(),
  coordinatingAgencyIds: z.array(z.uuid()).max(30).optional(),
  deadline: isoDate.optional(),
  deadlineWorkingDays: z.number().int().min(1).max(1000).optional(),
  priority: z.enum(PRIORITIES).optional(),
  expectedOutput: z.string().trim().max(1000).optional(),
});

export const agencyView = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unitCode: z.string(),
  kind: z.string(),
});

export const taskSummary = z.object({
  id: z.string(),
  code: z.string(),
  seq: z.number(),
  title: z.string(),
  priority: z.enum(PRIORITIES),
  status: z.enum(TASK_STATUSES),
  progressPercent: z.number(),
  deadline: z.string(),
  originalDeadline: z.string(),
  conclusion: z.object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(CONCLUSION_KINDS),
    title: z.string(),
    issuedOn: z.string(),
    issuerUnitCode: z.string(),
    issuerName: z.string(),
  }),
  leadAgency: agencyView,
  dueState: z.enum(DUE_STATES),
  workingDaysLeft: z.number().nullable(),
  workingDaysLate: z.number().nullable(),
  lastReportedAt: z.date().nullable(),
  completionReportedOn: z.string().nullable(),
  neverReported: z.boolean(),
  pendingExtension: z.boolean(),
  escalation: z.object({ step: z.string(), audience: z.enum(AUDIENCES), firedOn: z.string() }).nullable(),
  version: z.number(),
});

export const taskDetail = taskSummary.extend({
  provinceCode: z.string(),
  content: z.string(),
  expectedOutput: z.string().nullable(),
  deadlineWorkingDays: z.number().nullable(),
  acceptedAt: z.date().nullable(),
  confirmedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  coordinators: z.array(agencyView),
  reports: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(REPORT_KINDS),
      percent: z.number(),
      text: z.string(),
      attachments: z.array(
        z.object({ name: z.string(), reference: z.string(), fileId: z.string().optional() }),
      ),
      reporterName: z.string(),
      reportedAt: z.date(),
      reportedOn: z.string(),
      review: z.enum(REVIEW_OUTCOMES).nullable(),
      reviewNote: z.string().nullable(),
      reviewerName: z.string().nullable(),
      reviewedAt: z.date().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.string(),
      previousDeadline: z.string(),
      requestedDeadline: z.string(),
      reason: z.string(),
      status: z.enum(EXTENSION_STATUSES),
      requesterName: z.string(),
      requestedAt: z.date(),
      grantedDeadline: z.string().nullable(),
      decisionNote: z.string().nullable(),
      deciderName: z.string().nullable(),
      decidedAt: z.date().nullable(),
    }),
  ),
  escalations: z.array(
    z.object({
      id: z.string(),
      step: z.string(),
      audience: z.enum(AUDIENCES),
      deadline: z.string(),
      workingDaysFromDeadline: z.number(),
      firedOn: z.string(),
      firedAt: z.date(),
    }),
  ),
  links: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(LINK_KINDS),
      reference: z.string(),
      note: z.string().nullable(),
      createdBy: z.string(),
      createdAt: z.date(),
      resolution: z.discriminatedUnion('state', [
        z.object({
          state: z.literal('resolved'),
          label: z.string(),
          status: z.string().nullable(),
          date: z.string().nullable(),
          overdue: z.boolean(),
          progress: z.number().nullable(),
          atRisk: z.boolean(),
          path: z.string().nullable(),
        }),
        z.object({ state: z.literal('not_found') }),
        z.object({
          state: z.literal('unresolved'),
          reason: z.enum(['module_not_available', 'lookup_failed']),
        }),
      ]),
    }),
  ),
  can: z.object({
    accept: z.boolean(),
    report: z.boolean(),
    requestExtension: z.boolean(),
    reportCompletion: z.boolean(),
    decideExtension: z.boolean(),
    review: z.boolean(),
    link: z.boolean(),
  }),
});

export const conclusionStats = z.object({
  tasks: z.number(),
  open: z.number(),
  overdue: z.number(),
  awaitingReview: z.number(),
  completed: z.number(),
  neverReported: z.number(),
});

export const conclusionSummary = z.object({
  id: z.string(),
  provinceCode: z.string(),
  issuerUnitCode: z.string(),
  issuerName: z.string(),
  kind: z.enum(CONCLUSION_KINDS),
  source: z.enum(SOURCE_KINDS),
  number: z.string(),
  issuedOn: z.string(),
  title: z.string(),
  meetingId: z.string().nullable(),
  version: z.number(),
  stats: conclusionStats,
});

export const conclusionDetail = conclusionSummary.extend({
  summary: z.string().nullable(),
  signerName: z.string().nullable(),
  documentReference: z.string().nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), startsAt: z.date() }).nullable(),
  createdAt: z.date(),
  tasks: z.array(taskSummary),
  isIssuer: z.boolean(),
});

export const heatCell = z.object({
  onTime: z.number(),
  late: z.number(),
  overdueOpen: z.number(),
  open: z.number(),
});

export const ladderStep = z.strictObject({
  step: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'a-z, 0-9, _ (≤ 32)'),
  offsetWorkingDays: z.number().int().min(LADDER_LIMITS.minOffset).max(LADDER_LIMITS.maxOffset),
  audience: z.enum(AUDIENCES),
});

export const ladderView = z.object({
  provinceCode: z.string(),
  steps: z.array(z.object({ step: z.string(), offsetWorkingDays: z.number(), audience: z.enum(AUDIENCES) })),
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.date().nullable(),
});

export const noticeView = z.object({
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  audience: z.enum(AUDIENCES),
  taskId: z.string(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
  read: z.boolean(),
});
