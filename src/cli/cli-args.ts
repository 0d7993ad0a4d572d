/** What the commands of issue 21 (staffing, disasters, reception) share: their options' checks and results. */
import { type Language, renderMessage } from '../platform/http/messages.js';
import type { DomainError, Result } from '../platform/result.js';
import { CliError } from './with-database.js';

/**
 * The value, or the refusal said as the API would (its detail and field errors), exiting non-zero: in English,
 * or in `lang` where the refusal is told in both languages (issue 15 §2).
 */
export function must<T>(result: Result<T, DomainError>, lang?: Language): T {
  if (result.ok) return result.value;
  const e = result.error;
  const fields =
    'errors' in e && e.errors?.length
      ? ` (${e.errors.map((f) => `${f.field}: ${lang && f.localized ? renderMessage(f.localized, lang) : f.message}`).join('; ')})`
      : '';
  const what = e.kind === 'not_found' ? `no ${e.resource} ${e.id ?? ''}`.trim() : undefined;
  const told = lang && 'localized' in e && e.localized ? renderMessage(e.localized, lang) : undefined;
  throw new CliError(`${what ?? told ?? ('detail' in e && e.detail ? e.detail : e.kind)}${fields}`);
}

export const province = (value: string) => {
  if (!/^\d{2}$/.test(value)) throw new CliError('--province takes a 2-digit province code');
  return value;
};
export const commune = (value: string) => {
  if (!/^\d{5}$/.test(value)) throw new CliError('--unit takes a 5-digit commune code');
  return value;
};
export const unit = (value: string) => {
  if (!/^\d{2}$|^\d{5}$/.test(value))
    throw new CliError('--unit takes a 2-digit province or 5-digit commune code');
  return value;
};
export const language = (value: string) => {
  if (value !== 'vi' && value !== 'en') throw new CliError('--lang takes vi or en');
  return value;
};
export const day = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError('a day is written YYYY-MM-DD');
  return value;
};
export const fileFormat = (value: string) => {
  if (value !== 'csv' && value !== 'xlsx') throw new CliError('--format takes csv or xlsx');
  return value;
};
