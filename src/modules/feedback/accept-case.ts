/**
 * Thụ lý — accept a complaint (Law on Complaints art. 27) or a denunciation (Law on Denunciations art. 29) for
 * resolution, which starts the resolution limit: complaints 30 days (complex or remote 45, both 60; second
 * level 45 / 60 / 60 / 70, art. 28, 37), denunciations 30 days (art. 30), in calendar days (Civil Code 2015
 * art. 147–148). A complaint past its 90-day limitation (art. 9) is refused, not accepted. A PAKN is taken into
 * processing (no new limit: its 15 working days run from receipt or transfer).
 */
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalid, invalidBecause, ok, type Result } from '../../platform/result.js';
import { finishDeadline, startDeadline } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { complaintVariant, dayOf, limitationEnd, ruleInForce } from './deadline-rules.js';
import { msg } from './messages.js';

export async function acceptCase(
  ctx: Ctx,
  caseId: string,
  input: { version: number },
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', (loaded, clock) => {
    const c = loaded.row;
    if (c.status !== 'received' && !(c.kind === 'pakn' && c.status === 'supplement_requested'))
      return invalidBecause(msg('feedback.acceptReceivedOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    if (c.kind === 'complaint' && c.decisionKnownOn) {
      const rule = ruleInForce(clock.rules, 'complaint', 'limitation', 'normal', dayOf(c.receivedAt));
      if (rule && c.receivedAt >= limitationEnd(clock.cal, rule, c.decisionKnownOn, c.obstacleDays))
        return invalid(
          'The complaint was filed after the 90-day limitation (Law on Complaints art. 9); refuse it instead.',
          [{ field: 'decisionKnownOn', message: 'limitation expired' }],
        );
    }
    const firstStep = c.kind === 'complaint' ? 'accept' : c.kind === 'denunciation' ? 'register' : null;
    const resolveStep = c.kind === 'complaint' ? (c.level === 2 ? 'resolve_second' : 'resolve') : 'resolve';
    const variant = c.kind === 'complaint' ? complaintVariant(c) : 'normal';
    return ok({
      changes: { status: 'processing', acceptedAt: ctx.now },
      apply: async (tx) => {
        if (!firstStep) return;
        await finishDeadline(tx, c.id, firstStep, ctx.now);
        await startDeadline(tx, clock, c, resolveStep, variant, ctx.now, { now: ctx.now });
      },
      event: { action: 'accepted' },
      audit: { action: 'feedback.accepted', before: { status: c.status }, after: { status: 'processing' } },
    });
  });
}
