/**
 * Lưu và ban hành quy trình nội bộ — save a province's internal workflow for a published procedure, and publish
 * it only when it passes both checks (issue 5 §6: times within the statutory duration, agencies that exist).
 * A draft may be saved failing the checks; publishing a failing workflow is refused and nothing is saved.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import type { Message } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import {
  codedFieldError,
  conflict,
  type DomainError,
  forbidden,
  invalid,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findAgencies } from '../units/index.js';
import {
  type CheckContext,
  checkWorkflow,
  problemMessage,
  type StepInput,
  type WorkflowCheck,
} from './check-workflow.js';
import { msg, sentences } from './messages.js';
import { mayManageProvince, PROVINCE_DENIED } from './policy.js';
import { currentVersion, findProcedure } from './procedure-view.js';
import { publications, workflowSteps, workflows } from './schema.js';

export interface WorkflowView {
  id: string;
  template: string;
  status: 'draft' | 'published';
  publishedAt: Date | null;
  version: number;
  steps: StepInput[];
}

export interface SaveWorkflowInput {
  provinceCode: string;
  code: string;
  /** The workflow version the editor saw; null when it has none yet. */
  version: number | null;
  template: string;
  steps: StepInput[];
  publish: boolean;
}

export async function loadWorkflow(db: Executor, publicationId: string): Promise<WorkflowView | undefined> {
  const [wf] = await db.select().from(workflows).where(eq(workflows.publicationId, publicationId));
  if (!wf) return undefined;
  const steps = await db
    .select()
    .from(workflowSteps)
    .where(eq(workflowSteps.workflowId, wf.id))
    .orderBy(asc(workflowSteps.position));
  return {
    id: wf.id,
    template: wf.template,
    status: wf.status,
    publishedAt: wf.publishedAt,
    version: wf.version,
    steps: steps.map((s) => ({
      name: s.name,
      role: s.role as StepInput['role'],
      agencyRef: s.agencyRef as StepInput['agencyRef'],
      agencyId: s.agencyId,
      amount: s.amount,
      unit: s.unit as StepInput['unit'],
    })),
  };
}

/** The publication a workflow belongs to, and what checking it needs. */
export async function workflowContext(
  db: Executor,
  provinceCode: string,
  code: string,
  steps: StepInput[],
): Promise<{ publication: typeof publications.$inferSelect; context: CheckContext } | undefined> {
  const procedure = await findProcedure(db, code);
  const version = procedure ? await currentVersion(db, code) : undefined;
  if (!procedure || !version) return undefined;
  const [publication] = await db
    .select()
    .from(publications)
    .where(and(eq(publications.provinceCode, provinceCode), eq(publications.procedureId, procedure.id)));
  if (!publication) return undefined;
  const ids = [
    ...(publication.decidingAgencyId ? [publication.decidingAgencyId] : []),
    ...steps.flatMap((s) => (s.agencyId ? [s.agencyId] : [])),
  ];
  return {
    publication,
    context: {
      provinceCode,
      statutory: version.durations,
      decidingAgencyId: publication.decidingAgencyId,
      agencies: await findAgencies(db, ids),
    },
  };
}

/** The live check of the editor: nothing is saved. */
export async function checkWorkflowDraft(
  ctx: Ctx,
  input: { provinceCode: string; code: string; steps: StepInput[] },
): Promise<Result<WorkflowCheck, DomainError>> {
  if (!mayManageProvince(ctx.actor, input.provinceCode)) return forbidden(PROVINCE_DENIED);
  const found = await workflowContext(ctx.db, input.provinceCode, input.code, input.steps);
  if (!found) return notFound('publication', `${input.provinceCode}:${input.code}`);
  return ok(checkWorkflow(found.context, input.steps));
}

export async function saveWorkflow(
  ctx: Ctx,
  input: SaveWorkflowInput,
): Promise<Result<{ workflow: WorkflowView; check: WorkflowCheck }, DomainError>> {
  if (!mayManageProvince(ctx.actor, input.provinceCode)) return forbidden(PROVINCE_DENIED);
  const steps = input.steps.map((s) => ({
    ...s,
    name: nfc(s.name),
    agencyId: s.agencyRef === 'agency' ? s.agencyId : null,
  }));
  const found = await workflowContext(ctx.db, input.provinceCode, input.code, steps);
  if (!found) return notFound('publication', `${input.provinceCode}:${input.code}`);
  const check = checkWorkflow(found.context, steps);
  if (input.publish && found.publication.status !== 'published')
    return invalid('The procedure is not published in this province; its workflow cannot be published.');
  if (input.publish && !check.ok) {
    const reasons = check.problems.map(problemMessage);
    return invalidBecause(
      msg('procedures.workflowUnpublishable', { reasons: sentences(reasons) }),
      check.problems.map((p, i) =>
        codedFieldError(
          'position' in p && p.position !== null ? `steps.${p.position - 1}` : 'steps',
          reasons[i] as Message,
        ),
      ),
    );
  }
  return ctx.db.transaction(async (tx) => {
    const before = await loadWorkflow(tx, found.publication.id);
    if ((before?.version ?? null) !== input.version)
      return conflict(
        'The workflow was changed by someone else; reload and apply your change again.',
        before,
      );
    const id = before?.id ?? newId();
    const values = {
      template: input.template,
      status: input.publish ? ('published' as const) : ('draft' as const),
      publishedAt: input.publish ? ctx.now : null,
      version: (before?.version ?? 0) + 1,
      updatedAt: ctx.now,
    };
    if (before) {
      await tx.update(workflows).set(values).where(eq(workflows.id, id));
      await tx.delete(workflowSteps).where(eq(workflowSteps.workflowId, id));
    } else {
      await tx
        .insert(workflows)
        .values({ id, publicationId: found.publication.id, provinceCode: input.provinceCode, ...values });
    }
    if (steps.length)
      await tx
        .insert(workflowSteps)
        .values(
          steps.map((s, i) => ({ workflowId: id, provinceCode: input.provinceCode, position: i + 1, ...s })),
        );
    await recordAudit(tx, ctx, {
      action: input.publish ? 'procedures.workflow_published' : 'procedures.workflow_saved',
      entityType: 'procedure_workflow',
      entityId: `${input.provinceCode}:${input.code}`,
      provinceCode: input.provinceCode,
      before: before ? { version: before.version, status: before.status, steps: before.steps } : null,
      after: {
        version: values.version,
        status: values.status,
        template: input.template,
        steps,
        check: check.ok,
      },
    });
    return ok({ workflow: (await loadWorkflow(tx, found.publication.id))!, check });
  });
}
