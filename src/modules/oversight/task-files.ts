/**
 * Files of a task's reports (issue 21 §4: "make the attachment upload real"): the lead agency uploads a
 * document (PDF, JPEG, PNG, DOCX, checked and parsed by platform/files, ADR 0006) to the task, then cites it in
 * a progress or completion report. The store serves no one: a file is read back only by the task's readers.
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type FileContent, readFile, storeFile, type Upload } from '../../platform/files/index.js';
import { newId } from '../../platform/ids.js';
import { type FieldError, invalid, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { decideTaskAction, refusal, requireOfficial } from './policy.js';
import { type AttachmentRef, taskFiles } from './schema.js';
import { actorName, resolveScope } from './scope.js';
import { loadTaskRecord } from './task-view.js';

export interface TaskFileView {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export async function attachTaskFile(
  ctx: Ctx,
  taskId: string,
  upload: Upload,
  maxBytes: number,
): Promise<Result<TaskFileView>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const task = await loadTaskRecord(ctx.db, taskId);
  if (!task) return notFound('task', taskId);
  const decision = decideTaskAction(scope, 'task.report', task.ref);
  if (decision !== 'allow') return refusal(scope, decision, 'task.report', taskId);
  return ctx.db.transaction(async (tx) => {
    const stored = await storeFile(tx, upload.bytes, { maxBytes });
    if (!stored.ok) return stored;
    const id = newId();
    await tx.insert(taskFiles).values({
      id,
      taskId,
      provinceCode: task.ref.provinceCode,
      sha256: stored.value.sha256,
      fileName: upload.filename,
      mediaType: stored.value.mediaType,
      size: stored.value.size,
      uploadedBy: actorName(ctx).name,
      uploadedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'oversight.file_uploaded',
      entityType: 'oversight_task',
      entityId: taskId,
      provinceCode: task.ref.provinceCode,
      after: { fileId: id, sha256: stored.value.sha256, size: stored.value.size },
    });
    return ok({ id, fileName: upload.filename, mediaType: stored.value.mediaType, size: stored.value.size });
  });
}

/** A file of a task, for the task's readers only (404 to anyone else, as the task itself). */
export async function readTaskFile(
  ctx: Ctx,
  taskId: string,
  fileId: string,
): Promise<Result<FileContent & { fileName: string }>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const task = await loadTaskRecord(ctx.db, taskId);
  if (!task) return notFound('task', taskId);
  const decision = decideTaskAction(scope, 'task.read', task.ref);
  if (decision !== 'allow') return refusal(scope, decision, 'task.read', taskId);
  const [row] = await ctx.db
    .select()
    .from(taskFiles)
    .where(and(eq(taskFiles.id, fileId), eq(taskFiles.taskId, taskId)));
  if (!row) return notFound('file', fileId);
  const file = await readFile(ctx.db, row.sha256);
  return file.ok ? ok({ ...file.value, fileName: row.fileName }) : file;
}

/**
 * A report's attachments, checked: an uploaded file must be one of this task's (its name taken from the
 * upload), a reference needs its text. Field errors name the attachment at fault.
 */
export async function checkAttachments(
  ctx: Ctx,
  taskId: string,
  list: AttachmentInput[] | undefined,
): Promise<{ ok: true; value: AttachmentRef[] } | ReturnType<typeof invalid>> {
  const out: AttachmentRef[] = [];
  const errors: FieldError[] = [];
  for (const [i, a] of (list ?? []).entries()) {
    if (a.fileId) {
      const [row] = await ctx.db
        .select()
        .from(taskFiles)
        .where(and(eq(taskFiles.id, a.fileId), eq(taskFiles.taskId, taskId)));
      if (!row) errors.push({ field: `attachments.${i}.fileId`, message: 'not a file of this task' });
      else out.push({ name: a.name?.trim() || row.fileName, reference: `file:${row.id}`, fileId: row.id });
    } else if (a.reference?.trim() && a.name?.trim()) {
      out.push({ name: a.name.trim(), reference: a.reference.trim() });
    } else {
      errors.push({ field: `attachments.${i}`, message: 'an uploaded file, or a name and a reference' });
    }
  }
  return errors.length ? invalid('Some attachments cannot be used.', errors) : ok(out);
}

export interface AttachmentInput {
  name?: string | undefined;
  reference?: string | undefined;
  fileId?: string | undefined;
}
