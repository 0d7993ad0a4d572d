/**
 * Yêu cầu bổ sung thông tin — ask the submitter of a PAKN for more information, once, within 5 working days of
 * receipt (Decision 766 sub-indicator 5.2 measures the first request). The processing limit keeps running.
 */
import type { Ctx } from '../../platform/context.js';
import { conflictBecause, fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { caseDeadlines, startDeadline } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';

export async function requestSupplement(
  ctx: Ctx,
  caseId: string,
  input: { version: number; note: string },
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'work', async (loaded, clock) => {
    const c = loaded.row;
    if (c.kind !== 'pakn')
      return invalidBecause(msg('feedback.supplementPaknOnly'), [
        fieldError('kind', msg('feedback.notForThisKind', { kind: c.kind })),
      ]);
    if ((await caseDeadlines(ctx.db, c.id)).some((d) => d.step === 'supplement'))
      return conflictBecause(msg('feedback.supplementOnce'));
    if (c.status !== 'received' && c.status !== 'processing')
      return invalidBecause(msg('feedback.notProcessing'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const note = nfc(input.note);
    return ok({
      changes: { status: 'supplement_requested' },
      apply: async (tx) => {
        await startDeadline(tx, clock, c, 'supplement', 'normal', c.receivedAt, {
          doneAt: ctx.now,
          now: ctx.now,
        });
      },
      event: { action: 'supplement_requested', note },
      audit: {
        action: 'feedback.supplement_requested',
        before: { status: c.status },
        after: { status: 'supplement_requested' },
      },
    });
  });
}
