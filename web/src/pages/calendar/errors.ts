/** The server's field errors (RFC 9457 `errors`) in the UI language, for Ant Design forms. */
import { useTranslation } from 'react-i18next';
import { type FormFieldError, formFieldErrors } from '../../api/field-errors';
import type { FieldError } from '../../api/types';

// Each pattern matches the server's message in either language: it answers in the reader's (issue 15 §2), and the
// form words the common refusals as whole sentences.
const KNOWN: Array<[RegExp, string]> = [
  [/^required/, 'required'],
  [/already a weekly rest day|vốn đã là ngày nghỉ hằng tuần/, 'weekend'],
  [/make-up working day must be|ngày làm bù phải là/, 'makeUpWeekday'],
  [/^listed twice|^được kê hai lần/, 'twice'],
  [/^already a day off nationwide/, 'alreadyNational'],
  [/^already a day off of the province/, 'alreadyLocal'],
  [/^must lie in \d{4}$/, 'outsideYear'],
  [/^not one of the notices/, 'unknownNotice'],
  [/^give the notice/, 'noticeOrSource'],
  [/^must be a real date|Invalid ISO date/i, 'date'],
  [/time HH:MM/, 'time'],
  [/^must be after the start/, 'period'],
  [/^must be after the end/, 'overlap'],
  [/ISO 8601 instant/, 'instant'],
];

/** Field errors of a failed request, translated, with server field names mapped to form names. */
export function useFieldErrors(): (error: unknown, rename?: Record<string, string>) => FormFieldError[] {
  const { t } = useTranslation();
  const message = (e: FieldError): string => {
    for (const [pattern, key] of KNOWN)
      if (pattern.test(e.message)) return t(`calendar.errors.${key}` as 'calendar.errors.required');
    if (e.field === 'amount') return t('calendar.errors.amount');
    return e.message;
  };
  return (error, rename = {}) =>
    formFieldErrors(error, message).map((f) => {
      const first = String(f.name[0]);
      return rename[first] ? { ...f, name: [rename[first], ...f.name.slice(1)] } : f;
    });
}
