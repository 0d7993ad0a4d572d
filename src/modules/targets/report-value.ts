import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  type FieldError,
  fieldError,
  invalid,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { toDecimalText } from './decimal.js';
import { msg } from './messages.js';
import { isPeriod, type Period, periodDates } from './periods.js';
import { actorName, decideTargetAction } from './policy.js';
import { targetValues } from './schema.js';
import { valueMessage } from './value-bounds.js';
import { currentValue, loadResolution, loadTarget, refusal, toValueView, type ValueView } from './views.js';

export interface ReportValueInput {
  year: number;
  period: string;
  value: number | string;
  /** Nguồn số liệu. */
  source: string;
  note?: string | null | undefined;
  /** Required to correct a locked value: a new revision is made, the locked one kept. */
  correctionReason?: string | null | undefined;
  /** The version of the current value when changing one not yet approved. */
  version?: number | undefined;
}

/**
 * Báo cáo số liệu — the responsible agency reports (or corrects) a target's value for a period.
 * - No value yet: revision 1, reported.
 * - Reported or returned: changed in place (optimistic version), reported again.
 * - Approved: refused (409) until the planning office returns it.
 * - Locked: a correction — a new revision with its reason, reported; the locked one stays on record.
 */
export async function reportValue(
  ctx: Ctx,
  targetId: string,
  input: ReportValueInput,
): Promise<Result<ValueView>> {
  const target = await loadTarget(ctx.db, targetId);
  if (!target) return notFound('target', targetId);
  const responsibility = {
    provinceCode: target.provinceCode,
    unitCode: target.responsibleUnitCode,
    agencyId: target.responsibleAgencyId,
  };
  const decision = decideTargetAction(ctx.actor, 'report', responsibility);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'target', targetId);
  // A target bound to an indicator tinhso computes takes no typed value (issue 24 §2): its figure is the records'.
  if (target.measuredBy)
    return invalidBecause(msg('targets.measuredNotTyped', { label: target.label }), [
      fieldError('value', msg('targets.measuredField')),
    ]);
  const resolution = (await loadResolution(ctx.db, target.resolutionId))!;

  const errors: FieldError[] = [];
  const first = resolution.fromYear - 1;
  if (!Number.isInteger(input.year) || input.year < first || input.year > target.dueYear)
    errors.push(fieldError('year', msg('targets.valueYears', { first, due: target.dueYear })));
  if (!isPeriod(input.period)) errors.push({ field: 'period', message: 'M01–M12, Q1–Q4, H1, 9M or Y' });
  const value = toDecimalText(input.value);
  if (value === null) errors.push({ field: 'value', message: 'a number with at most 4 decimals' });
  const problem = value === null ? null : valueMessage(target.measure, value, target.unitOfMeasure);
  if (problem) errors.push(fieldError('value', problem));
  const source = nfc(input.source);
  if (!source) errors.push({ field: 'source', message: 'say where the figure comes from' });
  if (errors.length === 0) {
    const { start } = periodDates(input.year, input.period as Period);
    const today = vietnamToday(ctx.now);
    if (start > today)
      errors.push(
        fieldError(
          'period',
          msg('targets.periodAhead', { start: formatDay(start), today: formatDay(today) }),
        ),
      );
  }
  if (errors.length > 0) return invalid(errors.map((e) => e.message).join('; '), errors);

  const note = input.note ? nfc(input.note) || null : null;
  const reporter = actorName(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // Serialise reports of one target's period: two first reports must not both become revision 1.
    const current = await currentValue(tx, targetId, input.year, input.period);
    const fields = {
      value: value!,
      source,
      note,
      status: 'reported' as const,
      reportedBy: reporter,
      reportedAt: ctx.now,
    };
    const audit = { entityType: 'target_value', provinceCode: target.provinceCode };
    if (!current || current.status === 'locked') {
      const reason = input.correctionReason ? nfc(input.correctionReason) : '';
      if (current && !reason)
        return invalidBecause(msg('targets.lockedNeedsReason'), [
          fieldError('correctionReason', msg('targets.lockedNeedsReasonField')),
        ]);
      const id = newId();
      const revision = current ? current.revision + 1 : 1;
      const inserted = await tx
        .insert(targetValues)
        .values({
          ...fields,
          id,
          targetId,
          provinceCode: target.provinceCode,
          year: input.year,
          period: input.period,
          revision,
          correctionReason: current ? reason : null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .onConflictDoNothing()
        .returning();
      if (inserted.length === 0) return conflictBecause(msg('targets.reportedConcurrently'));
      await recordAudit(tx, ctx, {
        ...audit,
        action: current ? 'targets.value_corrected' : 'targets.value_reported',
        entityId: id,
        before: current ? toValueView(current) : null,
        after: {
          targetId,
          year: input.year,
          period: input.period,
          revision,
          ...fields,
          correctionReason: current ? reason : null,
        },
      });
      return ok(toValueView(inserted[0]!));
    }
    if (current.status === 'approved')
      return conflictBecause(msg('targets.approvedCannotChange'), toValueView(current));
    if (input.version === undefined) return conflictBecause(msg('targets.sendVersion'), toValueView(current));
    const [updated] = await tx
      .update(targetValues)
      .set({
        ...fields,
        reviewedBy: null,
        reviewedAt: null,
        reviewNote: null,
        version: input.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(targetValues.id, current.id), eq(targetValues.version, input.version)))
      .returning();
    if (!updated) return conflictBecause(msg('targets.valueChangedByOther'), toValueView(current));
    await recordAudit(tx, ctx, {
      ...audit,
      action: 'targets.value_updated',
      entityId: current.id,
      before: toValueView(current),
      after: fields,
    });
    return ok(toValueView(updated));
  });
}
