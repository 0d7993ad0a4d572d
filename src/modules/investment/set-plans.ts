import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import {
  type FieldError,
  fieldError,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { groupDigits, parseAmount, sum } from './money.js';
import { decideProjectAction } from './policy.js';
import { type CapitalSource, capitalPlans, monthlyPlans } from './schema.js';
import { type CapitalPlanView, loadProject, refusal, toCapitalPlanView } from './views.js';

const yearOk = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;

/**
 * Kế hoạch vốn năm — set a project's capital for a year from one source (the planning office, from the People's
 * Council's allocation). All years' plans together stay within the approved total investment.
 */
export async function setCapitalPlan(
  ctx: Ctx,
  projectId: string,
  input: {
    year: number;
    source: CapitalSource;
    amount: string | number;
    decisionRef?: string | null | undefined;
  },
): Promise<Result<CapitalPlanView>> {
  const project = await loadProject(ctx.db, projectId);
  if (!project) return notFound('project', projectId);
  const decision = decideProjectAction(ctx.actor, 'plan', project);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', projectId);
  const errors: FieldError[] = [];
  if (!yearOk(input.year)) errors.push({ field: 'year', message: 'a year 2000–2100' });
  const amount = parseAmount(input.amount);
  if (amount === null) errors.push({ field: 'amount', message: 'a whole number of đồng, 0 or more' });
  if (errors.length > 0) return invalidBecause(msg('investment.capitalPlanInvalid'), errors);
  const decisionRef = input.decisionRef ? nfc(input.decisionRef) || null : null;
  return ctx.db.transaction(async (tx) => {
    // Lock the project row: plans set side by side must see each other against the total.
    await tx.execute(sql`select 1 from investment.projects where id = ${projectId} for update`);
    const [others] = await tx
      .select({ total: sql<string>`coalesce(sum(${capitalPlans.amount}), 0)` })
      .from(capitalPlans)
      .where(
        and(
          eq(capitalPlans.projectId, projectId),
          sql`not (${capitalPlans.year} = ${input.year} and ${capitalPlans.source} = ${input.source})`,
        ),
      );
    const allPlans = BigInt(others?.total ?? '0') + amount!;
    if (allPlans > project.totalInvestment)
      return invalidBecause(
        msg('investment.plansAboveTotal', {
          plans: groupDigits(allPlans),
          total: groupDigits(project.totalInvestment),
        }),
        [fieldError('amount', msg('investment.plansAboveTotalField'))],
      );
    const [existing] = await tx
      .select()
      .from(capitalPlans)
      .where(
        and(
          eq(capitalPlans.projectId, projectId),
          eq(capitalPlans.year, input.year),
          eq(capitalPlans.source, input.source),
        ),
      );
    const [row] = existing
      ? await tx
          .update(capitalPlans)
          .set({ amount: amount!, decisionRef, version: existing.version + 1, updatedAt: ctx.now })
          .where(eq(capitalPlans.id, existing.id))
          .returning()
      : await tx
          .insert(capitalPlans)
          .values({
            id: newId(),
            projectId,
            provinceCode: project.provinceCode,
            year: input.year,
            source: input.source,
            amount: amount!,
            decisionRef,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning();
    await recordAudit(tx, ctx, {
      action: 'investment.capital_plan_set',
      entityType: 'investment_project',
      entityId: projectId,
      provinceCode: project.provinceCode,
      before: existing
        ? { year: existing.year, source: existing.source, amount: existing.amount.toString() }
        : null,
      after: { year: input.year, source: input.source, amount: amount!.toString(), decisionRef },
    });
    return ok(toCapitalPlanView(row!));
  });
}

/**
 * Kế hoạch giải ngân theo tháng — the owner's plan of what to pay in each month of a year, replacing the one
 * before (kept in the audit trail). The twelve months together stay within the year's capital plan (all sources).
 */
export async function setMonthlyPlan(
  ctx: Ctx,
  projectId: string,
  input: { year: number; months: Array<string | number> },
): Promise<Result<{ year: number; months: string[] }>> {
  const project = await loadProject(ctx.db, projectId);
  if (!project) return notFound('project', projectId);
  const decision = decideProjectAction(ctx.actor, 'owner', project);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', projectId);
  const errors: FieldError[] = [];
  if (!yearOk(input.year)) errors.push({ field: 'year', message: 'a year 2000–2100' });
  if (input.months.length !== 12)
    errors.push({ field: 'months', message: 'twelve amounts, January to December' });
  const amounts = input.months.map((m) => parseAmount(m));
  amounts.forEach((a, i) => {
    if (a === null) errors.push({ field: `months.${i}`, message: 'a whole number of đồng, 0 or more' });
  });
  if (errors.length > 0) return invalidBecause(msg('investment.monthlyPlanInvalid'), errors);
  const months = amounts as bigint[];
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from investment.projects where id = ${projectId} for update`);
    const [plan] = await tx
      .select({ total: sql<string | null>`sum(${capitalPlans.amount})` })
      .from(capitalPlans)
      .where(and(eq(capitalPlans.projectId, projectId), eq(capitalPlans.year, input.year)));
    if (plan?.total === null || plan?.total === undefined)
      return invalidBecause(msg('investment.noCapitalPlan', { year: input.year }), [
        fieldError('year', msg('investment.noCapitalPlanField')),
      ]);
    const total = sum(months);
    if (total > BigInt(plan.total))
      return invalidBecause(
        msg('investment.monthsAbovePlan', {
          total: groupDigits(total),
          year: input.year,
          plan: groupDigits(BigInt(plan.total)),
        }),
        [fieldError('months', msg('investment.monthsAbovePlanField'))],
      );
    const before = await tx
      .select({ month: monthlyPlans.month, amount: monthlyPlans.amount })
      .from(monthlyPlans)
      .where(and(eq(monthlyPlans.projectId, projectId), eq(monthlyPlans.year, input.year)));
    await tx
      .delete(monthlyPlans)
      .where(and(eq(monthlyPlans.projectId, projectId), eq(monthlyPlans.year, input.year)));
    await tx.insert(monthlyPlans).values(
      months.map((amount, i) => ({
        id: newId(),
        projectId,
        provinceCode: project.provinceCode,
        year: input.year,
        month: i + 1,
        amount,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'investment.monthly_plan_set',
      entityType: 'investment_project',
      entityId: projectId,
      provinceCode: project.provinceCode,
      before: before.length ? before.sort((a, b) => a.month - b.month).map((b) => b.amount.toString()) : null,
      after: { year: input.year, months: months.map(String) },
    });
    return ok({ year: input.year, months: months.map(String) });
  });
}
