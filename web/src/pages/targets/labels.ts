/** How targets read on screen: periods, plans, numbers in the UI language, and the colour of each verdict. */
import { useTranslation } from 'react-i18next';
import type { AchievementState, Period, Target, ValueStatus } from './api';

/** Tag classes with enough contrast (data-pages.css, scroll-region.css), not Ant Design's preset colours. */
export const STATE_CLASSES: Record<AchievementState, string> = {
  met: 'tag-ok',
  exceeded: 'tag-exceeded',
  not_met: 'tag-bad',
  no_baseline: '',
  not_yet_due: 'tag-info',
  no_value: 'tag-warn',
};

export const STATUS_CLASSES: Record<ValueStatus, string> = {
  reported: 'tag-warn',
  returned: 'tag-bad',
  approved: 'tag-ok',
  locked: '',
};

export function useTargetLabels() {
  const { t, i18n } = useTranslation();
  const tag = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
  const number = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? '' : numberFormat.format(Number(value));
  const period = (p: Period) => {
    if (p.startsWith('M')) return t('targets.periods.month', { n: Number(p.slice(1)) });
    if (p.startsWith('Q')) return t('targets.periods.quarter', { n: Number(p.slice(1)) });
    if (p === 'H1') return t('targets.periods.H1');
    if (p === '9M') return t('targets.periods.9M');
    return t('targets.periods.Y');
  };
  const plan = (
    target: Pick<Target, 'kind' | 'planLow' | 'planHigh' | 'strict' | 'tolerance' | 'preferred'>,
  ) => {
    const low = number(target.planLow);
    const high = number(target.planHigh);
    switch (target.kind) {
      case 'range':
        return `${low}–${high}`;
      case 'at_least':
        return `${target.strict ? '>' : '≥'} ${low}`;
      case 'at_most':
        return `${target.strict ? '<' : '≤'} ${high}`;
      case 'exact':
        return target.tolerance && target.tolerance !== '0'
          ? `${low} ± ${number(target.tolerance)}`
          : `≈ ${low}`;
      case 'direction':
        return target.preferred === 'lower' ? t('targets.plan.decrease') : t('targets.plan.increase');
    }
  };
  const percent = (value: number | null) => (value === null ? '' : `${numberFormat.format(value)} %`);
  return { number, period, plan, percent };
}
