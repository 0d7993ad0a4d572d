/**
 * Từ chối tiếp nhận / Không thụ lý — refuse a PAKN (within 2 working days, Decision 766 sub-indicator 5.2),
 * or decline to accept a complaint (Law on Complaints art. 11, 27: with written reasons) or a denunciation
 * (Law on Denunciations art. 29). The reason is told to the submitter; the case closes and its running limits
 * stop applying.
 */
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { cancelOpenDeadlines, finishDeadline, startDeadline } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';

export async function refuseCase(
  ctx: Ctx,
  caseId: string,
  input: { version: number; reason: string },
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', (loaded, clock) => {
    const c = loaded.row;
    if (c.status !== 'received' && c.status !== 'supplement_requested')
      return invalidBecause(msg('feedback.refuseBeforeAccept'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const reason = nfc(input.reason);
    return ok({
      changes: { status: 'refused', refusalReason: reason, closedAt: ctx.now },
      apply: async (tx) => {
        if (c.kind === 'pakn') {
          // The refusal is measured from receipt (2 working days).
          await startDeadline(tx, clock, c, 'refuse', 'normal', c.receivedAt, {
            doneAt: ctx.now,
            now: ctx.now,
          });
        } else {
          await finishDeadline(tx, c.id, c.kind === 'complaint' ? 'accept' : 'register', ctx.now);
        }
        await cancelOpenDeadlines(tx, c.id, ctx.now);
      },
      event: { action: 'refused', note: reason },
      audit: {
        action: 'feedback.refused',
        before: { status: c.status },
        after: { status: 'refused', reason },
      },
    });
  });
}
