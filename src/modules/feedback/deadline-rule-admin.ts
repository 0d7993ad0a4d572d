/**
 * The rule table as data (PRODUCT.md: a rule the law may change, or that RULES.md marks uncertain, is data an
 * administrator can change): list it, load the shipped rules (idempotent), and add a later version of a rule,
 * which ends the version in force before it. Laws are national: only a national administrator (or the CLI,
 * acting as the system) changes them.
 */
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  fieldError,
  forbiddenBecause,
  invalid,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { isIsoDate } from '../calendar/index.js';
import { rulesChanged } from './case-store.js';
import type { RuleRow } from './deadline-rules.js';
import { msg } from './messages.js';
import { type CaseKind, type RuleUnit, STEPS, type Variant } from './model.js';
import { REFERENCE_RULES } from './reference-rules.js';
import { deadlineRules } from './schema.js';

export async function listDeadlineRules(ctx: Ctx): Promise<RuleRow[]> {
  return ctx.db
    .select()
    .from(deadlineRules)
    .orderBy(
      asc(deadlineRules.kind),
      asc(deadlineRules.step),
      asc(deadlineRules.variant),
      asc(deadlineRules.effectiveFrom),
    );
}

/** Load the shipped rules; a rule already present (same kind, step, variant and start) is left as it is. */
export async function loadReferenceRules(ctx: Ctx): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(deadlineRules)
      .values(
        REFERENCE_RULES.map((r) => ({
          id: newId(),
          kind: r.kind,
          step: r.step,
          variant: r.variant,
          amount: r.amount,
          unit: r.unit,
          maxCount: r.maxCount ?? null,
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo ?? null,
          source: r.source,
          confidence: r.confidence,
          origin: 'reference' as const,
          updatedAt: ctx.now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: deadlineRules.id });
    if (inserted.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'feedback.rules_loaded',
        entityType: 'reference_data',
        after: { rules: inserted.length },
      });
    }
    return inserted.length;
  });
}

export interface RuleVersionInput {
  kind: CaseKind;
  step: string;
  variant: Variant;
  amount: number;
  unit: RuleUnit;
  maxCount?: number | null | undefined;
  effectiveFrom: string;
  source: string;
  confidence: 'H' | 'M' | 'L' | '?';
}

export async function addDeadlineRule(ctx: Ctx, input: RuleVersionInput): Promise<Result<RuleRow>> {
  const national =
    ctx.actor.kind === 'system' ||
    (ctx.actor.kind === 'user' &&
      ctx.actor.roles.some((g) => g.role === 'system_admin' && g.unitCode === 'VN'));
  if (!national) return forbiddenBecause(msg('feedback.limitsNational'));
  if (!(STEPS[input.kind] as readonly string[]).includes(input.step))
    return invalidBecause(msg('feedback.noSuchStep', { step: input.step, kind: input.kind }), [
      fieldError('step', msg('feedback.oneOfSteps', { steps: STEPS[input.kind].join(', ') })),
    ]);
  if (!isIsoDate(input.effectiveFrom))
    return invalid('effectiveFrom is a date YYYY-MM-DD.', [
      { field: 'effectiveFrom', message: 'invalid date' },
    ]);
  if (!Number.isInteger(input.amount) || input.amount < 0 || input.amount > 3650)
    return invalid('amount is a whole number of days, 0–3650.', [{ field: 'amount', message: 'invalid' }]);
  const added = await ctx.db.transaction(async (tx): Promise<Result<RuleRow>> => {
    const same = and(
      eq(deadlineRules.kind, input.kind),
      eq(deadlineRules.step, input.step),
      eq(deadlineRules.variant, input.variant),
    );
    const later = await tx
      .select({ id: deadlineRules.id })
      .from(deadlineRules)
      .where(and(same, sql`${deadlineRules.effectiveFrom} >= ${input.effectiveFrom}`));
    if (later.length) return conflictBecause(msg('feedback.versionOrder'));
    const [current] = await tx
      .select()
      .from(deadlineRules)
      .where(and(same, isNull(deadlineRules.effectiveTo)));
    if (current) {
      await tx
        .update(deadlineRules)
        .set({ effectiveTo: input.effectiveFrom, updatedAt: ctx.now })
        .where(
          and(
            eq(deadlineRules.id, current.id),
            gt(sql`${input.effectiveFrom}::date`, deadlineRules.effectiveFrom),
          ),
        );
    }
    const [row] = await tx
      .insert(deadlineRules)
      .values({
        id: newId(),
        kind: input.kind,
        step: input.step,
        variant: input.variant,
        amount: input.amount,
        unit: input.unit,
        maxCount: input.maxCount ?? null,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: null,
        source: nfc(input.source),
        confidence: input.confidence,
        origin: 'admin',
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'feedback.rule_added',
      entityType: 'feedback_rule',
      entityId: row!.id,
      before: current
        ? { id: current.id, amount: current.amount, unit: current.unit, effectiveFrom: current.effectiveFrom }
        : null,
      after: {
        kind: input.kind,
        step: input.step,
        variant: input.variant,
        amount: input.amount,
        unit: input.unit,
        effectiveFrom: input.effectiveFrom,
      },
    });
    return ok(row!);
  });
  if (added.ok) rulesChanged(ctx.db);
  return added;
}
