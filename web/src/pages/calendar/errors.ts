/** The server's field errors (RFC 9457 `errors`) in the UI language, for Ant Design forms. */
import { useTranslation } from 'react-i18next';
import { type FormFieldError, formFieldErrors } from '../../api/field-errors';
import type { FieldError } from '../../api/types';

/**
 * The refusals the form words as whole sentences, by the field error's stable `code` (src/modules/calendar/
 * messages.ts); any other is shown as the server tells it, already in the reader's language (issue 15 §2).
 */
const KNOWN: Record<string, string> = {
  'calendar.required': 'required',
  'calendar.decisionRequired': 'required',
  'calendar.weekend': 'weekend',
  'calendar.makeUpWeekday': 'makeUpWeekday',
  'calendar.listedTwice': 'twice',
  'calendar.alreadyNational': 'alreadyNational',
  'calendar.alreadyLocal': 'alreadyLocal',
  'calendar.dateOutsideYear': 'outsideYear',
  'calendar.dateOutsideYears': 'outsideYears',
  'calendar.unknownNotice': 'unknownNotice',
  'calendar.noticeOrSource': 'noticeOrSource',
  'calendar.dateNotReal': 'date',
  'calendar.time': 'time',
  'calendar.periodEnd': 'period',
  'calendar.overlap': 'overlap',
  'calendar.instant': 'instant',
  'calendar.amount': 'amount',
};

/** Field errors of a failed request, translated, with server field names mapped to form names. */
export function useFieldErrors(): (error: unknown, rename?: Record<string, string>) => FormFieldError[] {
  const { t } = useTranslation();
  const message = (e: FieldError): string => {
    const key = e.code === undefined ? undefined : KNOWN[e.code];
    return key ? t(`calendar.errors.${key}` as 'calendar.errors.required') : e.message;
  };
  return (error, rename = {}) =>
    formFieldErrors(error, message).map((f) => {
      const first = String(f.name[0]);
      return rename[first] ? { ...f, name: [rename[first], ...f.name.slice(1)] } : f;
    });
}
