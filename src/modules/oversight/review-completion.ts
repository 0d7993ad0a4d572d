import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { taskReports, tasks } from './schema.js';
import { actorName } from './scope.js';
import { changeTask, notify, wrongState } from './task-action.js';
import type { TaskDetail } from './task-detail.js';

export interface ReviewInput {
  version: number;
  outcome: 'confirm' | 'reopen';
  /** Why it is reopened (required then), or a remark on the confirmation. */
  note?: string | undefined;
}

/**
 * The issuing leaders review a reported completion: confirm it (→ completed), or reopen the task
 * (→ in progress) with a note saying what is missing; a completed task may be reopened too.
 */
export async function reviewCompletion(
  ctx: Ctx,
  taskId: string,
  input: ReviewInput,
): Promise<Result<TaskDetail>> {
  const who = actorName(ctx);
  const note = input.note?.trim() ? nfc(input.note) : null;
  return changeTask(ctx, taskId, 'task.review', input.version, {
    check: (task) => {
      if (input.outcome === 'reopen' && !note)
        return {
          kind: 'invalid',
          detail: 'Say why the task is reopened.',
          localized: msg('oversight.reopenReason'),
          errors: [{ field: 'note', message: 'required to reopen' }],
        };
      if (task.status === 'completion_reported') return undefined;
      if (task.status === 'completed' && input.outcome === 'reopen') return undefined;
      return wrongState(task, 'review');
    },
    apply: async (tx, task) => {
      const [report] = await tx
        .select({ id: taskReports.id })
        .from(taskReports)
        .where(and(eq(taskReports.taskId, task.id), eq(taskReports.kind, 'completion')))
        .orderBy(desc(taskReports.reportedAt))
        .limit(1);
      if (report)
        await tx
          .update(taskReports)
          .set({
            review: input.outcome === 'confirm' ? 'confirmed' : 'reopened',
            reviewNote: note,
            reviewerId: who.id,
            reviewerName: who.name,
            reviewedAt: ctx.now,
          })
          .where(eq(taskReports.id, report.id));
      if (input.outcome === 'confirm') {
        await tx
          .update(tasks)
          .set({ status: 'completed', confirmedAt: ctx.now })
          .where(eq(tasks.id, task.id));
      } else {
        const [lastProgress] = await tx
          .select({ percent: taskReports.percent })
          .from(taskReports)
          .where(and(eq(taskReports.taskId, task.id), eq(taskReports.kind, 'progress')))
          .orderBy(desc(taskReports.reportedAt))
          .limit(1);
        await tx
          .update(tasks)
          .set({
            status: 'in_progress',
            progressPercent: lastProgress?.percent ?? 0,
            completionReportedOn: null,
            confirmedAt: null,
          })
          .where(eq(tasks.id, task.id));
      }
      await notify(tx, ctx, task, 'agency', 'completion_reviewed', { outcome: input.outcome, note });
      await recordAudit(tx, ctx, {
        action: input.outcome === 'confirm' ? 'oversight.completion_confirmed' : 'oversight.task_reopened',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        before: { status: task.status },
        after: { status: input.outcome === 'confirm' ? 'completed' : 'in_progress', note },
      });
    },
  });
}
