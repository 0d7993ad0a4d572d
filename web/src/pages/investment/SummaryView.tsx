/** A province's plan year: the headline figures, the breakdowns, the curve, lagging projects, all projects. */
import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { AtRiskTable } from './AtRiskTable';
import { useSummary } from './api';
import { useMoney } from './labels';
import { MonthlyReportView } from './MonthlyReportView';
import { ProjectsTable } from './ProjectsTable';
import { CurveTable, TotalsTable } from './tables';

type Props = { provinceCode: string; year: number; onOpenProject: (id: string) => void };

export function SummaryView({ provinceCode, year, onOpenProject }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useDateFormat();
  const query = useSummary(provinceCode, year);
  if (query.isPending) return <InlineLoading />;
  if (query.isError)
    return (
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="investment-error" />
    );
  const s = query.data;
  const exportHref = `${API_BASE}/investment/summary/export.csv?provinceCode=${provinceCode}&year=${year}`;
  const section = (id: string, heading: string, body: ReactNode) => (
    <section aria-labelledby={id} className="panel">
      <h2 id={id} className="section-heading-small">
        {heading}
      </h2>
      {body}
    </section>
  );

  return (
    <>
      <section aria-labelledby="investment-overview" className="panel" data-testid="investment-overview">
        <h2 id="investment-overview" className="section-heading-small">
          {t('investment.overview.heading', { province: s.provinceName, year: s.year })}
        </h2>
        <p className="muted">
          {t('investment.overview.asOf', { date: format.date(s.asOf), last: format.date(s.asOfLastYear) })}
        </p>
        <dl className="figures">
          <div>
            <dt>{t('investment.overview.rate')}</dt>
            <dd data-testid="investment-rate">{money.percent(s.total.rate)}</dd>
            <dd className="figure-note">
              {t('investment.overview.paidOfPlan', {
                paid: money.bn(s.total.paid),
                plan: money.bn(s.total.plan),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('investment.overview.rateLastYear')}</dt>
            <dd>{money.percent(s.total.rateLastYear)}</dd>
            <dd className="figure-note">
              {t('investment.overview.paidOfPlan', {
                paid: money.bn(s.total.paidLastYear),
                plan: money.bn(s.total.planLastYear),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('investment.overview.awaiting')}</dt>
            <dd data-testid="investment-awaiting">{s.extensions.awaiting}</dd>
            <dd className="figure-note">
              {t('investment.overview.pastEnd', { count: s.extensions.pastEndWithoutRequest })}
            </dd>
          </div>
          <div>
            <dt>{t('investment.overview.atRisk')}</dt>
            <dd data-testid="investment-at-risk-count">{s.atRisk.count}</dd>
            <dd className="figure-note">
              {t('investment.overview.margin', { points: s.atRisk.marginPoints })}
            </dd>
          </div>
        </dl>
        <a className="link-button" href={exportHref} download data-testid="investment-export">
          {t('investment.export')}
        </a>
      </section>

      <Alert type="info" showIcon title={t('investment.chartsNote')} className="charts-note" />

      {section(
        'investment-curve',
        t('investment.curve.heading'),
        <CurveTable
          points={s.curve}
          year={s.year}
          caption={t('investment.curve.heading')}
          testId="investment-curve"
        />,
      )}
      {section(
        'investment-sources',
        t('investment.bySource'),
        <TotalsTable
          rows={[
            ...s.bySource.map((x) => ({ ...x, key: x.source, name: t(`investment.sources.${x.source}`) })),
            { ...s.total, key: 'total', name: <strong>{t('investment.total')}</strong> },
          ]}
          caption={t('investment.bySource')}
          nameTitle={t('investment.columns.source')}
          testId="investment-by-source"
        />,
      )}
      {section(
        'investment-risk',
        t('investment.atRisk.heading'),
        <AtRiskTable
          provinceCode={provinceCode}
          year={year}
          mayPlan={s.permissions.plan}
          onOpenProject={onOpenProject}
        />,
      )}
      {section(
        'investment-groups',
        t('investment.byGroup'),
        <TotalsTable
          rows={s.byGroup.map((x) => ({ ...x, key: x.group, name: t(`investment.groups.${x.group}`) }))}
          caption={t('investment.byGroup')}
          nameTitle={t('investment.columns.group')}
          testId="investment-by-group"
        />,
      )}
      {section(
        'investment-owners',
        t('investment.byOwner'),
        <TotalsTable
          rows={s.byOwner.map((x) => ({ ...x, key: `${x.ownerUnitCode}|${x.ownerName}`, name: x.ownerName }))}
          caption={t('investment.byOwner')}
          nameTitle={t('investment.columns.owner')}
          testId="investment-by-owner"
        />,
      )}
      {section(
        'investment-units',
        t('investment.byUnit'),
        <TotalsTable
          rows={s.byUnit.map((x) => ({ ...x, key: x.unitCode, name: x.unitName }))}
          caption={t('investment.byUnit')}
          nameTitle={t('investment.columns.unit')}
          testId="investment-by-unit"
        />,
      )}
      {section(
        'investment-projects',
        t('investment.projects.heading'),
        <ProjectsTable provinceCode={provinceCode} year={year} onOpenProject={onOpenProject} />,
      )}
      {section(
        'investment-monthly',
        t('investment.monthly.heading'),
        <MonthlyReportView provinceCode={provinceCode} year={year} />,
      )}
    </>
  );
}
