import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor, Ctx } from '../../platform/context.js';
import {
  fail,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { vietnamToday } from '../units/index.js';
import type { Achievement } from './achievement.js';
import {
  achievementsAt,
  defaultPeriod,
  type ResolutionSummary,
  reportedPeriods,
  summarise,
} from './achievement-loader.js';
import type { MeasuredValue } from './measured.js';
import { msg } from './messages.js';
import { isPeriod, type Period } from './periods.js';
import { decideTargetAction, isPlanningOffice, mayReadProvince, mayReport } from './policy.js';
import { resolutions, targets } from './schema.js';
import {
  loadResolution,
  type ResolutionView,
  refusal,
  type TargetView,
  toResolutionViews,
  toTargetViews,
  type ValueView,
} from './views.js';

/** The provinces whose targets an actor reads: null for all (national or system). */
export function readableProvinces(actor: Actor): string[] | null {
  if (actor.kind === 'system') return null;
  if (actor.kind !== 'user') return [];
  if (actor.roles.some((g) => g.unitCode === 'VN' && g.role !== 'citizen')) return null;
  return [...new Set(actor.roles.filter((g) => g.role !== 'citizen').map((g) => g.provinceCode))];
}

export interface ResolutionListItem extends ResolutionView {
  targets: number;
}

/** Resolutions of the provinces the actor works in, newest first. */
export async function listResolutions(
  ctx: Ctx,
  input: { provinceCode?: string | undefined; year?: number | undefined },
): Promise<Result<ResolutionListItem[]>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  const provinces = readableProvinces(ctx.actor);
  if (provinces !== null && provinces.length === 0) return forbiddenBecause(msg('targets.readByOfficials'));
  if (input.provinceCode && !mayReadProvince(ctx.actor, input.provinceCode)) return ok([]);
  const filters: SQL[] = [];
  if (input.provinceCode) filters.push(eq(resolutions.provinceCode, input.provinceCode));
  else if (provinces !== null) filters.push(inArray(resolutions.provinceCode, provinces));
  const rows = await ctx.db
    .select()
    .from(resolutions)
    .where(and(...filters))
    .orderBy(desc(resolutions.toYear), desc(resolutions.issuedOn))
    .limit(500);
  const year = input.year;
  const chosen = year === undefined ? rows : rows.filter((r) => r.fromYear <= year && year <= r.toYear);
  const counts = new Map<string, number>();
  if (chosen.length > 0) {
    const list = await ctx.db
      .select({ resolutionId: targets.resolutionId, parentId: targets.parentId })
      .from(targets)
      .where(
        inArray(
          targets.resolutionId,
          chosen.map((r) => r.id),
        ),
      );
    for (const t of list)
      if (t.parentId === null) counts.set(t.resolutionId, (counts.get(t.resolutionId) ?? 0) + 1);
  }
  const views = await toResolutionViews(ctx.db, chosen);
  return ok(views.map((v) => ({ ...v, targets: counts.get(v.id) ?? 0 })));
}

export interface TargetAtPeriod extends TargetView {
  current: ValueView | null;
  /** For a target bound to an indicator: the value computed from the records (issue 24 §2). */
  measured: MeasuredValue | null;
  previous: string | null;
  reportDue: string;
  achievement: Achievement;
  /** Whether the reader may report this target's values. */
  mayReport: boolean;
}

export interface ResolutionDetail {
  resolution: ResolutionView;
  year: number;
  period: Period;
  periods: Array<{ year: number; period: Period }>;
  summary: ResolutionSummary;
  targets: TargetAtPeriod[];
  permissions: { plan: boolean; review: boolean };
}

/** A resolution with each target's value and achievement at a period (default: see `defaultPeriod`). */
export async function getResolution(
  ctx: Ctx,
  id: string,
  input: { year?: number | undefined; period?: string | undefined } = {},
): Promise<Result<ResolutionDetail>> {
  const resolution = await loadResolution(ctx.db, id);
  if (!resolution) return notFound('resolution', id);
  const scope = { provinceCode: resolution.provinceCode, unitCode: resolution.provinceCode, agencyId: null };
  const decision = decideTargetAction(ctx.actor, 'read', scope);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'resolution', id);
  if (input.period !== undefined && !isPeriod(input.period))
    return invalidBecause(msg('targets.unknownPeriod'), [fieldError('period', msg('targets.periodField'))]);
  const today = vietnamToday(ctx.now);
  const periods = await reportedPeriods(ctx.db, id);
  const fallback = defaultPeriod(resolution, periods, today);
  const year = input.year ?? fallback.year;
  const period = (input.period as Period | undefined) ?? (input.year === undefined ? fallback.period : 'Y');
  if (year < resolution.fromYear - 1 || year > resolution.toYear)
    return invalidBecause(
      msg('targets.resolutionYears', { from: resolution.fromYear, to: resolution.toYear }),
      [{ field: 'year', message: `${resolution.fromYear - 1}–${resolution.toYear}` }],
    );
  const rows = await ctx.db
    .select()
    .from(targets)
    .where(eq(targets.resolutionId, id))
    .orderBy(asc(targets.position), asc(targets.label));
  const achievements = await achievementsAt(ctx, resolution, rows, year, period, today);
  const views = await toTargetViews(ctx.db, rows);
  const [view] = await toResolutionViews(ctx.db, [resolution]);
  return ok({
    resolution: view!,
    year,
    period,
    periods,
    summary: summarise(rows, achievements, year, period),
    targets: views.map((t) => {
      const a = achievements.get(t.id)!;
      return {
        ...t,
        current: a.current,
        measured: a.measured,
        previous: a.previous,
        reportDue: a.reportDue,
        achievement: a.achievement,
        mayReport:
          !t.measuredBy &&
          mayReport(ctx.actor, {
            provinceCode: t.provinceCode,
            unitCode: t.responsibleUnitCode,
            agencyId: t.responsibleAgencyId,
          }),
      };
    }),
    permissions: {
      plan: isPlanningOffice(ctx.actor, resolution.provinceCode),
      review: isPlanningOffice(ctx.actor, resolution.provinceCode),
    },
  });
}
