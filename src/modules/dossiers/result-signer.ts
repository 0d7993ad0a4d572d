/**
 * Who signs a result, as the certificate and the printed signature block name them at the time of signing
 * (issue 19 §3): the approving official's position that day — in the dossier's competent agency if they hold one
 * there, else their senior-most — from the units module, never the first dossier they approved.
 */
import type { Ctx } from '../../platform/context.js';
import {
  listPositions,
  POSITION_TITLE_NAMES,
  POSITION_TITLES,
  type PositionView,
  vietnamToday,
} from '../units/index.js';

export interface ResultSigner {
  commonName: string;
  /** The agency the official serves in at signing time (certificate O). */
  organization: string | null;
  /** Their title that day, e.g. "Phó Giám đốc" (certificate T; the signature block, upper-cased). */
  title: string | null;
}

const rank = (p: PositionView) => POSITION_TITLES.indexOf(p.title);

export async function resultSigner(
  ctx: Ctx,
  approver: { userId: string; name: string },
  competentAgencyId: string | null,
): Promise<ResultSigner> {
  const today = vietnamToday(ctx.now);
  const held = (await listPositions(ctx.db, { userId: approver.userId, asOf: today }))
    .filter((p) => p.validFrom <= today)
    .sort((a, b) => rank(a) - rank(b));
  const position = held.find((p) => p.agencyId === competentAgencyId) ?? held[0];
  return {
    commonName: approver.name,
    organization: position?.agencyName ?? null,
    title: position ? POSITION_TITLE_NAMES[position.title] : null,
  };
}
