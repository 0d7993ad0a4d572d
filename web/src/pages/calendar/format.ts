/** Calendar dates and Vietnamese local times as people read them, in the UI language. */
import { useTranslation } from 'react-i18next';

export function useCalendarFormat() {
  const { i18n } = useTranslation();
  const tag = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  const utcDay = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  };
  return {
    /** `Thứ Tư, 05/02/2025` / `Wednesday, 05/02/2025`. */
    day(date: string): string {
      return new Intl.DateTimeFormat(tag, {
        weekday: 'long',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(utcDay(date));
    },
    /** A local instant `2025-02-05T17:00:00+07:00` as `17:00, Thứ Tư, 05/02/2025`; 00:00 as 24:00 of the day before. */
    localInstant(local: string, endOfDay: string, dueDate?: string): string {
      const time = local.slice(11, 16);
      if (time === '00:00' && dueDate) return `${endOfDay}, ${this.day(dueDate)}`;
      return `${time}, ${this.day(local.slice(0, 10))}`;
    },
  };
}
