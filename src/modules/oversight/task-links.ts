/**
 * Links from a task to a record of another module — a dossier, a PAKN or complaint, a target, an investment
 * project — by kind and that module's id (a dossier: its id or code). The record must
 * exist for the reader when linked; every link is read back through the owning module (link-resolver.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import type { Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { resolveLink } from './link-resolver.js';
import { msg } from './messages.js';
import { type LinkKind, taskLinks } from './schema.js';
import { changeTask } from './task-action.js';
import type { TaskDetail } from './task-detail.js';

export interface LinkInput {
  version: number;
  kind: LinkKind;
  reference: string;
  note?: string | undefined;
}

export async function addTaskLink(ctx: Ctx, taskId: string, input: LinkInput): Promise<Result<TaskDetail>> {
  const reference = nfc(input.reference);
  return changeTask(ctx, taskId, 'task.link', input.version, {
    check: async (task) => {
      const [existing] = await ctx.db
        .select({ id: taskLinks.id })
        .from(taskLinks)
        .where(
          and(
            eq(taskLinks.taskId, task.id),
            eq(taskLinks.kind, input.kind),
            eq(taskLinks.reference, reference),
          ),
        );
      if (existing)
        return {
          kind: 'conflict',
          detail: 'The task already points at this record.',
          localized: msg('oversight.alreadyLinked'),
        };
      // The record must exist and be the reader's to see (the owning module answers).
      const resolution = await resolveLink(ctx, input.kind, reference);
      if (resolution.state === 'not_found')
        return {
          kind: 'invalid',
          detail: `No ${input.kind.replace('_', ' ')} with id "${reference}" that you may see.`,
          localized: msg('oversight.noLinkedRecord', { kind: input.kind.replace('_', ' '), reference }),
          errors: [{ field: 'reference', message: 'no such record' }],
        };
      return undefined;
    },
    apply: async (tx, task) => {
      const id = newId();
      await tx.insert(taskLinks).values({
        id,
        taskId: task.id,
        provinceCode: task.ref.provinceCode,
        kind: input.kind,
        reference,
        note: input.note?.trim() ? nfc(input.note) : null,
        createdBy: actorLabel(ctx.actor),
        createdAt: ctx.now,
      });
      await recordAudit(tx, ctx, {
        action: 'oversight.task_linked',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        after: { linkId: id, kind: input.kind, reference },
      });
    },
  });
}

export async function removeTaskLink(
  ctx: Ctx,
  taskId: string,
  linkId: string,
  input: { version: number },
): Promise<Result<TaskDetail>> {
  let link: typeof taskLinks.$inferSelect | undefined;
  return changeTask(ctx, taskId, 'task.link', input.version, {
    check: async (task) => {
      [link] = await ctx.db
        .select()
        .from(taskLinks)
        .where(and(eq(taskLinks.id, linkId), eq(taskLinks.taskId, task.id)));
      return link ? undefined : { kind: 'not_found', resource: 'task link', id: linkId };
    },
    apply: async (tx, task) => {
      await tx.delete(taskLinks).where(eq(taskLinks.id, linkId));
      await recordAudit(tx, ctx, {
        action: 'oversight.task_unlinked',
        entityType: 'oversight_task',
        entityId: task.id,
        provinceCode: task.ref.provinceCode,
        before: { linkId, kind: link!.kind, reference: link!.reference },
      });
    },
  });
}
