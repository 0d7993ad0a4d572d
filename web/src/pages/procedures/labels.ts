/** Readable durations, money, levels and agencies for the procedure pages, in the UI language. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { AgencyLabel, Duration, OnlineLevel, Unit } from './api';

const UNITS: readonly Unit[] = [
  'working_days',
  'half_working_days',
  'working_hours',
  'calendar_days',
  'months',
];
/** Working minutes in a working day under the default hours (08:00–12:00, 13:00–17:00). */
export const WORKING_DAY_MINUTES = 480;

export function isUnit(value: string): value is Unit {
  return (UNITS as readonly string[]).includes(value);
}

export function useProcedureLabels() {
  const { t, i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const f = useFormat();
  const time = (amount: number, unit: string) => {
    if (!isUnit(unit)) return `${amount} ${unit}`;
    if (amount === 0 && (unit === 'working_days' || unit === 'half_working_days'))
      return t('procedures.units.sameDay');
    return t(`procedures.units.${unit}`, { count: amount });
  };
  return {
    english,
    time,
    duration: (d: Duration) => time(d.amount, d.unit),
    minutes: (minutes: number) => {
      const days = Math.floor(minutes / WORKING_DAY_MINUTES);
      const hours = Math.round(((minutes - days * WORKING_DAY_MINUTES) / 60) * 100) / 100;
      const parts = [
        ...(days ? [time(days, 'working_days')] : []),
        ...(hours || !days ? [time(hours, 'working_hours')] : []),
      ];
      return parts.join(' ');
    },
    dong: (amount: number) => f.dong(amount),
    level: (level: string) =>
      ['province', 'commune', 'ministry', 'other'].includes(level)
        ? t(`procedures.levels.${level as 'province'}`)
        : level,
    online: (level: OnlineLevel | 'unknown') => t(`procedures.online.${level ?? 'unknown'}`),
    channel: (channel: string) =>
      ['in_person', 'online', 'post'].includes(channel)
        ? t(`procedures.channels.${channel as 'online'}`)
        : channel,
    agency: (a: Pick<AgencyLabel, 'name' | 'nameEn'>) => (english && a.nameEn ? a.nameEn : a.name),
    role: (role: string | null) =>
      role &&
      ['system_admin', 'provincial_leader', 'unit_leader', 'specialist', 'counter_clerk', 'citizen'].includes(
        role,
      )
        ? t(`roles.${role as 'specialist'}`)
        : '',
  };
}

/** Colours with 4.5:1 text contrast on their tag background (see units/labels.ts). */
export function onlineColour(level: OnlineLevel): string | undefined {
  return level === 'full' ? 'geekblue' : level === 'partial' ? 'purple' : undefined;
}
