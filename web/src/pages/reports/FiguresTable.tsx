/**
 * The figures of a report (issue 7 §1), grouped, each with its value and its numerator ÷ denominator; on the
 * dashboard an indicator with dossiers behind it is a button that opens their list (`onDrill`). A figure with
 * nothing measured reads "no data yet", never 0 %.
 */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import type { Indicator, ServiceReport } from './api';
import {
  COUNT_KEYS,
  INDICATOR_GROUPS,
  type IndicatorGroup,
  useIndicatorText,
  useReportFormat,
} from './labels';
import { ScrollRegion } from './ScrollRegion';

type Props = {
  report: ServiceReport;
  /** Open the dossiers behind an indicator (signed-in dashboard only). */
  onDrill?: (indicator: Indicator) => void;
  /** The figures shown are the previous query's while the new ones load. */
  busy?: boolean;
};

export function FiguresTable({ report, onDrill, busy = false }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const dates = useDateFormat();
  const valueText = useIndicatorText();
  const byKey = new Map(report.indicators.map((i) => [i.key, i]));
  const caption = t('reports.figures.caption', {
    unit: report.scopeLevel
      ? t('reports.levels.scope', {
          unit: report.unitName,
          level: t(`reports.levels.${report.scopeLevel.key}`),
        })
      : report.unitName,
    period: format.period(
      report.period.kind === 'custom' ? `${report.period.from}..${report.period.to}` : report.period.label,
    ),
  });
  const s = report.satisfaction;
  const name = (key: string) => t(`reports.figures.keys.${key}`, { defaultValue: key });
  return (
    <section className="panel" aria-labelledby="report-figures-heading">
      <h2 id="report-figures-heading" className="section-heading-small">
        {t('reports.figures.heading')}
      </h2>
      <ScrollRegion label={caption}>
        <table
          className="report-figures"
          data-testid="report-figures"
          aria-busy={busy}
          data-unit={report.unit}
          data-level={report.scopeLevel?.key ?? ''}
          data-procedure={report.filters.procedureCode ?? ''}
        >
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.figures.indicator')}</th>
              <th scope="col" className="num">
                {t('reports.figures.value')}
              </th>
              <th scope="col" className="num">
                {t('reports.figures.numerator')} / {t('reports.figures.denominator')}
              </th>
            </tr>
          </thead>
          {(Object.keys(INDICATOR_GROUPS) as IndicatorGroup[]).map((group) => (
            <tbody key={group}>
              <tr className="report-figures-group">
                <th scope="colgroup" colSpan={3}>
                  {t(`reports.figures.groups.${group}`)}
                </th>
              </tr>
              {INDICATOR_GROUPS[group].map((key) => {
                const indicator = byKey.get(key);
                if (!indicator) return null;
                const drillable = onDrill && indicator.drill && indicator.numerator > 0;
                return (
                  <tr key={key} data-testid={`figure-${key}`}>
                    <th scope="row">
                      {drillable ? (
                        <Button
                          type="link"
                          className="report-drill-link"
                          onClick={() => onDrill(indicator)}
                          aria-label={t('reports.figures.drill', { name: name(key) })}
                          data-testid={`drill-${key}`}
                        >
                          {name(key)}
                        </Button>
                      ) : (
                        name(key)
                      )}
                    </th>
                    <td className="num report-figure-value" data-testid={`figure-${key}-value`}>
                      {indicator.value === null
                        ? t('reports.figures.noData')
                        : valueText(key, indicator.value)}
                    </td>
                    <td className="num">
                      {indicator.denominator === null
                        ? COUNT_KEYS.has(key)
                          ? ''
                          : format.decimal(indicator.numerator)
                        : t('reports.figures.of', {
                            n:
                              key === 'averageResolutionDays'
                                ? format.decimal(indicator.numerator)
                                : format.count(indicator.numerator),
                            d: format.count(indicator.denominator),
                          })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      {s.rated > 0 ? (
        <p className="report-note" data-testid="report-satisfaction">
          {t('reports.figures.satisfaction', {
            rated: format.count(s.rated),
            agencyScore: format.decimal(s.agencyScore),
            agencyBand: s.agencyBand
              ? t(`reports.figures.bands.${s.agencyBand}`, { defaultValue: s.agencyBand })
              : '—',
            staffScore: format.decimal(s.staffScore),
            staffBand: s.staffBand
              ? t(`reports.figures.bands.${s.staffBand}`, { defaultValue: s.staffBand })
              : '—',
          })}
        </p>
      ) : null}
      <p className="report-note">
        {t('reports.figures.measuredAt', { at: dates.dateTime(report.measuredAt) })}
      </p>
    </section>
  );
}
