import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { fail, fieldError, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { jobPosition } from './catalogue.js';
import { agencyOf, beforeLatest, communeFor } from './commune-ref.js';
import { supersede } from './dated-rows.js';
import { msg } from './messages.js';
import { quotas } from './schema.js';

export interface QuotaInput {
  unitCode: string;
  agencyId: string;
  jobPosition: string;
  posts: number;
  decisionRef?: string | null | undefined;
  /** Default: today. */
  validFrom?: string | undefined;
}

export function unknownJobPosition(code: string) {
  const message = msg('staffing.unknownJobPosition', { code });
  return fail({
    kind: 'invalid' as const,
    detail: renderMessage(message, 'en'),
    localized: message,
    errors: [fieldError('jobPosition', message)],
  });
}

/**
 * Giao biên chế — the province approves the number of posts of a job position in a commune agency from a date
 * (RULES.md §13: "store the quota as a dated value per commune"). The row in force is closed, not changed.
 */
export async function setQuota(
  ctx: Ctx,
  input: QuotaInput,
): Promise<Result<{ id: string; validFrom: string }>> {
  const validFrom = input.validFrom ?? vietnamToday(ctx.now);
  const commune = await communeFor(ctx, input.unitCode, 'approve', validFrom);
  if (!commune.ok) return commune;
  if (!jobPosition(input.jobPosition)) return unknownJobPosition(input.jobPosition);
  const agencyId = await agencyOf(ctx, commune.value, input.agencyId);
  if (!agencyId.ok) return agencyId;
  return ctx.db.transaction(async (tx) => {
    const key = {
      unit_code: commune.value.unitCode,
      agency_id: agencyId.value,
      job_position: input.jobPosition,
    };
    const closed = await supersede(tx, 'quotas', key, validFrom);
    if (!closed.ok) return beforeLatest('validFrom', closed.latestFrom);
    const id = newId();
    const decisionRef = input.decisionRef?.trim() ? nfc(input.decisionRef) : null;
    await tx.insert(quotas).values({
      id,
      provinceCode: commune.value.provinceCode,
      unitCode: commune.value.unitCode,
      agencyId: agencyId.value,
      jobPosition: input.jobPosition,
      posts: input.posts,
      decisionRef,
      validFrom,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'staffing.quota_set',
      entityType: 'staffing_quota',
      entityId: id,
      provinceCode: commune.value.provinceCode,
      before: closed.closed ? { id: closed.closed.id, posts: closed.closed.posts } : null,
      after: { ...key, posts: input.posts, decisionRef, validFrom },
    });
    return ok({ id, validFrom });
  });
}
