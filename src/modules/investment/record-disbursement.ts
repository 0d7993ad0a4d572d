import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  type FieldError,
  fieldError,
  invalid,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { disbursementProblems, isIsoDate } from './disbursement-rules.js';
import { msg } from './messages.js';
import { parseAmount } from './money.js';
import { actorName, decideProjectAction } from './policy.js';
import { CAPITAL_SOURCES, type CapitalSource, capitalPlans, disbursements } from './schema.js';
import { type DisbursementView, loadProject, refusal, toDisbursementView } from './views.js';

export interface DisbursementInput {
  /** The plan year whose capital is paid; defaults to the payment's year. */
  planYear?: number | undefined;
  source: CapitalSource;
  disbursedOn: string;
  amount: string | number;
  voucherNo?: string | null | undefined;
  note?: string | null | undefined;
}

/** The year's plan for a source (null when none) and what is already paid from it, in the caller's transaction. */
export async function planAndPaid(
  db: Executor,
  projectId: string,
  planYear: number,
  source: CapitalSource,
): Promise<{ plan: bigint | null; paid: bigint }> {
  const [plan] = await db
    .select({ amount: capitalPlans.amount })
    .from(capitalPlans)
    .where(
      and(
        eq(capitalPlans.projectId, projectId),
        eq(capitalPlans.year, planYear),
        eq(capitalPlans.source, source),
      ),
    );
  const [paid] = await db
    .select({ total: sql<string>`coalesce(sum(${disbursements.amount}), 0)` })
    .from(disbursements)
    .where(
      and(
        eq(disbursements.projectId, projectId),
        eq(disbursements.planYear, planYear),
        eq(disbursements.source, source),
        isNull(disbursements.cancelledAt),
      ),
    );
  return { plan: plan?.amount ?? null, paid: BigInt(paid?.total ?? '0') };
}

/**
 * Giải ngân — the owner records a payment from a year's capital plan. Refused with the field at fault: a date
 * outside the plan year's window or in the future, no plan for the source, a voucher already counted, or a payment
 * above the plan without a note (disbursement-rules.ts).
 */
export async function recordDisbursement(
  ctx: Ctx,
  projectId: string,
  input: DisbursementInput,
): Promise<Result<DisbursementView>> {
  const project = await loadProject(ctx.db, projectId);
  if (!project) return notFound('project', projectId);
  const decision = decideProjectAction(ctx.actor, 'owner', project);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', projectId);
  const errors: FieldError[] = [];
  if (!CAPITAL_SOURCES.includes(input.source)) errors.push({ field: 'source', message: 'unknown source' });
  if (!isIsoDate(input.disbursedOn)) errors.push({ field: 'disbursedOn', message: 'a date YYYY-MM-DD' });
  const amount = parseAmount(input.amount);
  if (amount === null || amount === 0n)
    errors.push({ field: 'amount', message: 'a whole number of đồng above 0' });
  const planYear = input.planYear ?? Number(input.disbursedOn.slice(0, 4));
  if (!Number.isInteger(planYear) || planYear < 2000 || planYear > 2100)
    errors.push({ field: 'planYear', message: 'a year 2000–2100' });
  if (project.status !== 'active')
    errors.push(fieldError('projectId', msg('investment.paymentsClosed', { status: project.status })));
  if (errors.length > 0) return invalid(errors.map((e) => e.message).join('; '), errors);
  const voucherNo = input.voucherNo ? nfc(input.voucherNo) || null : null;
  const note = input.note ? nfc(input.note) || null : null;
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    // One writer per project at a time, so two payments cannot both slip under the plan.
    await tx.execute(sql`select 1 from investment.projects where id = ${projectId} for update`);
    const { plan, paid } = await planAndPaid(tx, projectId, planYear, input.source);
    const problems = disbursementProblems({
      planYear,
      disbursedOn: input.disbursedOn,
      today: vietnamToday(ctx.now),
      amount: amount!,
      plan,
      alreadyPaid: paid,
      note,
    });
    if (problems.length > 0) return invalid(problems.map((p) => p.message).join('; '), problems);
    if (voucherNo) {
      const [taken] = await tx
        .select({ id: disbursements.id })
        .from(disbursements)
        .where(
          and(
            eq(disbursements.provinceCode, project.provinceCode),
            eq(disbursements.voucherNo, voucherNo),
            isNull(disbursements.cancelledAt),
          ),
        );
      if (taken) return conflictBecause(msg('investment.voucherRecorded', { voucher: voucherNo }));
    }
    const values = {
      id,
      projectId,
      provinceCode: project.provinceCode,
      planYear,
      source: input.source,
      disbursedOn: input.disbursedOn,
      amount: amount!,
      voucherNo,
      note,
      origin: 'manual' as const,
      enteredBy: actorName(ctx.actor),
      createdAt: ctx.now,
    };
    const [row] = await tx.insert(disbursements).values(values).returning();
    await recordAudit(tx, ctx, {
      action: 'investment.disbursement_recorded',
      entityType: 'investment_project',
      entityId: projectId,
      provinceCode: project.provinceCode,
      after: { ...values, amount: values.amount.toString(), createdAt: undefined },
    });
    return ok(toDisbursementView(row!));
  });
}

/** Cancel a wrong payment (kept, with who cancelled it and why): the owner or the planning office. */
export async function cancelDisbursement(
  ctx: Ctx,
  disbursementId: string,
  input: { reason: string },
): Promise<Result<DisbursementView>> {
  const [row] = await ctx.db.select().from(disbursements).where(eq(disbursements.id, disbursementId));
  if (!row) return notFound('disbursement', disbursementId);
  const project = (await loadProject(ctx.db, row.projectId))!;
  const decision = decideProjectAction(ctx.actor, 'owner', project);
  if (decision !== 'allow')
    return refusal(decision, ctx.actor.kind === 'anonymous', 'disbursement', disbursementId);
  const reason = nfc(input.reason);
  if (!reason)
    return invalidBecause(msg('investment.cancelNeedsReason'), [
      fieldError('reason', msg('investment.required')),
    ]);
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(disbursements)
      .set({ cancelledAt: ctx.now, cancelledBy: actorName(ctx.actor), cancelReason: reason })
      .where(and(eq(disbursements.id, disbursementId), isNull(disbursements.cancelledAt)))
      .returning();
    if (!updated) return conflictBecause(msg('investment.alreadyCancelled'));
    await recordAudit(tx, ctx, {
      action: 'investment.disbursement_cancelled',
      entityType: 'investment_project',
      entityId: row.projectId,
      provinceCode: row.provinceCode,
      before: { disbursementId, amount: row.amount.toString(), disbursedOn: row.disbursedOn },
      after: { reason },
    });
    return ok(toDisbursementView(updated));
  });
}
