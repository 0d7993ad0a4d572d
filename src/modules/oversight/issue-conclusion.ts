import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import {
  conflict,
  conflictBecause,
  fail,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { foldForSearch } from '../../platform/search-text.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { calendarFor } from '../calendar/index.js';
import { findUnit } from '../units/index.js';
import { type ConclusionDetail, loadConclusionDetail } from './conclusion-view.js';
import { msg } from './messages.js';
import { isIssuerFor, requireOfficial } from './policy.js';
import { type ConclusionKind, conclusions, meetings, type SourceKind, tasks } from './schema.js';
import { resolveScope } from './scope.js';
import { insertTasks, planTasks, type TaskInput } from './task-input.js';
import { isUniqueViolation } from './unique-violation.js';

export interface IssueConclusionInput {
  issuerUnitCode: string;
  issuerName: string;
  kind: ConclusionKind;
  /** `own` by default; an outside source (inspection, State Audit, Party inspection, superior) names its body in issuerName. */
  source?: SourceKind | undefined;
  number: string;
  issuedOn: string;
  title: string;
  summary?: string | undefined;
  meetingId?: string | undefined;
  signerName?: string | undefined;
  documentReference?: string | undefined;
  tasks: TaskInput[];
}

const optional = (text: string | undefined) => (text?.trim() ? nfc(text) : null);

/**
 * Ban hành thông báo kết luận / chỉ thị — the issuing leaders register a numbered, dated conclusion notice or
 * directive (from a meeting or standalone) with its tasks, in one transaction.
 */
export async function issueConclusion(
  ctx: Ctx,
  input: IssueConclusionInput,
): Promise<Result<ConclusionDetail>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const unit = await findUnit(ctx.db, input.issuerUnitCode, input.issuedOn);
  if (!unit)
    return invalidBecause(msg('oversight.noUnitOn', { code: input.issuerUnitCode, day: input.issuedOn }), [
      { field: 'issuerUnitCode', message: 'unknown unit' },
    ]);
  const issuerUnit = { unitCode: unit.code, provinceCode: unit.provinceCode };
  if (!isIssuerFor(scope, issuerUnit)) return forbiddenBecause(msg('oversight.issueLeadersOnly'));
  if (input.meetingId) {
    const [meeting] = await ctx.db
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, input.meetingId), eq(meetings.provinceCode, unit.provinceCode)));
    if (!meeting)
      return invalidBecause(msg('oversight.noMeeting'), [{ field: 'meetingId', message: 'unknown meeting' }]);
  }
  const number = nfc(input.number);
  if (await numberTaken(ctx, unit.code, number, input.issuedOn))
    return conflictBecause(msg('oversight.numberUsed', { number, year: input.issuedOn.slice(0, 4) }));
  const cal = await calendarFor(ctx.db, unit.provinceCode);
  const plan = await planTasks(
    ctx,
    cal,
    { ...issuerUnit, issuerUnitCode: unit.code, issuedOn: input.issuedOn },
    input.tasks,
  );
  if (!plan.ok) return invalidBecause(msg('oversight.tasksInvalid'), plan.errors);
  const id = newId();
  const title = nfc(input.title);
  const written = await ctx.db
    .transaction(async (tx) => {
      await tx.insert(conclusions).values({
        id,
        provinceCode: unit.provinceCode,
        issuerUnitCode: unit.code,
        issuerName: nfc(input.issuerName),
        kind: input.kind,
        source: input.source ?? 'own',
        number,
        issuedOn: input.issuedOn,
        title,
        summary: optional(input.summary),
        meetingId: input.meetingId ?? null,
        signerName: optional(input.signerName),
        documentReference: optional(input.documentReference),
        searchText: foldForSearch(`${number} ${title}`),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.kind,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const created = await insertTasks(
        tx,
        ctx,
        { id, number, provinceCode: unit.provinceCode },
        plan.planned,
        1,
      );
      await recordAudit(tx, ctx, {
        action: 'oversight.conclusion_issued',
        entityType: 'oversight_conclusion',
        entityId: id,
        provinceCode: unit.provinceCode,
        after: {
          kind: input.kind,
          source: input.source ?? 'own',
          issuerName: nfc(input.issuerName),
          number,
          issuedOn: input.issuedOn,
          issuerUnitCode: unit.code,
          tasks: created.map((t, i) => ({
            ...t,
            leadAgencyId: plan.planned[i]!.lead.id,
            deadline: plan.planned[i]!.deadline,
            ...(plan.planned[i]!.input.links?.length ? { links: plan.planned[i]!.input.links } : {}),
          })),
        },
      });
      return true;
    })
    .catch((error: unknown) => {
      // Two leaders registering the same number at once: the unique index decides, the second gets a 409.
      if (isUniqueViolation(error)) return false;
      throw error;
    });
  if (!written)
    return conflictBecause(msg('oversight.numberUsed', { number, year: input.issuedOn.slice(0, 4) }));
  return ok((await loadConclusionDetail(ctx.db, scope, id, ctx.now))!);
}

async function numberTaken(ctx: Ctx, issuerUnitCode: string, number: string, issuedOn: string) {
  const rows = await ctx.db
    .select({ id: conclusions.id })
    .from(conclusions)
    .where(
      and(
        eq(conclusions.issuerUnitCode, issuerUnitCode),
        eq(conclusions.number, number),
        sql`extract(year from ${conclusions.issuedOn}) = ${Number(issuedOn.slice(0, 4))}`,
      ),
    );
  return rows.length > 0;
}

/** Add tasks to an issued conclusion (a conclusion broken down further later). */
export async function addConclusionTasks(
  ctx: Ctx,
  conclusionId: string,
  input: { version: number; tasks: TaskInput[] },
): Promise<Result<ConclusionDetail>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const [conclusion] = await ctx.db.select().from(conclusions).where(eq(conclusions.id, conclusionId));
  const detail = conclusion ? await loadConclusionDetail(ctx.db, scope, conclusionId, ctx.now) : undefined;
  if (!conclusion || !detail) return notFound('conclusion', conclusionId);
  const issuerUnit = { unitCode: conclusion.issuerUnitCode, provinceCode: conclusion.provinceCode };
  if (!isIssuerFor(scope, issuerUnit))
    return fail({
      kind: 'forbidden',
      detail: 'Only the leaders of the issuing unit add tasks to its conclusions.',
      localized: msg('oversight.addTasksLeadersOnly'),
    });
  if (conclusion.version !== input.version)
    return conflictBecause(msg('oversight.conclusionChanged'), detail);
  const cal = await calendarFor(ctx.db, conclusion.provinceCode);
  const plan = await planTasks(
    ctx,
    cal,
    { ...issuerUnit, issuerUnitCode: conclusion.issuerUnitCode, issuedOn: conclusion.issuedOn },
    input.tasks,
  );
  if (!plan.ok) return invalidBecause(msg('oversight.tasksInvalid'), plan.errors);
  const added = await ctx.db.transaction(async (tx) => {
    const claimed = await tx
      .update(conclusions)
      .set({ version: input.version + 1, updatedAt: ctx.now })
      .where(and(eq(conclusions.id, conclusionId), eq(conclusions.version, input.version)))
      .returning({ id: conclusions.id });
    if (claimed.length === 0) return false;
    const [last] = await tx
      .select({ seq: sql<number>`coalesce(max(${tasks.seq}), 0)::int` })
      .from(tasks)
      .where(eq(tasks.conclusionId, conclusionId));
    const created = await insertTasks(tx, ctx, conclusion, plan.planned, (last?.seq ?? 0) + 1);
    await recordAudit(tx, ctx, {
      action: 'oversight.tasks_added',
      entityType: 'oversight_conclusion',
      entityId: conclusionId,
      provinceCode: conclusion.provinceCode,
      after: { tasks: created },
    });
    return true;
  });
  const current = (await loadConclusionDetail(ctx.db, scope, conclusionId, ctx.now))!;
  if (!added)
    return conflict(
      'The conclusion was changed by someone else; reload it and add the tasks again.',
      current,
    );
  return ok(current);
}
