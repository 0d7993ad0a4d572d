/**
 * Chuyển đơn — send a PAKN (Decree 20/2008 art. 9) or a denunciation (Law on Denunciations art. 24(2)) to the
 * competent agency within 5 working days of receipt: another agency of the province (the case moves there;
 * its time starts again — 15 working days to process a PAKN, 7 to register a denunciation), or a body outside
 * tinhso (the case closes as transferred). Assignments end with the move.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalid, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { findAgency } from '../units/index.js';
import { cancelOpenDeadlines, finishDeadline, startDeadline } from './case-store.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';
import { assignments } from './schema.js';

export interface TransferInput {
  version: number;
  /** An agency of the province; or `externalBody` for one outside tinhso. */
  agencyId?: string | undefined;
  externalBody?: string | undefined;
  reason: string;
}

export async function transferCase(
  ctx: Ctx,
  caseId: string,
  input: TransferInput,
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', async (loaded, clock) => {
    const c = loaded.row;
    if (c.kind === 'complaint')
      return invalid(
        'A complaint to the wrong body is refused with guidance, not transferred (Law on Complaints art. 11).',
        [{ field: 'kind', message: 'complaints are not transferred' }],
      );
    if (c.status !== 'received' && c.status !== 'processing' && c.status !== 'supplement_requested')
      return invalidBecause(msg('feedback.transferOpenOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    if (c.kind === 'denunciation' && c.status !== 'received')
      return invalidBecause(msg('feedback.transferBeforeAccept'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    if (Boolean(input.agencyId) === Boolean(input.externalBody))
      return invalidBecause(msg('feedback.transferTarget'), [
        { field: 'agencyId', message: 'one of agencyId, externalBody' },
      ]);
    const reason = nfc(input.reason);
    const target = input.agencyId ? await findAgency(ctx.db, input.agencyId) : undefined;
    if (input.agencyId && (!target || target.provinceCode !== c.provinceCode))
      return invalidBecause(msg('feedback.agencyNotOfProvince'), [
        { field: 'agencyId', message: 'unknown agency' },
      ]);
    if (target && target.id === c.agencyId)
      return invalidBecause(msg('feedback.alreadyWithAgency'), [
        { field: 'agencyId', message: 'same agency' },
      ]);
    const external = input.externalBody ? nfc(input.externalBody) : null;
    const from = c.agencyId;
    return ok({
      changes: target
        ? { agencyId: target.id, unitCode: target.unitCode }
        : { status: 'transferred_out', closedAt: ctx.now, refusalReason: reason },
      apply: async (tx) => {
        // The transfer itself is measured from receipt (5 working days).
        await startDeadline(tx, clock, c, 'transfer', 'normal', c.receivedAt, {
          doneAt: ctx.now,
          now: ctx.now,
        });
        await tx
          .update(assignments)
          .set({ endedAt: ctx.now })
          .where(and(eq(assignments.caseId, c.id), isNull(assignments.endedAt)));
        if (!target) {
          if (c.kind === 'denunciation') await finishDeadline(tx, c.id, 'register', ctx.now);
          await cancelOpenDeadlines(tx, c.id, ctx.now);
        } else if (c.kind === 'pakn') {
          await startDeadline(tx, clock, c, 'process', 'normal', ctx.now, { now: ctx.now });
        } else {
          await startDeadline(tx, clock, c, 'register', c.multiPlace ? 'multi_place' : 'normal', ctx.now, {
            now: ctx.now,
          });
        }
      },
      event: { action: 'transferred', note: reason, data: { to: target?.name ?? external } },
      audit: {
        action: 'feedback.transferred',
        before: { agencyId: from },
        after: target
          ? { agencyId: target.id, unitCode: target.unitCode }
          : { externalBody: external, status: 'transferred_out' },
      },
    });
  });
}
