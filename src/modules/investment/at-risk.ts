/**
 * Dự án chậm giải ngân — projects behind their own monthly plan: by the day asked, the owner planned to have paid
 * P of the year's plan A and has paid D; the project is at risk when (P − D) / A ≥ the province's margin in
 * percentage points (settings.atRiskMarginPoints, default 10). The oversight module turns these into tasks through
 * the stable link { kind: 'investment_project', id }.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { fail, forbiddenBecause, ok, type Result } from '../../platform/result.js';
import { vietnamToday } from '../units/index.js';
import { plannedToDate, sourceFigures } from './figures.js';
import { msg } from './messages.js';
import { points, rate } from './money.js';
import { mayReadProvince } from './policy.js';
import { projects, settings } from './schema.js';

/** The link kind other modules store to point at a project (with the project's id). */
export const INVESTMENT_LINK_KIND = 'investment_project' as const;
export const DEFAULT_AT_RISK_MARGIN = 10;

export interface ProjectAtRisk {
  link: { kind: typeof INVESTMENT_LINK_KIND; id: string };
  projectId: string;
  provinceCode: string;
  code: string;
  name: string;
  ownerName: string;
  ownerUnitCode: string;
  ownerAgencyId: string | null;
  year: number;
  asOf: string;
  annualPlan: string;
  plannedToDate: string;
  paidToDate: string;
  /** Paid as a share of the year's plan, and how far (percentage points of the plan) behind the monthly plan. */
  rate: number | null;
  plannedRate: number | null;
  behindPoints: number;
}

export async function atRiskMargin(db: Executor, provinceCode: string): Promise<number> {
  const [row] = await db.select().from(settings).where(eq(settings.provinceCode, provinceCode));
  return row?.atRiskMarginPoints ?? DEFAULT_AT_RISK_MARGIN;
}

/** The computation, for callers that already checked who may read (the summary, the project page). */
export async function findProjectsAtRisk(
  db: Executor,
  provinceCode: string,
  year: number,
  asOf: string,
  margin: number,
): Promise<ProjectAtRisk[]> {
  const [figures, planned] = await Promise.all([
    sourceFigures(db, { provinceCode }, year, asOf),
    plannedToDate(db, provinceCode, year, asOf),
  ]);
  const totals = new Map<string, { plan: bigint; paid: bigint }>();
  for (const f of figures) {
    const t = totals.get(f.projectId) ?? { plan: 0n, paid: 0n };
    t.plan += f.plan;
    t.paid += f.paid;
    totals.set(f.projectId, t);
  }
  const candidates: Array<{ id: string; plan: bigint; paid: bigint; planned: bigint; behind: number }> = [];
  for (const [id, planned_] of planned) {
    const t = totals.get(id);
    if (!t || t.plan <= 0n) continue;
    const behind = points(planned_ - t.paid, t.plan) ?? 0;
    if (behind >= margin && planned_ > t.paid) candidates.push({ id, ...t, planned: planned_, behind });
  }
  if (candidates.length === 0) return [];
  const rows = await db
    .select()
    .from(projects)
    .where(
      inArray(
        projects.id,
        candidates.map((c) => c.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return candidates
    .filter((c) => byId.get(c.id)?.status === 'active')
    .map((c) => {
      const p = byId.get(c.id)!;
      return {
        link: { kind: INVESTMENT_LINK_KIND, id: p.id },
        projectId: p.id,
        provinceCode: p.provinceCode,
        code: p.code,
        name: p.name,
        ownerName: p.ownerName,
        ownerUnitCode: p.ownerUnitCode,
        ownerAgencyId: p.ownerAgencyId,
        year,
        asOf,
        annualPlan: c.plan.toString(),
        plannedToDate: c.planned.toString(),
        paidToDate: c.paid.toString(),
        rate: rate(c.paid, c.plan),
        plannedRate: rate(c.planned, c.plan),
        behindPoints: c.behind,
      };
    })
    .sort((a, b) => b.behindPoints - a.behindPoints);
}

/**
 * Projects at risk in a province for a plan year as of a day (defaults: today, its year), furthest behind first.
 * For the oversight module and the dashboards; officials of the province read it.
 */
export async function listProjectsAtRisk(
  ctx: Ctx,
  input: { provinceCode: string; year?: number | undefined; asOf?: string | undefined },
): Promise<Result<{ marginPoints: number; items: ProjectAtRisk[] }>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayReadProvince(ctx.actor, input.provinceCode))
    return forbiddenBecause(msg('investment.readByOfficials'));
  const asOf = input.asOf ?? vietnamToday(ctx.now);
  const year = input.year ?? Number(asOf.slice(0, 4));
  const margin = await atRiskMargin(ctx.db, input.provinceCode);
  return ok({
    marginPoints: margin,
    items: await findProjectsAtRisk(ctx.db, input.provinceCode, year, asOf, margin),
  });
}
