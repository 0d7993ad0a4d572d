/**
 * Tạm đình chỉ, tiếp tục và đình chỉ việc giải quyết khiếu nại — suspend, resume and terminate the resolution of
 * an accepted complaint by written decision (Law on Complaints art. 11a, added by Law 136/2025/QH15 from
 * 1/7/2026 [M]; RULES.md §5):
 * - while suspended, the resolution time does not run: on the decision to resume it continues (Decree 155/2026
 *   [M]), so each open deadline moves on by the calendar days between the day of suspension and the day of
 *   resumption (Civil Code art. 147–148 through `extendedDue`: a due day falling on a day off moves on);
 * - a suspended case is not overdue, is not escalated and stays in the open work queue;
 * - termination ends the resolution without a decision on the merits: the case closes, its open steps stop
 *   being measured.
 * Leaders of the case's unit decide (`manage`); the decision number is kept in the timeline and the audit trail.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { type CaseRow, type Clock, cancelOpenDeadlines, caseDeadlines } from './case-store.js';
import { type CaseChange, type CaseChanged, changeCase } from './change-case.js';
import { dayOf, extendedDue } from './deadline-rules.js';
import { msg } from './messages.js';
import { deadlines } from './schema.js';

export interface DecisionInput {
  version: number;
  /** The written decision, e.g. `12/QĐ-UBND`. */
  decisionNumber: string;
  reason: string;
}

const MS_PER_DAY = 86_400_000;

/** Calendar days from one Vietnamese day to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
}

/** A leader's written decision on a complaint: the number kept, the change planned for the loaded case. */
function decide(
  ctx: Ctx,
  caseId: string,
  input: DecisionInput,
  plan: (
    c: CaseRow,
    clock: Clock,
    decisionNumber: string,
  ) => Result<CaseChange> | Promise<Result<CaseChange>>,
): Promise<Result<CaseChanged>> {
  const decisionNumber = nfc(input.decisionNumber);
  return changeCase(ctx, caseId, input.version, 'manage', (loaded, clock) =>
    loaded.row.kind === 'complaint'
      ? plan(loaded.row, clock, decisionNumber)
      : invalidBecause(msg('feedback.suspendComplaintOnly'), [
          fieldError('kind', msg('feedback.notForThisKind', { kind: loaded.row.kind })),
        ]),
  );
}

export async function suspendCase(
  ctx: Ctx,
  caseId: string,
  input: DecisionInput,
): Promise<Result<CaseChanged>> {
  return decide(ctx, caseId, input, (c, _clock, decisionNumber) => {
    if (c.status !== 'processing')
      return invalidBecause(msg('feedback.suspendAcceptedOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    return ok({
      changes: { status: 'suspended', suspendedAt: ctx.now },
      event: { action: 'suspended', note: nfc(input.reason), data: { decisionNumber } },
      audit: {
        action: 'feedback.suspended',
        before: { status: c.status },
        after: { status: 'suspended', decisionNumber },
      },
    });
  });
}

export async function resumeCase(
  ctx: Ctx,
  caseId: string,
  input: DecisionInput,
): Promise<Result<CaseChanged>> {
  return decide(ctx, caseId, input, async (c, clock, decisionNumber) => {
    if (c.status !== 'suspended' || !c.suspendedAt)
      return invalidBecause(msg('feedback.notSuspended'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const days = Math.max(0, daysBetween(dayOf(c.suspendedAt), dayOf(ctx.now)));
    const open = (await caseDeadlines(ctx.db, c.id)).filter((d) => !d.doneAt);
    const moved = open.map((d) => ({
      id: d.id,
      step: d.step,
      from: d.dueAt,
      to: extendedDue(clock.cal, d.dueAt, days),
    }));
    return ok({
      changes: { status: 'processing', suspendedAt: null },
      apply: async (tx) => {
        for (const m of days > 0 ? moved : [])
          await tx
            .update(deadlines)
            .set({ dueAt: m.to, overdueMarkedAt: null })
            .where(and(eq(deadlines.id, m.id), isNull(deadlines.doneAt)));
      },
      event: { action: 'resumed', note: nfc(input.reason), data: { decisionNumber, daysSuspended: days } },
      audit: {
        action: 'feedback.resumed',
        before: {
          status: 'suspended',
          due: moved.map((m) => ({ step: m.step, dueAt: m.from.toISOString() })),
        },
        after: {
          status: 'processing',
          decisionNumber,
          daysSuspended: days,
          due: moved.map((m) => ({ step: m.step, dueAt: (days > 0 ? m.to : m.from).toISOString() })),
        },
      },
    });
  });
}

export async function terminateCase(
  ctx: Ctx,
  caseId: string,
  input: DecisionInput,
): Promise<Result<CaseChanged>> {
  return decide(ctx, caseId, input, (c, _clock, decisionNumber) => {
    if (c.status !== 'processing' && c.status !== 'suspended')
      return invalidBecause(msg('feedback.terminateOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    return ok({
      changes: { status: 'terminated', closedAt: ctx.now, suspendedAt: null, decisionNumber },
      apply: (tx) => cancelOpenDeadlines(tx, c.id, ctx.now),
      event: { action: 'terminated', note: nfc(input.reason), data: { decisionNumber } },
      audit: {
        action: 'feedback.terminated',
        before: { status: c.status },
        after: { status: 'terminated', decisionNumber },
      },
    });
  });
}
