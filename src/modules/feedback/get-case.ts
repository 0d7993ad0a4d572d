/** Xem hồ sơ — one case: the officials' view for those in scope, the submitter's view of their own case. */
import type { Ctx } from '../../platform/context.js';
import { notFound, ok, type Result } from '../../platform/result.js';
import { caseRef, type LoadedCase, loadCase } from './case-store.js';
import { buildCaseView, buildOwnCaseView, type CaseView, type OwnCaseView } from './case-view.js';
import { decideCaseAction, isOwnCase } from './policy.js';

export type CaseRead = { as: 'official'; case: CaseView } | { as: 'submitter'; case: OwnCaseView };

export async function getCase(ctx: Ctx, caseId: string): Promise<Result<CaseRead>> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) return notFound('feedback case', caseId);
  return readLoaded(ctx, loaded);
}

export async function readLoaded(ctx: Ctx, loaded: LoadedCase): Promise<Result<CaseRead>> {
  const ref = caseRef(loaded);
  if (decideCaseAction(ctx.actor, 'read', ref) === 'allow')
    return ok({ as: 'official', case: await buildCaseView(ctx.db, loaded, ctx.actor, ctx.now) });
  if (isOwnCase(ctx.actor, ref))
    return ok({ as: 'submitter', case: await buildOwnCaseView(ctx.db, loaded, ctx.now) });
  return notFound('feedback case', loaded.row.id);
}
