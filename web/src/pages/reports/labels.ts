/** How report values read: counts, shares and days in the UI language; the indicator groups of the figures table. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { todayInVietnam } from '../../layout/dates';

/** The indicators of the service report (src/modules/reports/figures.ts `indicatorsOf`), grouped for reading. */
export const INDICATOR_GROUPS = {
  volume: ['received', 'resolved', 'inProgress', 'averageResolutionDays'],
  portal: ['onTimeRate', 'earlyShare', 'onTimeShare', 'lateShare'],
  indicator: ['onTimeRateIndicator', 'earlyShareIndicator', 'onTimeShareIndicator', 'lateShareIndicator'],
  channels: ['onlineRate', 'counterRate', 'postRate', 'postalReturnRate'],
  digital: ['eResultRate', 'paidOnlineRate', 'satisfactionRate'],
} as const;
export type IndicatorGroup = keyof typeof INDICATOR_GROUPS;
export type IndicatorKey = (typeof INDICATOR_GROUPS)[IndicatorGroup][number];

/** Counts keep whole numbers; the rest of the keys are shares (0–1) or days. */
export const COUNT_KEYS: ReadonlySet<string> = new Set(['received', 'resolved', 'inProgress']);

/** The report's formats: the app's one formatting module (i18n/format.ts), plus days. */
export function useReportFormat() {
  const { t } = useTranslation();
  const f = useFormat();
  return {
    count: (n: number | null) => f.count(n),
    /** A share 0–1 as a percent with one decimal, e.g. `96,8 %`; a dash when nothing was measured. */
    percent: (r: number | null) => f.percent(r),
    decimal: (n: number | null) => f.decimal(n),
    days: (n: number | null) => (n === null ? '—' : t('reports.figures.days', { value: f.decimal(n) })),
    period: (label: string) => f.period(label),
  };
}

/** The value of an indicator as it reads on the page. */
export function useIndicatorText() {
  const format = useReportFormat();
  return (key: string, value: number | null) =>
    COUNT_KEYS.has(key)
      ? format.count(value)
      : key === 'averageResolutionDays'
        ? format.days(value)
        : format.percent(value);
}

/** The periods offered: this year and the two before, their quarters, and the last 24 months. */
export function periodOptions(today = todayInVietnam()) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const years = [year, year - 1, year - 2].map(String);
  const quarters = [year, year - 1].flatMap((y) => [4, 3, 2, 1].map((q) => `${y}-Q${q}`));
  const months = Array.from({ length: 24 }, (_, i) => {
    const m = month - i;
    const y = year + Math.floor((m - 1) / 12);
    return `${y}-${String(((((m - 1) % 12) + 12) % 12) + 1).padStart(2, '0')}`;
  });
  return { years, quarters, months };
}

/** The period of a report's address: `?period=` or `?from=&to=`, else this year. */
export function periodFromParams(params: URLSearchParams): { period?: string; from?: string; to?: string } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to)) return { from, to };
  const period = params.get('period') ?? '';
  if (/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period)) return { period };
  return { period: todayInVietnam().slice(0, 4) };
}
