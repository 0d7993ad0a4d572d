/**
 * Xem thông tin người tố cáo — the denouncer's identity, for the officials assigned to the case and the head who
 * assigned them only (Law on Denunciations 2018 art. 47: keep the denouncer's name, address and handwriting
 * confidential). Everyone else gets 404, as if there were nothing to see; every view is written to the audit
 * trail, with who and when.
 */
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { caseRef, loadCase } from './case-store.js';
import { decideCaseAction } from './policy.js';
import { denouncers } from './schema.js';

export interface DenouncerView {
  caseCode: string;
  fullName: string;
  idNumber: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  filedWithAccount: boolean;
}

export async function revealDenouncer(ctx: Ctx, caseId: string): Promise<Result<DenouncerView>> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded || decideCaseAction(ctx.actor, 'reveal_denouncer', caseRef(loaded)) !== 'allow')
    return notFound('denouncer identity');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(denouncers).where(eq(denouncers.caseId, caseId));
    if (!row) return notFound('denouncer identity');
    await recordAudit(tx, ctx, {
      action: 'feedback.denouncer_viewed',
      entityType: 'feedback_case',
      entityId: caseId,
      provinceCode: loaded.row.provinceCode,
      after: { code: loaded.row.code },
    });
    return ok({
      caseCode: loaded.row.code,
      fullName: row.fullName,
      idNumber: row.idNumber,
      phone: row.phone,
      email: row.email,
      address: row.address,
      filedWithAccount: row.userId !== null,
    });
  });
}
