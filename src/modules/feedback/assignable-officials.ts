/** Who a leader can assign a case to: the officials holding a handling role on the case's unit or province. */
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { type OfficialSummary, officialsOfUnit } from '../identity/index.js';
import { authorizedCase } from './change-case.js';

export async function listAssignableOfficials(ctx: Ctx, caseId: string): Promise<Result<OfficialSummary[]>> {
  const authorized = await authorizedCase(ctx, caseId, 'manage');
  if (!authorized.ok) return authorized;
  const c = authorized.value.row;
  return ok(await officialsOfUnit(ctx.db, c, ['unit_leader', 'provincial_leader', 'specialist']));
}
