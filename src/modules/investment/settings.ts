import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, forbiddenBecause, invalidBecause, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { atRiskMargin } from './at-risk.js';
import { msg } from './messages.js';
import { isPlanningOffice, mayReadProvince } from './policy.js';
import { settings } from './schema.js';

/** The margin that flags a project at risk (percentage points of its annual plan behind its monthly plan). */
export async function setAtRiskMargin(
  ctx: Ctx,
  provinceCode: string,
  input: { marginPoints: number },
): Promise<Result<{ provinceCode: string; marginPoints: number }>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayReadProvince(ctx.actor, provinceCode)) return fail({ kind: 'forbidden' });
  if (!isPlanningOffice(ctx.actor, provinceCode))
    return forbiddenBecause(msg('investment.planningSetsMargin'));
  if (!Number.isInteger(input.marginPoints) || input.marginPoints < 0 || input.marginPoints > 100)
    return invalidBecause(msg('investment.marginRange'), [{ field: 'marginPoints', message: '0–100' }]);
  const before = await atRiskMargin(ctx.db, provinceCode);
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ provinceCode, atRiskMarginPoints: input.marginPoints, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: settings.provinceCode,
        set: {
          atRiskMarginPoints: input.marginPoints,
          version: sql`${settings.version} + 1`,
          updatedAt: ctx.now,
        },
      });
    await recordAudit(tx, ctx, {
      action: 'investment.settings_changed',
      entityType: 'investment_settings',
      entityId: null,
      provinceCode,
      before: { atRiskMarginPoints: before },
      after: { atRiskMarginPoints: input.marginPoints },
    });
    return ok({ provinceCode, marginPoints: input.marginPoints });
  });
}
