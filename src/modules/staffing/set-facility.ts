import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { fail, fieldError, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from '../units/index.js';
import { facilityItem } from './catalogue.js';
import { beforeLatest, communeFor } from './commune-ref.js';
import { supersede } from './dated-rows.js';
import { msg } from './messages.js';
import { mayApproveProvince } from './policy.js';
import { type Condition, facilities, facilityNorms } from './schema.js';

function unknownItem(code: string) {
  const message = msg('staffing.unknownItem', { code });
  return fail({
    kind: 'invalid' as const,
    detail: renderMessage(message, 'en'),
    localized: message,
    errors: [fieldError('item', message)],
  });
}

export interface FacilityInput {
  unitCode: string;
  item: string;
  quantity: number;
  condition: Condition;
  note?: string | null | undefined;
  validFrom?: string | undefined;
}

/** Cơ sở vật chất — what a commune has of an item from a date (headquarters, rooms, equipment). */
export async function setFacility(
  ctx: Ctx,
  input: FacilityInput,
): Promise<Result<{ id: string; validFrom: string }>> {
  const validFrom = input.validFrom ?? vietnamToday(ctx.now);
  const commune = await communeFor(ctx, input.unitCode, 'keep', validFrom);
  if (!commune.ok) return commune;
  if (!facilityItem(input.item)) return unknownItem(input.item);
  return ctx.db.transaction(async (tx) => {
    const key = { unit_code: commune.value.unitCode, item: input.item };
    const closed = await supersede(tx, 'facilities', key, validFrom);
    if (!closed.ok) return beforeLatest('validFrom', closed.latestFrom);
    const id = newId();
    const note = input.note?.trim() ? nfc(input.note) : null;
    await tx.insert(facilities).values({
      id,
      provinceCode: commune.value.provinceCode,
      unitCode: commune.value.unitCode,
      item: input.item,
      quantity: input.quantity,
      condition: input.condition,
      note,
      validFrom,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'staffing.facility_set',
      entityType: 'staffing_facility',
      entityId: id,
      provinceCode: commune.value.provinceCode,
      before: closed.closed ? { quantity: closed.closed.quantity, condition: closed.closed.condition } : null,
      after: { ...key, quantity: input.quantity, condition: input.condition, note, validFrom },
    });
    return ok({ id, validFrom });
  });
}

/** Định mức — the province sets what every commune needs of an item, from a date. */
export async function setFacilityNorm(
  ctx: Ctx,
  input: {
    provinceCode: string;
    item: string;
    required: number;
    decisionRef?: string | null | undefined;
    validFrom?: string | undefined;
  },
): Promise<Result<{ id: string; validFrom: string }>> {
  const validFrom = input.validFrom ?? vietnamToday(ctx.now);
  if (!mayApproveProvince(ctx.actor, input.provinceCode))
    return fail({ kind: 'forbidden', localized: msg('staffing.forbidden') });
  if (!facilityItem(input.item)) return unknownItem(input.item);
  return ctx.db.transaction(async (tx) => {
    const key = { province_code: input.provinceCode, item: input.item };
    const closed = await supersede(tx, 'facility_norms', key, validFrom);
    if (!closed.ok) return beforeLatest('validFrom', closed.latestFrom);
    const id = newId();
    const decisionRef = input.decisionRef?.trim() ? nfc(input.decisionRef) : null;
    await tx.insert(facilityNorms).values({
      id,
      provinceCode: input.provinceCode,
      item: input.item,
      required: input.required,
      decisionRef,
      validFrom,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'staffing.norm_set',
      entityType: 'staffing_norm',
      entityId: id,
      provinceCode: input.provinceCode,
      before: closed.closed ? { required: closed.closed.required } : null,
      after: { ...key, required: input.required, decisionRef, validFrom },
    });
    return ok({ id, validFrom });
  });
}
