import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, forbiddenBecause, notFound, ok, type Result } from '../../platform/result.js';
import { vietnamToday } from '../units/index.js';
import { atRiskMargin, findProjectsAtRisk, type ProjectAtRisk } from './at-risk.js';
import { monthlyCurve, sourceFigures } from './figures.js';
import { msg } from './messages.js';
import { rate } from './money.js';
import { decideProjectAction, isOwnerOfficial, isPlanningOffice, mayReadProvince } from './policy.js';
import type { CurvePoint } from './province-summary.js';
import { capitalPlans, disbursements, extensionRequests, type ProjectGroup, projects } from './schema.js';
import {
  type CapitalPlanView,
  type DisbursementView,
  type ExtensionView,
  foldText,
  loadProject,
  type ProjectView,
  refusal,
  toCapitalPlanView,
  toDisbursementView,
  toExtensionView,
  toProjectViews,
} from './views.js';

export interface ProjectRowView extends ProjectView {
  plan: string;
  paid: string;
  rate: number | null;
  rateLastYear: number | null;
  pendingExtension: boolean;
}

export interface ProjectListInput {
  provinceCode: string;
  year?: number | undefined;
  q?: string | undefined;
  ownerUnitCode?: string | undefined;
  group?: ProjectGroup | undefined;
  page: number;
  pageSize: number;
}

/** A province's projects with their plan, payments and rate for a plan year (as of today), biggest plan first. */
export async function listProjects(
  ctx: Ctx,
  input: ProjectListInput,
): Promise<Result<{ items: ProjectRowView[]; total: number; page: number; pageSize: number; year: number }>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayReadProvince(ctx.actor, input.provinceCode))
    return forbiddenBecause(msg('investment.readByOfficials'));
  const today = vietnamToday(ctx.now);
  const year = input.year ?? Number(today.slice(0, 4));
  const asOf = today < `${year + 1}-01-31` ? today : `${year + 1}-01-31`;
  const filters: SQL[] = [eq(projects.provinceCode, input.provinceCode)];
  if (input.q?.trim()) {
    const pattern = `%${foldText(input.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(projects.searchText, pattern), eq(projects.code, input.q.trim()))!);
  }
  if (input.ownerUnitCode) filters.push(eq(projects.ownerUnitCode, input.ownerUnitCode));
  if (input.group) filters.push(eq(projects.group, input.group));
  const where = and(...filters);
  const planOrder = sql`(select coalesce(sum(cp.amount), 0) from investment.capital_plans cp where cp.project_id = ${projects.id} and cp.year = ${year})`;
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(projects)
      .where(where)
      .orderBy(desc(planOrder), asc(projects.code))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    ctx.db.select({ n: sql<number>`count(*)` }).from(projects).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const figures = ids.length
    ? await sourceFigures(ctx.db, { provinceCode: input.provinceCode, projectIds: ids }, year, asOf)
    : [];
  const pending = ids.length
    ? await ctx.db
        .select({ projectId: extensionRequests.projectId })
        .from(extensionRequests)
        .where(
          and(
            eq(extensionRequests.status, 'pending'),
            sql`${extensionRequests.projectId} = any(${`{${ids.join(',')}}`}::uuid[])`,
          ),
        )
    : [];
  const pendingSet = new Set(pending.map((p) => p.projectId));
  const views = await toProjectViews(ctx.db, rows);
  return ok({
    year,
    total: Number(count?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
    items: views.map((v) => {
      const mine = figures.filter((f) => f.projectId === v.id);
      const s = (k: 'plan' | 'paid' | 'planLastYear' | 'paidLastYear') => mine.reduce((t, f) => t + f[k], 0n);
      return {
        ...v,
        plan: s('plan').toString(),
        paid: s('paid').toString(),
        rate: rate(s('paid'), s('plan')),
        rateLastYear: rate(s('paidLastYear'), s('planLastYear')),
        pendingExtension: pendingSet.has(v.id),
      };
    }),
  });
}

export interface ProjectDetail {
  project: ProjectView;
  year: number;
  asOf: string;
  capitalPlans: CapitalPlanView[];
  monthlyPlan: string[] | null;
  bySource: Array<{ source: string; plan: string; paid: string; rate: number | null }>;
  totals: { plan: string; paid: string; rate: number | null; rateLastYear: number | null };
  curve: CurvePoint[];
  disbursements: DisbursementView[];
  extensions: ExtensionView[];
  atRisk: ProjectAtRisk | null;
  link: { kind: 'investment_project'; id: string };
  permissions: { plan: boolean; owner: boolean };
}

/** One project: its plans, its plan-against-actual curve for a year, its payments and extension requests. */
export async function getProject(
  ctx: Ctx,
  id: string,
  input: { year?: number | undefined } = {},
): Promise<Result<ProjectDetail>> {
  const row = await loadProject(ctx.db, id);
  if (!row) return notFound('project', id);
  const decision = decideProjectAction(ctx.actor, 'read', row);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', id);
  const today = vietnamToday(ctx.now);
  const year = input.year ?? Number(today.slice(0, 4));
  const asOf = today < `${year + 1}-01-31` ? today : `${year + 1}-01-31`;
  const scope = { provinceCode: row.provinceCode, projectIds: [id] };
  const [plans, monthly, figures, curve, paidRows, extensionRows, margin] = await Promise.all([
    ctx.db
      .select()
      .from(capitalPlans)
      .where(eq(capitalPlans.projectId, id))
      .orderBy(desc(capitalPlans.year), asc(capitalPlans.source)),
    ctx.db.execute<{ month: number; amount: string }>(
      sql`select month, amount from investment.monthly_plans where project_id = ${id} and year = ${year} order by month`,
    ),
    sourceFigures(ctx.db, scope, year, asOf),
    monthlyCurve(ctx.db, { provinceCode: row.provinceCode, projectId: id }, year, asOf),
    ctx.db
      .select()
      .from(disbursements)
      .where(and(eq(disbursements.projectId, id), eq(disbursements.planYear, year)))
      .orderBy(desc(disbursements.disbursedOn), desc(disbursements.createdAt)),
    ctx.db
      .select()
      .from(extensionRequests)
      .where(eq(extensionRequests.projectId, id))
      .orderBy(desc(extensionRequests.createdAt)),
    atRiskMargin(ctx.db, row.provinceCode),
  ]);
  const plan = figures.reduce((t, f) => t + f.plan, 0n);
  const paid = figures.reduce((t, f) => t + f.paid, 0n);
  const planLastYear = figures.reduce((t, f) => t + f.planLastYear, 0n);
  const paidLastYear = figures.reduce((t, f) => t + f.paidLastYear, 0n);
  let cp = 0n;
  let cd = 0n;
  let cl = 0n;
  const atRisk =
    (await findProjectsAtRisk(ctx.db, row.provinceCode, year, asOf, margin)).find(
      (r) => r.projectId === id,
    ) ?? null;
  const [project] = await toProjectViews(ctx.db, [row]);
  return ok({
    project: project!,
    year,
    asOf,
    capitalPlans: plans.map(toCapitalPlanView),
    monthlyPlan: monthly.rows.length === 12 ? monthly.rows.map((m) => BigInt(m.amount).toString()) : null,
    bySource: figures.map((f) => ({
      source: f.source,
      plan: f.plan.toString(),
      paid: f.paid.toString(),
      rate: rate(f.paid, f.plan),
    })),
    totals: {
      plan: plan.toString(),
      paid: paid.toString(),
      rate: rate(paid, plan),
      rateLastYear: rate(paidLastYear, planLastYear),
    },
    curve: curve.map((p) => {
      cp += p.planned;
      cd += p.paid;
      cl += p.paidLastYear;
      return {
        month: p.month,
        planned: p.planned.toString(),
        paid: p.paid.toString(),
        plannedCumulative: cp.toString(),
        paidCumulative: cd.toString(),
        paidLastYearCumulative: cl.toString(),
        rate: rate(cd, plan),
        plannedRate: rate(cp, plan),
        rateLastYear: rate(cl, planLastYear),
      };
    }),
    disbursements: paidRows.map(toDisbursementView),
    extensions: extensionRows.map(toExtensionView),
    atRisk,
    link: { kind: 'investment_project', id },
    permissions: {
      plan: isPlanningOffice(ctx.actor, row.provinceCode),
      owner: isOwnerOfficial(ctx.actor, row),
    },
  });
}
