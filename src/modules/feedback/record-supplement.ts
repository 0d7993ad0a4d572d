/** Nhận thông tin bổ sung — the submitter answered the request for more information; processing goes on. */
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';

export async function recordSupplement(
  ctx: Ctx,
  caseId: string,
  input: { version: number; note: string },
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'work', (loaded) => {
    const c = loaded.row;
    if (c.status !== 'supplement_requested')
      return invalidBecause(msg('feedback.noSupplementAsked'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const note = nfc(input.note);
    return ok({
      changes: { status: 'processing', acceptedAt: c.acceptedAt ?? ctx.now },
      event: { action: 'supplement_received', note },
      audit: {
        action: 'feedback.supplement_received',
        before: { status: c.status },
        after: { status: 'processing' },
      },
    });
  });
}
