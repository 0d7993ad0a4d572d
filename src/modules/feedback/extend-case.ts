/**
 * Gia hạn giải quyết tố cáo — extend a denunciation's resolution by written decision (Law on Denunciations
 * art. 30(1)): a complex case once, an especially complex one twice, each time by at most 30 days (the
 * `extension` rule), decided before the current limit runs out. Complaints get longer limits by being
 * classified complex instead (Law on Complaints art. 28).
 */
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  conflictBecause,
  fieldError,
  invalid,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { caseDeadlines } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { dayOf, extendedDue, ruleInForce } from './deadline-rules.js';
import { msg } from './messages.js';
import type { ExtensionGrade } from './model.js';
import { deadlines } from './schema.js';

export interface ExtendInput {
  version: number;
  days: number;
  grade: ExtensionGrade;
  /** The written extension decision, e.g. `15/QĐ-TTr`. */
  decisionNumber: string;
  reason: string;
}

export async function extendCase(ctx: Ctx, caseId: string, input: ExtendInput): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', async (loaded, clock) => {
    const c = loaded.row;
    if (c.kind !== 'denunciation')
      return invalid(
        'Only a denunciation’s resolution is extended by decision; classify a complaint as complex instead.',
        [fieldError('kind', msg('feedback.notForThisKind', { kind: c.kind }))],
      );
    const resolve = (await caseDeadlines(ctx.db, c.id)).find((d) => d.step === 'resolve' && !d.doneAt);
    if (c.status !== 'processing' || !resolve)
      return invalidBecause(msg('feedback.notBeingResolved'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const rule = ruleInForce(clock.rules, 'denunciation', 'extension', 'normal', dayOf(ctx.now));
    if (!rule)
      return invalidBecause(msg('feedback.noExtensionRule'), [{ field: 'days', message: 'no rule' }]);
    const allowed = input.grade === 'complex' ? Math.min(1, rule.maxCount ?? 1) : (rule.maxCount ?? 2);
    if (resolve.extensions >= allowed)
      return conflictBecause(
        input.grade === 'complex'
          ? msg('feedback.complexOnce')
          : msg('feedback.extendedMost', { count: resolve.extensions }),
      );
    if (input.days < 1 || input.days > rule.amount)
      return invalidBecause(msg('feedback.extensionDays', { max: rule.amount }), [
        fieldError('days', msg('feedback.atMostDays', { max: rule.amount })),
      ]);
    if (ctx.now.getTime() > resolve.dueAt.getTime())
      return invalidBecause(msg('feedback.extendBeforeDue'), [{ field: 'days', message: 'too late' }]);
    const dueAt = extendedDue(clock.cal, resolve.dueAt, input.days);
    const decisionNumber = nfc(input.decisionNumber);
    return ok({
      changes: { complex: true },
      apply: async (tx) => {
        await tx
          .update(deadlines)
          .set({ dueAt, extensions: resolve.extensions + 1, overdueMarkedAt: null })
          .where(eq(deadlines.id, resolve.id));
      },
      event: {
        action: 'extended',
        note: nfc(input.reason),
        data: { days: input.days, grade: input.grade, decisionNumber, dueAt: dueAt.toISOString() },
      },
      audit: {
        action: 'feedback.extended',
        before: { dueAt: resolve.dueAt.toISOString(), extensions: resolve.extensions },
        after: {
          dueAt: dueAt.toISOString(),
          extensions: resolve.extensions + 1,
          decisionNumber,
          grade: input.grade,
        },
      },
    });
  });
}
