/** One project: what it is, its plan year against the monthly plan, its payments and its extension requests. */
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type ProjectDetail, useProject } from './api';
import { CapitalPlanForm } from './CapitalPlanForm';
import { CurveFigure } from './charts';
import { DisbursementForm } from './DisbursementForm';
import { DisbursementsTable } from './DisbursementsTable';
import { ExtensionsSection } from './ExtensionsSection';
import { useMoney } from './labels';
import { MonthlyPlanForm } from './MonthlyPlanForm';
import { ProjectForm } from './ProjectForm';

type PlanRow = ProjectDetail['capitalPlans'][number];

export function ProjectView({ id, year, onBack }: { id: string; year: number; onBack: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = useMoney();
  const format = useDateFormat();
  const query = useProject(id, year);
  const [editing, setEditing] = useState(false);
  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={onBack} data-testid="project-back">
      {t('investment.project.back')}
    </Button>
  );
  if (query.isPending) return <InlineLoading />;
  if (query.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="project-error" />
      </>
    );
  const d = query.data;
  const p = d.project;
  const planColumns: TableColumnsType<PlanRow> = [
    { key: 'year', title: t('investment.year'), dataIndex: 'year' },
    {
      key: 'source',
      title: t('investment.columns.source'),
      render: (_, r) => t(`investment.sources.${r.source}`),
    },
    {
      key: 'amount',
      title: t('investment.project.amountDong'),
      align: 'right',
      render: (_, r) => money.dong(r.amount),
    },
    { key: 'decision', title: t('investment.project.decision'), render: (_, r) => r.decisionRef ?? '—' },
  ];
  return (
    <>
      {back}
      <section aria-labelledby="project-title" className="panel" data-testid="project">
        <h2 id="project-title" className="section-heading-small">
          {p.name}
        </h2>
        {d.permissions.plan ? (
          <Button
            icon={<EditOutlined aria-hidden />}
            onClick={() => setEditing(true)}
            data-testid="project-edit"
          >
            {t('investment.forms.editProject')}
          </Button>
        ) : null}
        {editing ? (
          <ProjectForm provinceCode={p.provinceCode} existing={p} onClose={() => setEditing(false)} />
        ) : null}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('investment.project.code'), children: p.code },
            {
              key: 'group',
              label: t('investment.columns.group'),
              children: t(`investment.groups.${p.group}`),
            },
            { key: 'owner', label: t('investment.columns.owner'), children: p.ownerName },
            { key: 'unit', label: t('investment.columns.unit'), children: p.unitName },
            {
              key: 'total',
              label: t('investment.project.total'),
              children: `${money.dong(p.totalInvestment)} đ`,
            },
            { key: 'start', label: t('investment.project.start'), children: format.date(p.startDate) },
            {
              key: 'planned',
              label: t('investment.project.plannedEnd'),
              children: format.date(p.plannedEndDate),
            },
            {
              key: 'current',
              label: t('investment.project.currentEnd'),
              children: format.date(p.currentEndDate),
            },
            {
              key: 'status',
              label: t('investment.project.status'),
              children: t(`investment.status.${p.status}`),
            },
            {
              key: 'link',
              label: t('investment.project.link'),
              children: <code>{`${d.link.kind}:${d.link.id}`}</code>,
            },
          ]}
        />
        <dl className="figures">
          <div>
            <dt>{t('investment.project.rateYear', { year: d.year })}</dt>
            <dd data-testid="project-rate">{money.percent(d.totals.rate)}</dd>
            <dd className="figure-note">
              {t('investment.overview.paidOfPlan', {
                paid: money.bn(d.totals.paid),
                plan: money.bn(d.totals.plan),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('investment.overview.rateLastYear')}</dt>
            <dd>{money.percent(d.totals.rateLastYear)}</dd>
          </div>
        </dl>
        {d.atRisk ? (
          <Alert
            type="warning"
            showIcon
            title={t('investment.project.atRisk', {
              points: f.decimal(d.atRisk.behindPoints),
              planned: money.percent(d.atRisk.plannedRate),
              rate: money.percent(d.atRisk.rate),
            })}
            data-testid="project-at-risk"
          />
        ) : null}
      </section>

      <section aria-labelledby="project-curve" className="panel">
        <h2 id="project-curve" className="section-heading-small">
          {t('investment.project.curve', { year: d.year })}
        </h2>
        {d.monthlyPlan ? null : <p className="muted">{t('investment.project.noMonthlyPlan')}</p>}
        <CurveFigure
          points={d.curve}
          year={d.year}
          title={t('investment.project.curve', { year: d.year })}
          testId="project-curve"
        />
      </section>

      {d.permissions.plan ? <CapitalPlanForm detail={d} /> : null}
      {d.permissions.owner && p.status === 'active' ? <DisbursementForm detail={d} /> : null}
      {d.permissions.owner && p.status === 'active' && d.totals.plan !== '0' ? (
        <MonthlyPlanForm detail={d} />
      ) : null}

      <section aria-labelledby="project-payments" className="panel">
        <h2 id="project-payments" className="section-heading-small">
          {t('investment.payments.heading', { year: d.year })}
        </h2>
        <DisbursementsTable items={d.disbursements} mayCancel={d.permissions.owner} />
      </section>

      <ExtensionsSection detail={d} />

      <section aria-labelledby="project-plans" className="panel">
        <h2 id="project-plans" className="section-heading-small">
          {t('investment.project.plans')}
        </h2>
        <ScrollRegion label={t('investment.project.plans')}>
          <Table<PlanRow>
            className="data-table"
            rowKey="id"
            size="small"
            columns={planColumns}
            dataSource={d.capitalPlans}
            pagination={false}
            caption={<span className="visually-hidden">{t('investment.project.plans')}</span>}
          />
        </ScrollRegion>
      </section>
    </>
  );
}
