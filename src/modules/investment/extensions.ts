import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  type FieldError,
  fieldError,
  invalid,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { isIsoDate } from './disbursement-rules.js';
import { msg } from './messages.js';
import { actorName, decideProjectAction } from './policy.js';
import { extensionRequests, projects } from './schema.js';
import { type ExtensionView, loadProject, refusal, toExtensionView } from './views.js';

/**
 * Đề nghị kéo dài thời gian thực hiện dự án — the owner asks the Provincial People's Council to extend a project's
 * time (Law on Public Investment: the council decides for projects of the local budget). One request at a time.
 */
export async function requestExtension(
  ctx: Ctx,
  projectId: string,
  input: { reason: string; requestedEndDate: string; requestedOn?: string | undefined },
): Promise<Result<ExtensionView>> {
  const project = await loadProject(ctx.db, projectId);
  if (!project) return notFound('project', projectId);
  const decision = decideProjectAction(ctx.actor, 'owner', project);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', projectId);
  const today = vietnamToday(ctx.now);
  const requestedOn = input.requestedOn ?? today;
  const errors: FieldError[] = [];
  const reason = nfc(input.reason);
  if (!reason) errors.push({ field: 'reason', message: 'say why the project needs more time' });
  if (!isIsoDate(input.requestedEndDate))
    errors.push({ field: 'requestedEndDate', message: 'a date YYYY-MM-DD' });
  else if (input.requestedEndDate <= project.currentEndDate)
    errors.push(
      fieldError('requestedEndDate', msg('investment.afterEndDate', { day: project.currentEndDate })),
    );
  if (!isIsoDate(requestedOn) || requestedOn > today)
    errors.push(fieldError('requestedOn', msg('investment.notAfterToday', { today })));
  if (project.status !== 'active')
    errors.push(fieldError('projectId', msg('investment.projectIs', { status: project.status })));
  if (errors.length > 0) return invalid(errors.map((e) => e.message).join('; '), errors);
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ id: extensionRequests.id })
      .from(extensionRequests)
      .where(and(eq(extensionRequests.projectId, projectId), eq(extensionRequests.status, 'pending')));
    if (pending) return conflictBecause(msg('investment.extensionPending'));
    const values = {
      id,
      projectId,
      provinceCode: project.provinceCode,
      requestedOn,
      reason,
      currentEndDate: project.currentEndDate,
      requestedEndDate: input.requestedEndDate,
      status: 'pending' as const,
      requestedBy: actorName(ctx.actor),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const inserted = await tx.insert(extensionRequests).values(values).onConflictDoNothing().returning();
    if (inserted.length === 0) return conflictBecause(msg('investment.extensionPending'));
    await recordAudit(tx, ctx, {
      action: 'investment.extension_requested',
      entityType: 'investment_project',
      entityId: projectId,
      provinceCode: project.provinceCode,
      after: values,
    });
    return ok(toExtensionView(inserted[0]!));
  });
}

/**
 * Record the People's Council's decision on a request (the planning office): approved with the end date it set
 * (which becomes the project's current end date), or rejected.
 */
export async function decideExtension(
  ctx: Ctx,
  requestId: string,
  input: {
    decision: 'approved' | 'rejected';
    decisionRef: string;
    decidedOn: string;
    approvedEndDate?: string | null | undefined;
    note?: string | null | undefined;
    version: number;
  },
): Promise<Result<ExtensionView>> {
  const [request] = await ctx.db.select().from(extensionRequests).where(eq(extensionRequests.id, requestId));
  if (!request) return notFound('extension request', requestId);
  const project = (await loadProject(ctx.db, request.projectId))!;
  const decision = decideProjectAction(ctx.actor, 'plan', project);
  if (decision !== 'allow')
    return refusal(decision, ctx.actor.kind === 'anonymous', 'extension request', requestId);
  const errors: FieldError[] = [];
  const decisionRef = nfc(input.decisionRef);
  if (!decisionRef)
    errors.push({ field: 'decisionRef', message: 'the People’s Council resolution, e.g. 12/NQ-HĐND' });
  const today = vietnamToday(ctx.now);
  if (!isIsoDate(input.decidedOn) || input.decidedOn > today || input.decidedOn < request.requestedOn)
    errors.push(
      fieldError('decidedOn', msg('investment.decidedBetween', { from: request.requestedOn, today })),
    );
  const approvedEndDate =
    input.decision === 'approved' ? (input.approvedEndDate ?? request.requestedEndDate) : null;
  if (approvedEndDate !== null && (!isIsoDate(approvedEndDate) || approvedEndDate <= request.currentEndDate))
    errors.push(fieldError('approvedEndDate', msg('investment.dateAfter', { day: request.currentEndDate })));
  if (input.decision === 'rejected' && input.approvedEndDate)
    errors.push({ field: 'approvedEndDate', message: 'a rejected request sets no end date' });
  if (errors.length > 0) return invalid(errors.map((e) => e.message).join('; '), errors);
  if (request.status !== 'pending')
    return conflictBecause(
      msg('investment.requestAlready', { status: request.status }),
      toExtensionView(request),
    );
  const note = input.note ? nfc(input.note) || null : null;
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(extensionRequests)
      .set({
        status: input.decision,
        decisionRef,
        decidedOn: input.decidedOn,
        approvedEndDate,
        decisionNote: note,
        decidedBy: actorName(ctx.actor),
        version: input.version + 1,
        updatedAt: ctx.now,
      })
      .where(
        and(
          eq(extensionRequests.id, requestId),
          eq(extensionRequests.version, input.version),
          eq(extensionRequests.status, 'pending'),
        ),
      )
      .returning();
    if (!updated) return conflictBecause(msg('investment.requestChangedByOther'), toExtensionView(request));
    if (approvedEndDate)
      await tx
        .update(projects)
        .set({
          currentEndDate: sql`greatest(${projects.currentEndDate}, ${approvedEndDate}::date)`,
          version: sql`${projects.version} + 1`,
          updatedAt: ctx.now,
        })
        .where(eq(projects.id, request.projectId));
    await recordAudit(tx, ctx, {
      action: `investment.extension_${input.decision}`,
      entityType: 'investment_project',
      entityId: request.projectId,
      provinceCode: request.provinceCode,
      before: { requestId, status: request.status, currentEndDate: project.currentEndDate },
      after: { status: input.decision, decisionRef, decidedOn: input.decidedOn, approvedEndDate, note },
    });
    return ok(toExtensionView(updated));
  });
}
