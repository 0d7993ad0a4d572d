/**
 * Change a resolution's particulars (issuer, number, title, dates, term, report deadline, note): the planning
 * office, with the version it read (409 with the current one otherwise). The province stays; the years may not
 * leave out a year some target is due in.
 */
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import {
  conflictBecause,
  fieldError,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { decideTargetAction } from './policy.js';
import { resolutions, targets } from './schema.js';
import { checkResolution, type ResolutionInput, resolutionRow } from './target-input.js';
import { loadResolution, type ResolutionView, refusal, toResolutionViews } from './views.js';

export async function updateResolution(
  ctx: Ctx,
  id: string,
  input: Omit<ResolutionInput, 'provinceCode'> & { version: number },
): Promise<Result<ResolutionView>> {
  const current = await loadResolution(ctx.db, id);
  if (!current) return notFound('resolution', id);
  const scope = { provinceCode: current.provinceCode, unitCode: current.provinceCode, agencyId: null };
  const decision = decideTargetAction(ctx.actor, 'plan', scope);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'resolution', id);
  const full = { ...input, provinceCode: current.provinceCode };
  const errors = checkResolution(full);
  if (errors.length > 0) return invalidBecause(msg('targets.resolutionInvalid'), errors);
  const row = resolutionRow(full);

  return ctx.db.transaction(async (tx) => {
    const outside = await tx.$count(
      targets,
      and(
        eq(targets.resolutionId, id),
        or(lt(targets.dueYear, row.fromYear), gt(targets.dueYear, row.toYear)),
      ),
    );
    if (outside > 0)
      return invalidBecause(
        msg('targets.dueOutsideYears', { count: outside, from: row.fromYear, to: row.toYear }),
        [fieldError('fromYear', msg('targets.dueOutsideYearsField'))],
      );
    const [clash] = await tx
      .select({ id: resolutions.id })
      .from(resolutions)
      .where(
        and(
          eq(resolutions.provinceCode, row.provinceCode),
          eq(resolutions.number, row.number),
          eq(resolutions.issuedOn, row.issuedOn),
        ),
      );
    if (clash && clash.id !== id)
      return conflictBecause(
        msg('targets.resolutionExists', { number: row.number, issuedOn: formatDay(row.issuedOn) }),
      );
    const [updated] = await tx
      .update(resolutions)
      .set({ ...row, version: input.version + 1, updatedAt: ctx.now })
      .where(and(eq(resolutions.id, id), eq(resolutions.version, input.version)))
      .returning();
    if (!updated) {
      const latest = await loadResolution(tx, id);
      return conflictBecause(
        msg('targets.resolutionChangedByOther'),
        latest ? (await toResolutionViews(tx, [latest]))[0] : undefined,
      );
    }
    const { createdAt: _c, updatedAt: _u, version: _v, id: _i, ...before } = current;
    await recordAudit(tx, ctx, {
      action: 'targets.resolution_updated',
      entityType: 'resolution',
      entityId: id,
      provinceCode: current.provinceCode,
      before,
      after: row,
    });
    return ok((await toResolutionViews(tx, [updated]))[0]!);
  });
}
