import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, forbiddenBecause, notFound, ok, type Result } from '../../platform/result.js';
import { vietnamToday } from '../units/index.js';
import { achievementsAt, type TargetAchievement } from './achievement-loader.js';
import { msg } from './messages.js';
import { comparePeriods, isPeriod, type Period } from './periods.js';
import { decideTargetAction, isPlanningOffice, mayReport } from './policy.js';
import { resolutions, targets, targetValues } from './schema.js';
import {
  loadResolution,
  loadTarget,
  type ResolutionView,
  refusal,
  type TargetView,
  toResolutionViews,
  toTargetViews,
  toValueView,
  type ValueView,
} from './views.js';

export interface TargetDetail {
  resolution: ResolutionView;
  target: TargetView;
  parent: TargetView | null;
  children: TargetView[];
  /** Every revision of every period, latest period first, newest revision first. */
  history: ValueView[];
  /** Achievement at each period that has a value, latest first. */
  periods: Array<{ year: number; period: Period } & Omit<TargetAchievement, 'targetId'>>;
  permissions: { report: boolean; review: boolean; plan: boolean };
}

/** A target with its whole value history (corrections included) and its achievement at each reported period. */
export async function getTarget(ctx: Ctx, id: string): Promise<Result<TargetDetail>> {
  const row = await loadTarget(ctx.db, id);
  if (!row) return notFound('target', id);
  const decision = decideTargetAction(ctx.actor, 'read', {
    provinceCode: row.provinceCode,
    unitCode: row.provinceCode,
    agencyId: null,
  });
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'target', id);
  const resolution = (await loadResolution(ctx.db, row.resolutionId))!;
  const [valueRows, related] = await Promise.all([
    ctx.db
      .select()
      .from(targetValues)
      .where(eq(targetValues.targetId, id))
      .orderBy(desc(targetValues.year), asc(targetValues.period), desc(targetValues.revision)),
    ctx.db
      .select()
      .from(targets)
      .where(
        row.parentId
          ? sql`${targets.id} = ${row.parentId} or ${targets.parentId} = ${id}`
          : eq(targets.parentId, id),
      )
      .orderBy(asc(targets.position)),
  ]);
  const history = valueRows.map(toValueView);
  history.sort((a, b) =>
    a.year !== b.year
      ? b.year - a.year
      : a.period !== b.period
        ? comparePeriods(b.period, a.period)
        : b.revision - a.revision,
  );
  const today = vietnamToday(ctx.now);
  const pairs = row.measuredBy
    ? measuredPeriods(resolution.fromYear, row.dueYear, today)
    : [...new Map(history.map((v) => [`${v.year}|${v.period}`, v])).values()];
  const periods: TargetDetail['periods'] = [];
  for (const v of pairs) {
    if (!isPeriod(v.period)) continue;
    const a = (await achievementsAt(ctx, resolution, [row], v.year, v.period, today)).get(id)!;
    const { targetId: _t, ...rest } = a;
    periods.push({ year: v.year, period: v.period, ...rest });
  }
  const [target] = await toTargetViews(ctx.db, [row]);
  const relatedViews = await toTargetViews(ctx.db, related);
  const [resolutionView] = await toResolutionViews(ctx.db, [resolution]);
  const planning = isPlanningOffice(ctx.actor, row.provinceCode);
  return ok({
    resolution: resolutionView!,
    target: target!,
    parent: relatedViews.find((t) => t.id === row.parentId) ?? null,
    children: relatedViews.filter((t) => t.parentId === id),
    history,
    periods,
    permissions: {
      // A target measured from the records takes no typed value (issue 24 §2).
      report:
        !row.measuredBy &&
        mayReport(ctx.actor, {
          provinceCode: row.provinceCode,
          unitCode: row.responsibleUnitCode,
          agencyId: row.responsibleAgencyId,
        }),
      review: planning,
      plan: planning,
    },
  });
}

/**
 * The periods a measured target is shown at: each year of the resolution (and the baseline year before) up to
 * this year, the year and its quarters that have begun, latest first.
 */
function measuredPeriods(fromYear: number, dueYear: number, today: string) {
  const list: Array<{ year: number; period: Period }> = [];
  const thisYear = Number(today.slice(0, 4));
  for (let year = Math.min(dueYear, thisYear); year >= fromYear - 1; year--) {
    list.push({ year, period: 'Y' });
    for (const q of ['Q4', 'Q3', 'Q2', 'Q1'] as const)
      if (`${year}-${String(Number(q.slice(1)) * 3 - 2).padStart(2, '0')}-01` <= today)
        list.push({ year, period: q });
  }
  return list;
}

export interface ReviewItem extends ValueView {
  resolutionId: string;
  resolutionNumber: string;
  targetLabel: string;
  indicator: string;
  unitOfMeasure: string;
  responsibleAgencyName: string;
}

/** Values waiting for the planning office of a province: current revisions reported or returned, oldest first. */
export async function listReviewQueue(ctx: Ctx, provinceCode: string): Promise<Result<ReviewItem[]>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  const decision = decideTargetAction(ctx.actor, 'review', {
    provinceCode,
    unitCode: provinceCode,
    agencyId: null,
  });
  if (decision === 'hide') return ok([]);
  if (decision === 'deny') return forbiddenBecause(msg('targets.planningReviews'));
  const rows = await ctx.db.execute<{ id: string }>(sql`
    select id from (
      select distinct on (v.target_id, v.year, v.period) v.id, v.status, v.reported_at
        from targets.target_values v
       where v.province_code = ${provinceCode}
       order by v.target_id, v.year, v.period, v.revision desc) current
     where status in ('reported', 'returned')
     order by reported_at
     limit 500`);
  const ids = rows.rows.map((r) => r.id);
  if (ids.length === 0) return ok([]);
  const list = await ctx.db
    .select({ value: targetValues, target: targets, resolutionNumber: resolutions.number })
    .from(targetValues)
    .innerJoin(targets, eq(targets.id, targetValues.targetId))
    .innerJoin(resolutions, eq(resolutions.id, targets.resolutionId))
    .where(sql`${targetValues.id} = any(${`{${ids.join(',')}}`}::uuid[])`)
    .orderBy(asc(targetValues.reportedAt));
  return ok(
    list.map((r) => ({
      ...toValueView(r.value),
      resolutionId: r.target.resolutionId,
      resolutionNumber: r.resolutionNumber,
      targetLabel: r.target.label,
      indicator: r.target.indicator,
      unitOfMeasure: r.target.unitOfMeasure,
      responsibleAgencyName: r.target.responsibleAgencyName,
    })),
  );
}
