/**
 * Rút đơn — the complainant or denouncer withdraws (Law on Complaints art. 10; Law on Denunciations art. 33),
 * in writing: on the portal for their own case, or recorded by a leader from a letter. The case closes.
 */
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { cancelOpenDeadlines } from './case-store.js';
import { changeCase } from './change-case.js';
import { msg } from './messages.js';

export async function withdrawCase(
  ctx: Ctx,
  caseId: string,
  input: { version: number; reason: string },
): Promise<Result<{ id: string; code: string; status: 'withdrawn' }>> {
  const reason = nfc(input.reason);
  const result = await changeCase(ctx, caseId, input.version, 'withdraw', (loaded) => {
    const c = loaded.row;
    if (c.kind === 'pakn')
      return invalidBecause(msg('feedback.paknNotWithdrawn'), [
        fieldError('kind', msg('feedback.notForThisKind', { kind: c.kind })),
      ]);
    if (c.status !== 'received' && c.status !== 'processing' && c.status !== 'suspended')
      return invalidBecause(msg('feedback.withdrawOpenOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    return ok({
      changes: { status: 'withdrawn', closedAt: ctx.now },
      apply: (tx) => cancelOpenDeadlines(tx, c.id, ctx.now),
      event: { action: 'withdrawn', note: reason },
      audit: { action: 'feedback.withdrawn', before: { status: c.status }, after: { status: 'withdrawn' } },
    });
  });
  return result.ok ? ok({ id: caseId, code: result.value.code, status: 'withdrawn' as const }) : result;
}
