/** The rule of each kind of target, written out, so a reader can check every verdict by hand. */
import { useTranslation } from 'react-i18next';

const KINDS = ['range', 'at_least', 'at_most', 'exact', 'direction'] as const;

export function RulesLegend() {
  const { t } = useTranslation();
  return (
    <details className="rules-legend" data-testid="targets-rules">
      <summary>{t('targets.rules.heading')}</summary>
      <dl>
        {KINDS.map((kind) => (
          <div key={kind}>
            <dt>{t(`targets.rules.kinds.${kind}`)}</dt>
            <dd>{t(`targets.rules.text.${kind}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('targets.rules.periods')}</p>
      <p>{t('targets.rules.percent')}</p>
    </details>
  );
}
