import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { tasks } from './schema.js';
import { changeTask, wrongState } from './task-action.js';
import type { TaskDetail } from './task-detail.js';

/** Tiếp nhận nhiệm vụ — the lead agency accepts a task assigned to it (assigned → in progress). */
export async function acceptTask(
  ctx: Ctx,
  taskId: string,
  input: { version: number },
): Promise<Result<TaskDetail>> {
  return changeTask(ctx, taskId, 'task.accept', input.version, {
    check: (task) => (task.status === 'assigned' ? undefined : wrongState(task, 'accept')),
    apply: async (tx, task) => {
      await tx.update(tasks).set({ status: 'in_progress', acceptedAt: ctx.now }).where(eq(tasks.id, task.id));
      await recordAudit(tx, ctx, {
        action: 'oversight.task_accepted',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        before: { status: task.status },
        after: { status: 'in_progress' },
      });
    },
  });
}
