import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import type { DomainError, Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { type AttachmentRef, taskReports, tasks } from './schema.js';
import { actorName } from './scope.js';
import { changeTask, notify, wrongState } from './task-action.js';
import type { TaskDetail } from './task-detail.js';
import { type AttachmentInput, checkAttachments } from './task-files.js';

export interface ReportInput {
  version: number;
  text: string;
  /** Files uploaded to the task (`fileId`, task-files.ts), or references to documents kept elsewhere. */
  attachments?: AttachmentInput[] | undefined;
}

function nfcAttachments(list: AttachmentRef[]): AttachmentRef[] {
  return list.map((a) => ({ ...a, name: nfc(a.name), reference: nfc(a.reference) }));
}

/** The checked attachments, written when the change applies (checked before anything is written). */
function attachmentsOf(ctx: Ctx, taskId: string, input: ReportInput) {
  let checked: AttachmentRef[] = [];
  return {
    check: async (): Promise<DomainError | undefined> => {
      const result = await checkAttachments(ctx, taskId, input.attachments);
      if (!result.ok) return result.error;
      checked = nfcAttachments(result.value);
      return undefined;
    },
    value: () => checked,
  };
}

/**
 * Báo cáo tiến độ — the lead agency reports progress on an accepted task: a percentage below 100 (completion
 * is its own report), what was done, and attachments.
 */
export async function reportProgress(
  ctx: Ctx,
  taskId: string,
  input: ReportInput & { percent: number },
): Promise<Result<TaskDetail>> {
  const who = actorName(ctx);
  const files = attachmentsOf(ctx, taskId, input);
  return changeTask(ctx, taskId, 'task.report', input.version, {
    check: async (task) => (task.status === 'in_progress' ? files.check() : wrongState(task, 'progress')),
    apply: async (tx, task, today) => {
      const id = newId();
      const attachments = files.value();
      await tx.insert(taskReports).values({
        id,
        taskId: task.id,
        provinceCode: task.ref.provinceCode,
        kind: 'progress',
        percent: input.percent,
        text: nfc(input.text),
        attachments,
        reporterId: who.id,
        reporterName: who.name,
        reportedAt: ctx.now,
        reportedOn: today,
      });
      await tx
        .update(tasks)
        .set({ progressPercent: input.percent, lastReportedAt: ctx.now })
        .where(eq(tasks.id, task.id));
      await recordAudit(tx, ctx, {
        action: 'oversight.progress_reported',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        before: { progressPercent: task.progressPercent },
        after: { reportId: id, progressPercent: input.percent, attachments: attachments.length },
      });
    },
  });
}

/**
 * Báo cáo hoàn thành — the lead agency reports the task done (in progress → completion reported); the day
 * it reports is the day its timeliness is measured by. The issuing leaders are notified to review it.
 */
export async function reportCompletion(
  ctx: Ctx,
  taskId: string,
  input: ReportInput,
): Promise<Result<TaskDetail>> {
  const who = actorName(ctx);
  const files = attachmentsOf(ctx, taskId, input);
  return changeTask(ctx, taskId, 'task.report_completion', input.version, {
    check: async (task) => (task.status === 'in_progress' ? files.check() : wrongState(task, 'completion')),
    apply: async (tx, task, today) => {
      const id = newId();
      const attachments = files.value();
      await tx.insert(taskReports).values({
        id,
        taskId: task.id,
        provinceCode: task.ref.provinceCode,
        kind: 'completion',
        percent: 100,
        text: nfc(input.text),
        attachments,
        reporterId: who.id,
        reporterName: who.name,
        reportedAt: ctx.now,
        reportedOn: today,
      });
      await tx
        .update(tasks)
        .set({
          status: 'completion_reported',
          progressPercent: 100,
          lastReportedAt: ctx.now,
          completionReportedOn: today,
        })
        .where(eq(tasks.id, task.id));
      await notify(tx, ctx, task, 'issuer', 'completion_reported', {
        reportedOn: today,
        deadline: task.deadline,
      });
      await recordAudit(tx, ctx, {
        action: 'oversight.completion_reported',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        before: { status: task.status, progressPercent: task.progressPercent },
        after: { status: 'completion_reported', reportId: id, reportedOn: today, deadline: task.deadline },
      });
    },
  });
}
