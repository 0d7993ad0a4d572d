/**
 * Gia hạn — the lead agency asks to move a task's deadline; the issuing leaders grant it (the asked date or
 * another later one) or refuse it. A task may be extended more than once; only one request is open at a
 * time; every request and decision is audited, and the task keeps its original deadline on record.
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import type { DomainError, Result } from '../../platform/result.js';
import { fieldError } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { isOpen } from './due-state.js';
import { msg } from './messages.js';
import { taskExtensions, tasks } from './schema.js';
import { actorName } from './scope.js';
import { changeTask, notify, wrongState } from './task-action.js';
import type { TaskDetail } from './task-detail.js';
import type { TaskRecord } from './task-view.js';

export interface ExtensionRequestInput {
  version: number;
  requestedDeadline: string;
  reason: string;
}

async function pendingRequest(ctx: Ctx, taskId: string) {
  const [row] = await ctx.db
    .select()
    .from(taskExtensions)
    .where(and(eq(taskExtensions.taskId, taskId), eq(taskExtensions.status, 'pending')));
  return row;
}

function laterThanDeadline(task: TaskRecord, date: string, field: string): DomainError | undefined {
  if (date > task.deadline) return undefined;
  return {
    kind: 'invalid',
    detail: renderMessage(msg('oversight.extensionLater', { deadline: task.deadline }), 'en'),
    localized: msg('oversight.extensionLater', { deadline: task.deadline }),
    errors: [fieldError(field, msg('oversight.mustBeAfter', { day: task.deadline }))],
  };
}

export async function requestExtension(
  ctx: Ctx,
  taskId: string,
  input: ExtensionRequestInput,
): Promise<Result<TaskDetail>> {
  const who = actorName(ctx);
  return changeTask(ctx, taskId, 'task.request_extension', input.version, {
    check: async (task) => {
      if (!isOpen(task.status)) return wrongState(task, 'extend');
      if (await pendingRequest(ctx, task.id))
        return {
          kind: 'conflict',
          detail: 'An extension request for this task is already waiting for a decision.',
          localized: msg('oversight.extensionWaiting'),
        };
      return laterThanDeadline(task, input.requestedDeadline, 'requestedDeadline');
    },
    apply: async (tx, task) => {
      const id = newId();
      await tx.insert(taskExtensions).values({
        id,
        taskId: task.id,
        provinceCode: task.ref.provinceCode,
        previousDeadline: task.deadline,
        requestedDeadline: input.requestedDeadline,
        reason: nfc(input.reason),
        status: 'pending',
        requesterId: who.id,
        requesterName: who.name,
        requestedAt: ctx.now,
      });
      await notify(tx, ctx, task, 'issuer', 'extension_requested', {
        deadline: task.deadline,
        requestedDeadline: input.requestedDeadline,
      });
      await recordAudit(tx, ctx, {
        action: 'oversight.extension_requested',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        after: { requestId: id, deadline: task.deadline, requestedDeadline: input.requestedDeadline },
      });
    },
  });
}

export interface ExtensionDecisionInput {
  version: number;
  decision: 'grant' | 'refuse';
  /** The deadline granted; the requested one when left out. */
  grantedDeadline?: string | undefined;
  note?: string | undefined;
}

export async function decideExtension(
  ctx: Ctx,
  taskId: string,
  requestId: string,
  input: ExtensionDecisionInput,
): Promise<Result<TaskDetail>> {
  const who = actorName(ctx);
  let request: typeof taskExtensions.$inferSelect | undefined;
  return changeTask(ctx, taskId, 'task.decide_extension', input.version, {
    check: async (task) => {
      request = await pendingRequest(ctx, task.id);
      if (!request || request.id !== requestId)
        return { kind: 'not_found', resource: 'pending extension request', id: requestId };
      if (input.decision === 'refuse') return undefined;
      if (!isOpen(task.status)) return wrongState(task, 'extend');
      return laterThanDeadline(task, input.grantedDeadline ?? request.requestedDeadline, 'grantedDeadline');
    },
    apply: async (tx, task) => {
      const granted =
        input.decision === 'grant' ? (input.grantedDeadline ?? request!.requestedDeadline) : null;
      await tx
        .update(taskExtensions)
        .set({
          status: granted ? 'granted' : 'refused',
          grantedDeadline: granted,
          decisionNote: input.note ? nfc(input.note) : null,
          deciderId: who.id,
          deciderName: who.name,
          decidedAt: ctx.now,
        })
        .where(eq(taskExtensions.id, requestId));
      if (granted) await tx.update(tasks).set({ deadline: granted }).where(eq(tasks.id, task.id));
      await notify(tx, ctx, task, 'agency', 'extension_decided', {
        decision: input.decision,
        deadline: granted ?? task.deadline,
        requestedDeadline: request!.requestedDeadline,
      });
      await recordAudit(tx, ctx, {
        action: granted ? 'oversight.extension_granted' : 'oversight.extension_refused',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        before: { deadline: task.deadline },
        after: { requestId, deadline: granted ?? task.deadline, note: input.note ?? null },
      });
    },
  });
}
