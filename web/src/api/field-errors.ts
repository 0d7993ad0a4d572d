/**
 * Field errors of a problem+json answer, shaped for Ant Design's `form.setFields`: the server's dotted path
 * (`roles.0.unitCode`) becomes a form name path (`['roles', 0, 'unitCode']`).
 */
import { isApiError } from './client';
import type { FieldError } from './types';

export type FormFieldError = { name: (string | number)[]; errors: string[] };

export function formFieldErrors(
  error: unknown,
  message: (fieldError: FieldError) => string = (e) => e.message,
): FormFieldError[] {
  if (!isApiError(error)) return [];
  return error.fieldErrors
    .filter((e) => e.field !== '' && e.field !== 'body' && e.field !== 'querystring')
    .map((e) => ({
      name: e.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [message(e)],
    }));
}
