/** What a number of each measure may be: a reported value, or a plan bound. Pure; messages for people. */
import { compare, isWhole } from './decimal.js';
import type { Measure } from './schema.js';

/** Why a value cannot be one of `measure`, or null when it can. */
export function valueProblem(measure: Measure, value: string, unitOfMeasure: string): string | null {
  switch (measure) {
    case 'share':
      if (compare(value, '0') < 0 || compare(value, '100') > 0)
        return `${value} ${unitOfMeasure} is not a share: a share of a whole lies between 0 and 100 %.`;
      return null;
    case 'change':
      if (compare(value, '-100') <= 0)
        return `${value} ${unitOfMeasure} is not a change: nothing falls by 100 % or more and still has a rate.`;
      return null;
    case 'amount':
      if (compare(value, '0') < 0)
        return `${value} ${unitOfMeasure} is not an amount: amounts are not negative.`;
      return null;
    case 'count':
      if (compare(value, '0') < 0 || !isWhole(value))
        return `${value} ${unitOfMeasure} is not a count: counts are whole numbers, 0 or more.`;
      return null;
  }
}
