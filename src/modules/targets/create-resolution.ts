import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  type FieldError,
  fieldError,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { findUnit } from '../units/index.js';
import { msg } from './messages.js';
import { decideTargetAction } from './policy.js';
import { resolutions, targets } from './schema.js';
import {
  checkResolution,
  checkTarget,
  type ResolutionInput,
  resolutionRow,
  type TargetInput,
} from './target-input.js';
import { type ResolutionView, refusal, toResolutionViews } from './views.js';

/**
 * Enter a resolution (Nghị quyết) with its main targets, and sub-targets that name their parent by label, in one
 * transaction. The planning office of the province does this.
 */
export async function createResolution(
  ctx: Ctx,
  input: ResolutionInput & {
    targets?: Array<TargetInput & { parentLabel?: string | undefined }> | undefined;
  },
): Promise<Result<ResolutionView>> {
  const province = await findUnit(ctx.db, input.provinceCode);
  if (province?.level !== 'province')
    return invalidBecause(msg('targets.noSuchProvince', { code: input.provinceCode }), [
      fieldError('provinceCode', msg('targets.unknownProvince')),
    ]);
  const decision = decideTargetAction(ctx.actor, 'plan', {
    provinceCode: province.code,
    unitCode: province.code,
    agencyId: null,
  });
  if (decision !== 'allow')
    return refusal(decision, ctx.actor.kind === 'anonymous', 'province', input.provinceCode);
  const errors = checkResolution(input);
  if (errors.length > 0) return invalidBecause(msg('targets.resolutionInvalid'), errors);
  const row = resolutionRow(input);

  // Check every target before writing anything: labels unique, parents known, fields valid.
  const id = newId();
  const list = input.targets ?? [];
  const rows: Array<typeof targets.$inferInsert> = [];
  const idsByLabel = new Map<string, { id: string; isMain: boolean }>();
  const targetErrors: FieldError[] = [];
  for (const [i, target] of list.entries()) {
    const parentLabel = target.parentLabel;
    const parent = parentLabel ? idsByLabel.get(parentLabel) : undefined;
    if (parentLabel && !parent) {
      targetErrors.push({
        field: `targets.${i}.parentLabel`,
        message: 'name a main target listed before it',
      });
      continue;
    }
    const checked = await checkTarget(
      ctx.db,
      row,
      { ...target, parentId: parent?.id ?? null },
      parent ? { resolutionMatches: true, isMain: parent.isMain } : null,
    );
    if (!checked.ok) {
      targetErrors.push(
        ...checked.errors.map((e) => ({ field: `targets.${i}.${e.field}`, message: e.message })),
      );
      continue;
    }
    if (idsByLabel.has(checked.row.label)) {
      targetErrors.push({ field: `targets.${i}.label`, message: 'used twice' });
      continue;
    }
    const targetId = newId();
    idsByLabel.set(checked.row.label, { id: targetId, isMain: !parent });
    rows.push({
      ...checked.row,
      position: target.position ?? i + 1,
      id: targetId,
      resolutionId: id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  if (targetErrors.length > 0) return invalidBecause(msg('targets.targetsInvalid'), targetErrors);

  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: resolutions.id })
      .from(resolutions)
      .where(
        and(
          eq(resolutions.provinceCode, row.provinceCode),
          eq(resolutions.number, row.number),
          eq(resolutions.issuedOn, row.issuedOn),
        ),
      );
    if (taken)
      return conflictBecause(
        msg('targets.resolutionExists', { number: row.number, issuedOn: formatDay(row.issuedOn) }),
      );
    const [created] = await tx
      .insert(resolutions)
      .values({ ...row, id, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (rows.length > 0) await tx.insert(targets).values(rows);
    await recordAudit(tx, ctx, {
      action: 'targets.resolution_created',
      entityType: 'resolution',
      entityId: id,
      provinceCode: row.provinceCode,
      after: {
        ...row,
        targets: rows.map((t) => ({
          id: t.id,
          label: t.label,
          indicator: t.indicator,
          kind: t.kind,
          planLow: t.planLow,
          planHigh: t.planHigh,
        })),
      },
    });
    return ok((await toResolutionViews(tx, [created!]))[0]!);
  });
}
