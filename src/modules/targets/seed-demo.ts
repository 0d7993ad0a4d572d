import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { findUnit, getUnitDetail } from '../units/index.js';
import { createResolution } from './create-resolution.js';
import { CAO_BANG_2025 } from './demo-cao-bang.js';
import { type DemoResolution, NINH_THUAN_2024 } from './demo-ninh-thuan.js';
import { targets, targetValues } from './schema.js';

/** The moment demo values were reported and reviewed: after their period, as the reports were. */
function reportedAt(year: number, period: string): Date {
  const month = period === '9M' ? 10 : period === 'H1' ? 7 : 13;
  return new Date(Date.UTC(year, month - 1, 15, 2, 0, 0));
}

async function agencyOf(ctx: Ctx, unitCode: string, agency: { name: string } | { kind: string }) {
  const detail = await getUnitDetail(ctx.db, unitCode);
  const found = detail?.agencies.find((a) =>
    'name' in agency ? a.name === agency.name : a.kind === agency.kind,
  );
  return found ? { id: found.id, name: found.name } : undefined;
}

async function seedResolution(ctx: Ctx, demo: DemoResolution): Promise<number> {
  const province = demo.resolution.provinceCode;
  const list = [];
  for (const t of demo.targets) {
    const unitCode = t.responsibleUnitCode ?? province;
    const agency = t.agency ? await agencyOf(ctx, unitCode, t.agency) : undefined;
    if (t.agency && !agency)
      throw new Error(`demo targets: no agency ${JSON.stringify(t.agency)} in ${unitCode}`);
    const { values: _values, agency: _agency, ...input } = t;
    list.push({
      ...input,
      unitCodes: t.unitCodes ?? [province],
      responsibleUnitCode: unitCode,
      responsibleAgencyId: agency?.id ?? null,
      responsibleAgencyName: agency?.name ?? t.responsibleAgencyName ?? null,
    });
  }
  const created = await createResolution(ctx, { ...demo.resolution, targets: list });
  if (!created.ok)
    throw new Error(`demo resolution ${demo.resolution.number}: ${JSON.stringify(created.error)}`);
  const ids = new Map(
    (
      await ctx.db
        .select({ id: targets.id, label: targets.label })
        .from(targets)
        .where(eq(targets.resolutionId, created.value.id))
    ).map((t) => [t.label, t.id]),
  );
  const rows: Array<typeof targetValues.$inferInsert> = [];
  for (const t of demo.targets) {
    for (const v of t.values) {
      const at = reportedAt(v.year, v.period);
      rows.push({
        id: newId(),
        targetId: ids.get(t.label)!,
        provinceCode: province,
        year: v.year,
        period: v.period,
        revision: 1,
        value: v.value,
        source: v.source ?? demo.source,
        status: v.status,
        reportedBy: 'demo',
        reportedAt: at,
        reviewedBy: v.status === 'reported' ? null : 'demo',
        reviewedAt: v.status === 'reported' ? null : at,
        lockedBy: v.status === 'locked' ? 'demo' : null,
        lockedAt: v.status === 'locked' ? at : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
  }
  if (rows.length > 0) await ctx.db.insert(targetValues).values(rows);
  await recordAudit(ctx.db, ctx, {
    action: 'targets.demo_values_loaded',
    entityType: 'resolution',
    entityId: created.value.id,
    provinceCode: province,
    after: { values: rows.length, source: demo.source },
  });
  return list.length;
}

/**
 * The targets demo: the 22-target 2024 resolution of Ninh Thuận (now Khánh Hòa, 56) and a smaller 2025
 * resolution of the demo province. A province missing from the units reference data is skipped.
 */
export async function seedTargetsDemo(ctx: Ctx, demoProvince: string): Promise<string> {
  const done: string[] = [];
  for (const demo of [NINH_THUAN_2024, CAO_BANG_2025]) {
    const province = demo.resolution.provinceCode;
    if (province === '04' && demoProvince !== '04') continue;
    if (!(await findUnit(ctx.db, province))) continue;
    done.push(`${await seedResolution(ctx, demo)} targets for ${province}`);
  }
  return `resolutions: ${done.join(', ') || 'none'}`;
}
