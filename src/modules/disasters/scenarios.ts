/**
 * Phương án ứng phó thiên tai theo cấp độ rủi ro — each commune keeps its preparedness scenarios (issue 21 §2;
 * Cao Bằng's secretary: "develop scenarios per commune"): the hazard, who is at risk, where people go, which
 * forces and supplies stand ready. The commune writes its own; the province reads all.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findUnit, findUnits } from '../units/index.js';
import { msg } from './messages.js';
import { decideCommune, readableCommunes } from './policy.js';
import { type Hazard, scenarios } from './schema.js';

export interface ScenarioInput {
  unitCode: string;
  hazard: Hazard;
  title: string;
  householdsAtRisk: number;
  peopleAtRisk: number;
  evacuationSites: string;
  forces: string;
  supplies: string;
  approvedOn?: string | null | undefined;
}

export type ScenarioView = typeof scenarios.$inferSelect & { unitName: string };

const clean = (input: ScenarioInput) => ({
  hazard: input.hazard,
  title: nfc(input.title.trim()),
  householdsAtRisk: input.householdsAtRisk,
  peopleAtRisk: input.peopleAtRisk,
  evacuationSites: nfc(input.evacuationSites.trim()),
  forces: nfc(input.forces.trim()),
  supplies: nfc(input.supplies.trim()),
  approvedOn: input.approvedOn ?? null,
});

async function allowed(ctx: Ctx, unitCode: string): Promise<Result<{ provinceCode: string }>> {
  const unit = await findUnit(ctx.db, unitCode, ctx.now);
  if (unit?.level !== 'commune') return notFound('commune', unitCode);
  const decision = decideCommune(ctx.actor, 'report', { unitCode, provinceCode: unit.provinceCode });
  if (decision === 'hide') return notFound('commune', unitCode);
  if (decision === 'deny') return fail({ kind: 'forbidden', localized: msg('disasters.reportForbidden') });
  return ok({ provinceCode: unit.provinceCode });
}

export async function saveScenario(
  ctx: Ctx,
  id: string | null,
  input: ScenarioInput & { version?: number | undefined },
): Promise<Result<{ id: string; version: number }>> {
  const scope = await allowed(ctx, input.unitCode);
  if (!scope.ok) return scope;
  const row = clean(input);
  return ctx.db.transaction(async (tx) => {
    if (id === null) {
      const newIdValue = newId();
      await tx.insert(scenarios).values({
        id: newIdValue,
        provinceCode: scope.value.provinceCode,
        unitCode: input.unitCode,
        ...row,
        updatedBy: actorLabel(ctx.actor),
        updatedAt: ctx.now,
      });
      await recordAudit(tx, ctx, {
        action: 'disasters.scenario_created',
        entityType: 'disaster_scenario',
        entityId: newIdValue,
        provinceCode: scope.value.provinceCode,
        after: { unitCode: input.unitCode, ...row },
      });
      return ok({ id: newIdValue, version: 1 });
    }
    const [before] = await tx
      .select()
      .from(scenarios)
      .where(and(eq(scenarios.id, id), eq(scenarios.unitCode, input.unitCode)))
      .for('update');
    if (!before) return notFound('scenario', id);
    if (before.version !== input.version)
      return fail({
        kind: 'conflict',
        detail: 'The scenario changed since it was read.',
        localized: msg('disasters.stale'),
        current: { version: before.version },
      });
    const [updated] = await tx
      .update(scenarios)
      .set({
        ...row,
        updatedBy: actorLabel(ctx.actor),
        updatedAt: ctx.now,
        version: sql`${scenarios.version} + 1`,
      })
      .where(eq(scenarios.id, id))
      .returning({ version: scenarios.version });
    await recordAudit(tx, ctx, {
      action: 'disasters.scenario_updated',
      entityType: 'disaster_scenario',
      entityId: id,
      provinceCode: before.provinceCode,
      before: clean({ ...before, approvedOn: before.approvedOn } as ScenarioInput),
      after: row,
    });
    return ok({ id, version: updated!.version });
  });
}

/** The scenarios of the communes the reader may see, by commune. */
export async function listScenarios(
  ctx: Ctx,
  provinceCode: string,
  unitCode?: string,
): Promise<Result<ScenarioView[]>> {
  const readable = readableCommunes(ctx.actor, provinceCode);
  if (readable !== null && readable.length === 0) return ok([]);
  const units = unitCode ? (readable === null || readable.includes(unitCode) ? [unitCode] : []) : readable;
  if (units && units.length === 0) return ok([]);
  const rows = await ctx.db
    .select()
    .from(scenarios)
    .where(
      and(eq(scenarios.provinceCode, provinceCode), units ? inArray(scenarios.unitCode, units) : undefined),
    )
    .orderBy(asc(scenarios.unitCode), asc(scenarios.hazard));
  const names = await findUnits(ctx.db, [...new Set(rows.map((r) => r.unitCode))], ctx.now);
  return ok(rows.map((r) => ({ ...r, unitName: names.get(r.unitCode)?.name ?? r.unitCode })));
}
