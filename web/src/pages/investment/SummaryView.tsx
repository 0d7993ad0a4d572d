/** A province's plan year: the headline figures, the breakdowns, the curve, lagging projects, all projects. */
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { AtRiskTable } from './AtRiskTable';
import { useSummary } from './api';
import { CurveFigure, RatesFigure } from './charts';
import { useMoney } from './labels';
import { MonthlyReportView } from './MonthlyReportView';
import { ProjectForm } from './ProjectForm';
import { ProjectsTable } from './ProjectsTable';
import { TotalsTable } from './tables';

type Props = { provinceCode: string; year: number; onOpenProject: (id: string) => void };

export function SummaryView({ provinceCode, year, onOpenProject }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useDateFormat();
  const query = useSummary(provinceCode, year);
  const [creating, setCreating] = useState(false);
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

      {section(
        'investment-curve',
        t('investment.curve.heading'),
        <CurveFigure
          points={s.curve}
          year={s.year}
          title={t('investment.charts.curve')}
          testId="investment-curve"
        />,
      )}
      {section(
        'investment-sources',
        t('investment.bySource'),
        <RatesFigure
          rows={s.bySource.map((x) => ({ ...x, name: t(`investment.sources.${x.source}`) }))}
          by={t('investment.bySource').toLowerCase()}
          testId="investment-sources-chart"
          table={
            <TotalsTable
              rows={[
                ...s.bySource.map((x) => ({
                  ...x,
                  key: x.source,
                  name: t(`investment.sources.${x.source}`),
                })),
                { ...s.total, key: 'total', name: <strong>{t('investment.total')}</strong> },
              ]}
              caption={t('investment.bySource')}
              nameTitle={t('investment.columns.source')}
              testId="investment-by-source"
            />
          }
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
        <RatesFigure
          rows={s.byOwner.map((x) => ({ ...x, name: x.ownerName }))}
          by={t('investment.byOwner').toLowerCase()}
          testId="investment-owners-chart"
          table={
            <TotalsTable
              rows={s.byOwner.map((x) => ({
                ...x,
                key: `${x.ownerUnitCode}|${x.ownerName}`,
                name: x.ownerName,
              }))}
              caption={t('investment.byOwner')}
              nameTitle={t('investment.columns.owner')}
              testId="investment-by-owner"
            />
          }
        />,
      )}
      {section(
        'investment-units',
        t('investment.byUnit'),
        <RatesFigure
          rows={s.byUnit.map((x) => ({ ...x, name: x.unitName }))}
          by={t('investment.byUnit').toLowerCase()}
          testId="investment-units-chart"
          table={
            <TotalsTable
              rows={s.byUnit.map((x) => ({ ...x, key: x.unitCode, name: x.unitName }))}
              caption={t('investment.byUnit')}
              nameTitle={t('investment.columns.unit')}
              testId="investment-by-unit"
            />
          }
        />,
      )}
      {section(
        'investment-projects',
        t('investment.projects.heading'),
        <>
          {s.permissions.plan ? (
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="project-new"
            >
              {t('investment.forms.newProject')}
            </Button>
          ) : null}
          {creating ? (
            <ProjectForm
              provinceCode={provinceCode}
              existing={null}
              onClose={(saved) => {
                setCreating(false);
                if (saved) onOpenProject(saved.id);
              }}
            />
          ) : null}
          <ProjectsTable provinceCode={provinceCode} year={year} onOpenProject={onOpenProject} />
        </>,
      )}
      {section(
        'investment-monthly',
        t('investment.monthly.heading'),
        <MonthlyReportView provinceCode={provinceCode} year={year} />,
      )}
    </>
  );
}
