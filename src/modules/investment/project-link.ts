import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { INVESTMENT_LINK_KIND } from './at-risk.js';
import { decideProjectAction } from './policy.js';
import { loadProject, refusal } from './views.js';

/** What another module shows for a link { kind: 'investment_project', id } (e.g. an oversight task's subject). */
export interface ProjectLink {
  kind: typeof INVESTMENT_LINK_KIND;
  id: string;
  provinceCode: string;
  code: string;
  name: string;
  ownerName: string;
  ownerUnitCode: string;
  ownerAgencyId: string | null;
  currentEndDate: string;
  /** The web page of the project. */
  path: string;
}

/** Resolve a project link for a reader (404 when the project is not theirs to see). */
export async function findProject(ctx: Ctx, id: string): Promise<Result<ProjectLink>> {
  const row = await loadProject(ctx.db, id);
  if (!row) return refusal('hide', ctx.actor.kind === 'anonymous', 'project', id);
  const decision = decideProjectAction(ctx.actor, 'read', row);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', id);
  return ok({
    kind: INVESTMENT_LINK_KIND,
    id: row.id,
    provinceCode: row.provinceCode,
    code: row.code,
    name: row.name,
    ownerName: row.ownerName,
    ownerUnitCode: row.ownerUnitCode,
    ownerAgencyId: row.ownerAgencyId,
    currentEndDate: row.currentEndDate,
    path: `/dashboard/investment?project=${row.id}`,
  });
}
