/**
 * The shape every state change of a task shares: load → policy → check the state → one transaction that
 * claims the version the actor saw (409 with the task as it is now otherwise), applies the change, writes
 * notices and the audit entry last → the task as it now is.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/database/connection.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { conflict, type DomainError, notFound, ok, type Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import { msg } from './messages.js';
import { type ActorScope, decideTaskAction, refusal, requireOfficial, type TaskAction } from './policy.js';
import { type Audience, type NoticeKind, notices, tasks } from './schema.js';
import { resolveScope } from './scope.js';
import { loadTaskDetail, type TaskDetail } from './task-detail.js';
import { loadTaskRecord, type TaskRecord } from './task-view.js';

export interface TaskChange {
  /** A domain error when the task's state does not allow the change (checked before anything is written). */
  check?: (task: TaskRecord, today: string) => DomainError | undefined | Promise<DomainError | undefined>;
  /** The writes, in the transaction, after the version was claimed; must end with recordAudit. */
  apply: (tx: Tx, task: TaskRecord, today: string) => Promise<void>;
}

/** The task as the reader may see it, or 404. */
export async function getTask(ctx: Ctx, taskId: string): Promise<Result<TaskDetail>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const task = await loadTaskRecord(ctx.db, taskId);
  if (!task) return notFound('task', taskId);
  const decision = decideTaskAction(scope, 'task.read', task.ref);
  if (decision !== 'allow') return refusal(scope, decision, 'task.read', taskId);
  return ok(await loadTaskDetail(ctx, scope, task));
}

export async function changeTask(
  ctx: Ctx,
  taskId: string,
  action: TaskAction,
  version: number,
  change: TaskChange,
): Promise<Result<TaskDetail>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const task = await loadTaskRecord(ctx.db, taskId);
  if (!task) return notFound('task', taskId);
  const decision = decideTaskAction(scope, action, task.ref);
  if (decision !== 'allow') return refusal(scope, decision, action, taskId);
  if (task.version !== version) return staleVersion(ctx, scope, task);
  const today = localDate(ctx.now);
  const problem = await change.check?.(task, today);
  if (problem) return { ok: false, error: problem };
  const claimed = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(tasks)
      .set({ version: sql`${tasks.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(tasks.id, taskId), eq(tasks.version, version)))
      .returning({ id: tasks.id });
    if (rows.length === 0) return false;
    await change.apply(tx, task, today);
    return true;
  });
  const current = (await loadTaskRecord(ctx.db, taskId))!;
  if (!claimed) return staleVersion(ctx, scope, current);
  return ok(await loadTaskDetail(ctx, scope, current));
}

async function staleVersion(ctx: Ctx, scope: ActorScope, task: TaskRecord) {
  const current = (await loadTaskRecord(ctx.db, task.id)) ?? task;
  return conflict(
    'The task was changed by someone else; reload it and apply your change again.',
    await loadTaskDetail(ctx, scope, current),
  );
}

/** A task's status as each language names it (the web's oversight.status labels). */
const STATUS_VI: Record<string, string> = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  completion_reported: 'Đã báo cáo hoàn thành',
  completed: 'Hoàn thành',
};

/** What a change needs of the task's status, as the catalogue says it (messages.ts). */
export type StateRule = 'accept' | 'progress' | 'completion' | 'review' | 'extend';

const STATE_KEYS = {
  accept: 'oversight.stateAccept',
  progress: 'oversight.stateProgress',
  completion: 'oversight.stateCompletion',
  review: 'oversight.stateReview',
  extend: 'oversight.stateExtend',
} as const;

/** A state the change does not apply to: 409, naming the status. */
export function wrongState(task: TaskRecord, rule: StateRule): DomainError {
  const message = msg(STATE_KEYS[rule], {
    status: task.status.replace('_', ' '),
    statusVi: STATUS_VI[task.status] ?? task.status,
  });
  return { kind: 'conflict', detail: renderMessage(message, 'en'), localized: message };
}

/** An in-app notice to an audience about a task (written before the audit entry). */
export async function notify(
  tx: Tx,
  ctx: Ctx,
  task: TaskRecord,
  audience: Audience,
  kind: NoticeKind,
  params: Record<string, unknown>,
  escalationId?: string,
): Promise<void> {
  const toAgency = audience !== 'issuer';
  await tx.insert(notices).values({
    id: newId(),
    provinceCode: task.ref.provinceCode,
    taskId: task.id,
    audience,
    unitCode: toAgency ? task.ref.lead.unitCode : task.ref.issuerUnitCode,
    agencyId: toAgency ? task.ref.lead.id : null,
    kind,
    params: { taskCode: task.code, taskTitle: task.title, ...params },
    escalationId: escalationId ?? null,
    createdAt: ctx.now,
  });
}
