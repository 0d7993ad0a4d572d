/** One task in full, as its readers see it: its reports, extension requests, ladder steps and links. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type LinkResolution, resolveLink } from './link-resolver.js';
import { type ActorScope, decideTaskAction, type TaskAction } from './policy.js';
import {
  type AttachmentRef,
  type Audience,
  escalations,
  type LinkKind,
  taskExtensions,
  taskLinks,
  taskReports,
} from './schema.js';
import {
  type AgencyView,
  agencyViews,
  instantOf,
  SUMMARY_COLUMNS,
  type SummaryRow,
  type TaskRecord,
  type TaskSummary,
  toSummaries,
} from './task-view.js';

export interface ReportView {
  id: string;
  kind: 'progress' | 'completion';
  percent: number;
  text: string;
  attachments: AttachmentRef[];
  reporterName: string;
  reportedAt: Date;
  reportedOn: string;
  review: 'confirmed' | 'reopened' | null;
  reviewNote: string | null;
  reviewerName: string | null;
  reviewedAt: Date | null;
}

export interface ExtensionView {
  id: string;
  previousDeadline: string;
  requestedDeadline: string;
  reason: string;
  status: 'pending' | 'granted' | 'refused';
  requesterName: string;
  requestedAt: Date;
  grantedDeadline: string | null;
  decisionNote: string | null;
  deciderName: string | null;
  decidedAt: Date | null;
}

export interface EscalationView {
  id: string;
  step: string;
  audience: Audience;
  deadline: string;
  workingDaysFromDeadline: number;
  firedOn: string;
  firedAt: Date;
}

export interface LinkView {
  id: string;
  kind: LinkKind;
  reference: string;
  note: string | null;
  createdBy: string;
  createdAt: Date;
  /** What the owning module says of the record now (link-resolver.ts). */
  resolution: LinkResolution;
}

export const TASK_ACTIONS = {
  accept: 'task.accept',
  report: 'task.report',
  requestExtension: 'task.request_extension',
  reportCompletion: 'task.report_completion',
  decideExtension: 'task.decide_extension',
  review: 'task.review',
  link: 'task.link',
} as const satisfies Record<string, TaskAction>;

export interface TaskDetail extends TaskSummary {
  provinceCode: string;
  content: string;
  expectedOutput: string | null;
  deadlineWorkingDays: number | null;
  acceptedAt: Date | null;
  confirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  coordinators: AgencyView[];
  reports: ReportView[];
  extensions: ExtensionView[];
  escalations: EscalationView[];
  links: LinkView[];
  /** Which actions the reader's roles allow (the state may still refuse them). */
  can: Record<keyof typeof TASK_ACTIONS, boolean>;
}

export async function loadTaskDetail(ctx: Ctx, scope: ActorScope, record: TaskRecord): Promise<TaskDetail> {
  const { db, now } = ctx;
  const id = record.id;
  const summaryRows = await db.execute<SummaryRow & Record<string, unknown>>(sql`select ${SUMMARY_COLUMNS},
      t.content, t.expected_output, t.deadline_working_days, t.accepted_at, t.confirmed_at, t.created_at,
      t.updated_at
    from oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id where t.id = ${id}::uuid`);
  const row = summaryRows.rows[0]!;
  const [summary] = await toSummaries(db, [row], now);
  const reports = await db
    .select()
    .from(taskReports)
    .where(eq(taskReports.taskId, id))
    .orderBy(asc(taskReports.reportedAt));
  const extensions = await db
    .select()
    .from(taskExtensions)
    .where(eq(taskExtensions.taskId, id))
    .orderBy(asc(taskExtensions.requestedAt));
  const escalationRows = await db
    .select()
    .from(escalations)
    .where(eq(escalations.taskId, id))
    .orderBy(asc(escalations.firedAt));
  const links = await db
    .select()
    .from(taskLinks)
    .where(eq(taskLinks.taskId, id))
    .orderBy(asc(taskLinks.createdAt));
  const coordinators = await agencyViews(
    db,
    record.ref.coordinators.map((c) => c.id),
  );
  const can = Object.fromEntries(
    Object.entries(TASK_ACTIONS).map(([key, action]) => [
      key,
      decideTaskAction(scope, action, record.ref) === 'allow',
    ]),
  ) as TaskDetail['can'];
  return {
    ...summary!,
    provinceCode: record.ref.provinceCode,
    content: String(row.content),
    expectedOutput: (row.expected_output as string | null) ?? null,
    deadlineWorkingDays: row.deadline_working_days === null ? null : Number(row.deadline_working_days),
    acceptedAt: instantOf(row.accepted_at as string | null),
    confirmedAt: instantOf(row.confirmed_at as string | null),
    createdAt: instantOf(row.created_at as string)!,
    updatedAt: instantOf(row.updated_at as string)!,
    coordinators: [...coordinators.values()],
    reports: reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      percent: r.percent,
      text: r.text,
      attachments: r.attachments,
      reporterName: r.reporterName,
      reportedAt: r.reportedAt,
      reportedOn: r.reportedOn,
      review: r.review,
      reviewNote: r.reviewNote,
      reviewerName: r.reviewerName,
      reviewedAt: r.reviewedAt,
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      previousDeadline: e.previousDeadline,
      requestedDeadline: e.requestedDeadline,
      reason: e.reason,
      status: e.status,
      requesterName: e.requesterName,
      requestedAt: e.requestedAt,
      grantedDeadline: e.grantedDeadline,
      decisionNote: e.decisionNote,
      deciderName: e.deciderName,
      decidedAt: e.decidedAt,
    })),
    escalations: escalationRows.map((e) => ({
      id: e.id,
      step: e.step,
      audience: e.audience,
      deadline: e.deadline,
      workingDaysFromDeadline: e.workingDaysFromDeadline,
      firedOn: e.firedOn,
      firedAt: e.firedAt,
    })),
    links: await Promise.all(
      links.map(async (l) => ({
        id: l.id,
        kind: l.kind,
        reference: l.reference,
        note: l.note,
        createdBy: l.createdBy,
        createdAt: l.createdAt,
        resolution: await resolveLink(ctx, l.kind, l.reference),
      })),
    ),
    can,
  };
}
