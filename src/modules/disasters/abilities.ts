/**
 * What the reader may do in a province's disaster work (policy.ts, asked once): whether they steer (declare
 * events, raise recovery tasks) and which communes they report and keep scenarios for. Pages show a form only
 * when this says so; the use cases still decide for themselves.
 */
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { listCommunes, vietnamToday } from '../units/index.js';
import { decideCommune, isSteering } from './policy.js';

export interface Abilities {
  steer: boolean;
  /** The communes the reader reports damage and keeps scenarios for, by name. */
  communes: Array<{ code: string; name: string; nameEn: string | null }>;
}

export async function abilitiesIn(ctx: Ctx, provinceCode: string): Promise<Result<Abilities>> {
  const communes = await listCommunes(ctx.db, provinceCode, vietnamToday(ctx.now));
  return ok({
    steer: isSteering(ctx.actor, provinceCode),
    communes: communes
      .filter((c) => decideCommune(ctx.actor, 'report', { unitCode: c.code, provinceCode }) === 'allow')
      .map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn })),
  });
}
