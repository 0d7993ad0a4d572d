/**
 * Trả lời / Giải quyết — record the result: the answer to a PAKN (within 15 working days of receipt or
 * transfer, Decision 766 sub-indicator 5.2; then 2 working days to publish it), the decision on a complaint
 * (Law on Complaints art. 31, 40) or the conclusion on a denunciation (Law on Denunciations art. 35). The
 * answer to publish is the answer with personal data removed unless the official words it.
 */
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { finishDeadline, startDeadline, submitterOf } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';
import { personalDataOf, redactPersonalData } from './redact.js';

export interface AnswerInput {
  version: number;
  answer: string;
  publicAnswer?: string | undefined;
  decisionNumber?: string | undefined;
}

export async function answerCase(ctx: Ctx, caseId: string, input: AnswerInput): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'work', async (loaded, clock) => {
    const c = loaded.row;
    const open = c.kind === 'pakn' ? ['received', 'processing', 'supplement_requested'] : ['processing'];
    if (!open.includes(c.status))
      return invalidBecause(
        c.kind === 'pakn' ? msg('feedback.paknNotOpen') : msg('feedback.resolveAfterAccept'),
        [fieldError('status', msg('feedback.notInThisStatus', { status: c.status }))],
      );
    if (c.kind !== 'pakn' && !input.decisionNumber)
      return invalidBecause(msg('feedback.decisionNumber'), [
        { field: 'decisionNumber', message: 'required' },
      ]);
    const answer = nfc(input.answer);
    const submitter = c.kind === 'pakn' ? await submitterOf(ctx.db, c.id) : undefined;
    const publicAnswer =
      c.kind === 'pakn'
        ? nfc(input.publicAnswer ?? redactPersonalData(answer, personalDataOf(submitter)))
        : null;
    const decisionNumber = input.decisionNumber ? nfc(input.decisionNumber) : null;
    const resolveStep = c.kind === 'pakn' ? 'process' : c.level === 2 ? 'resolve_second' : 'resolve';
    return ok({
      changes: {
        status: 'answered',
        answer,
        publicAnswer,
        decisionNumber,
        answeredAt: ctx.now,
        acceptedAt: c.acceptedAt ?? ctx.now,
        ...(c.kind === 'pakn' ? {} : { closedAt: ctx.now }),
      },
      apply: async (tx) => {
        await finishDeadline(tx, c.id, resolveStep, ctx.now);
        if (c.kind === 'pakn')
          await startDeadline(tx, clock, c, 'publish', 'normal', ctx.now, { now: ctx.now });
      },
      event: { action: 'answered', data: decisionNumber ? { decisionNumber } : null },
      audit: {
        action: 'feedback.answered',
        before: { status: c.status },
        after: { status: 'answered', decisionNumber },
      },
    });
  });
}
