/** What a number of each measure may be: a reported value, or a plan bound. Pure; messages for people. */
import { formatDecimal } from '../../platform/formats.js';
import { type Message, renderMessage } from '../../platform/http/messages.js';
import { compare, isWhole } from './decimal.js';
import { msg } from './messages.js';
import type { Measure } from './schema.js';

/** Why a value cannot be one of `measure` (told in the reader's language), or null when it can. */
export function valueMessage(measure: Measure, value: string, unitOfMeasure: string): Message | null {
  const decimals = value.split('.')[1]?.length ?? 0;
  // Each language writes the number its way: "3,5" (vi), "3.5" (en).
  const params = { value, valueVi: formatDecimal(Number(value), 'vi', decimals), unit: unitOfMeasure };
  switch (measure) {
    case 'share':
      return compare(value, '0') < 0 || compare(value, '100') > 0 ? msg('targets.notShare', params) : null;
    case 'change':
      return compare(value, '-100') <= 0 ? msg('targets.notChange', params) : null;
    case 'amount':
      return compare(value, '0') < 0 ? msg('targets.notAmount', params) : null;
    case 'count':
      return compare(value, '0') < 0 || !isWhole(value) ? msg('targets.notCount', params) : null;
  }
}

/** Why a value cannot be one of `measure`, in English (logs, tests), or null when it can. */
export function valueProblem(measure: Measure, value: string, unitOfMeasure: string): string | null {
  const message = valueMessage(measure, value, unitOfMeasure);
  return message && renderMessage(message, 'en');
}
