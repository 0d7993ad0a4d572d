/**
 * Dates as people in Việt Nam read them: instants shown in Asia/Ho_Chi_Minh, calendar dates (`YYYY-MM-DD`)
 * shown as they are, both in the UI language.
 */
import { useTranslation } from 'react-i18next';

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Today's date in Việt Nam as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The first and last instant of a Vietnamese calendar day, as ISO strings (UTC+7 all year). */
export function vietnamDayBounds(date: string): { start: string; end: string } {
  return { start: `${date}T00:00:00.000+07:00`, end: `${date}T23:59:59.999+07:00` };
}

function locale(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'vi-VN';
}

/** Formatters following the UI language. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const tag = locale(i18n.resolvedLanguage);
  return {
    /** An instant, e.g. `23/11/2026 12:11:21` (date first in both languages). */
    dateTime(value: string | Date): string {
      const at = new Date(value);
      const day = new Intl.DateTimeFormat(tag, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: VIETNAM_TIME_ZONE,
      }).format(at);
      const time = new Intl.DateTimeFormat(tag, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZone: VIETNAM_TIME_ZONE,
      }).format(at);
      return `${day} ${time}`;
    },
    /** A calendar date `YYYY-MM-DD`, e.g. `01/07/2025`. */
    date(value: string): string {
      const [y, m, d] = value.split('-').map(Number);
      if (!y || !m || !d) return value;
      return new Intl.DateTimeFormat(tag, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(y, m - 1, d)));
    },
  };
}
