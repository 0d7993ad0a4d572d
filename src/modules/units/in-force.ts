import { and, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../platform/vietnam-time.js';
import { unitVersions } from './schema.js';

export { type IsoDate, vietnamToday } from '../../platform/vietnam-time.js';

/** The version of a unit in force on `day`: effective_from ≤ day < effective_to. */
export function versionInForce(day: IsoDate): SQL {
  return and(
    lte(unitVersions.effectiveFrom, day),
    or(isNull(unitVersions.effectiveTo), gt(unitVersions.effectiveTo, day)),
  ) as SQL;
}
