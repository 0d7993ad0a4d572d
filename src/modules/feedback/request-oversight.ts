/**
 * Chuyển theo dõi, đôn đốc — a leader turns a PAKN or complaint into an oversight task. This module records the
 * request and answers the stable link `{ kind: 'feedback', id }` the oversight module stores; the oversight
 * module reads the case's state through `getFeedbackState` (it never imports this module's tables).
 */
import type { Ctx } from '../../platform/context.js';
import { conflictBecause, fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';
import { FEEDBACK_LINK_KIND } from './model.js';

export async function requestOversight(
  ctx: Ctx,
  caseId: string,
  input: { version: number; note?: string | undefined },
): Promise<Result<{ link: { kind: typeof FEEDBACK_LINK_KIND; id: string }; case: CaseChanged }>> {
  const changed = await changeCase(ctx, caseId, input.version, 'manage', (loaded) => {
    const c = loaded.row;
    if (c.kind === 'denunciation')
      return invalidBecause(msg('feedback.denunciationNotOversight'), [
        fieldError('kind', msg('feedback.notForThisKind', { kind: c.kind })),
      ]);
    if (c.oversightRequestedAt) return conflictBecause(msg('feedback.alreadyOversight'));
    return ok({
      changes: { oversightRequestedAt: ctx.now },
      event: {
        action: 'oversight_requested',
        note: input.note ? nfc(input.note) : null,
        visibleToSubmitter: false,
      },
      audit: {
        action: 'feedback.oversight_requested',
        after: { link: { kind: FEEDBACK_LINK_KIND, id: c.id } },
      },
    });
  });
  if (!changed.ok) return changed;
  return ok({ link: { kind: FEEDBACK_LINK_KIND, id: caseId }, case: changed.value });
}
