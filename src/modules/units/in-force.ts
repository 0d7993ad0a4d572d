import { and, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { unitVersions } from './schema.js';

export type IsoDate = string;

/** Today in Vietnam (UTC+7, no DST) as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The version of a unit in force on `day`: effective_from ≤ day < effective_to. */
export function versionInForce(day: IsoDate): SQL {
  return and(
    lte(unitVersions.effectiveFrom, day),
    or(isNull(unitVersions.effectiveTo), gt(unitVersions.effectiveTo, day)),
  ) as SQL;
}
