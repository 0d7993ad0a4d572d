/** The commune a staffing change or view is about, found through the units module, with the policy's answer. */
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { renderMessage } from '../../platform/http/messages.js';
import { fail, fieldError, notFound, type Result } from '../../platform/result.js';
import { findAgency, findUnit, vietnamToday } from '../units/index.js';
import { msg } from './messages.js';
import { type CommuneRef, decideStaffing, type StaffingAction } from './policy.js';

export interface Commune extends CommuneRef {
  name: string;
  nameEn: string | null;
}

export async function communeFor(
  ctx: Ctx,
  unitCode: string,
  action: StaffingAction,
  day = vietnamToday(ctx.now),
): Promise<Result<Commune>> {
  const unit = await findUnit(ctx.db, unitCode, day);
  if (unit?.level !== 'commune') {
    const message = msg('staffing.notCommune', { code: unitCode, day: formatDay(day) });
    return fail({
      kind: 'invalid',
      detail: renderMessage(message, 'en'),
      localized: message,
      errors: [fieldError('unitCode', message)],
    });
  }
  const commune = {
    unitCode: unit.code,
    provinceCode: unit.provinceCode,
    name: unit.name,
    nameEn: unit.nameEn,
  };
  const decision = decideStaffing(ctx.actor, action, commune);
  if (decision === 'hide') return notFound('commune staffing', unitCode);
  if (decision === 'deny') return fail({ kind: 'forbidden', localized: msg('staffing.forbidden') });
  return { ok: true, value: commune };
}

/** The agency must be one of the commune's own (its People's Committee, its PAS centre). */
export async function agencyOf(ctx: Ctx, commune: Commune, agencyId: string): Promise<Result<string>> {
  const agency = await findAgency(ctx.db, agencyId);
  if (!agency || agency.unitCode !== commune.unitCode)
    return fail({
      kind: 'invalid',
      detail: 'The agency does not belong to this commune.',
      localized: msg('staffing.agencyNotOfCommune'),
      errors: [fieldError('agencyId', msg('staffing.agencyNotOfCommune'))],
    });
  return { ok: true, value: agency.id };
}

export function beforeLatest(field: string, latestFrom: string) {
  const message = msg('staffing.beforeLatest', { day: formatDay(latestFrom) });
  return fail({
    kind: 'conflict' as const,
    detail: renderMessage(message, 'en'),
    localized: message,
    current: { field, latestFrom },
  });
}
