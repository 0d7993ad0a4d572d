/**
 * Projects behind their own monthly plan by the province's margin. Each can become an oversight task through the
 * link { kind: 'investment_project', id }: the oversight module's action in the last column (issuing leaders).
 */
import { App, Button, InputNumber, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { RaiseFromProjectButton } from '../oversight/RaiseFromProjectButton';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type AtRisk, useAtRisk, useSetMargin } from './api';
import { useMoney } from './labels';

function MarginForm({ provinceCode, current }: { provinceCode: string; current: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetMargin(provinceCode);
  const [value, setValue] = useState<number | null>(current);
  return (
    <div className="toolbar">
      <div className="toolbar-field">
        <label htmlFor="at-risk-margin">{t('investment.atRisk.margin')}</label>
        <InputNumber id="at-risk-margin" min={0} max={100} precision={0} value={value} onChange={setValue} />
      </div>
      <Button
        onClick={() =>
          value !== null &&
          save.mutate(value, { onSuccess: () => void message.success(t('investment.atRisk.marginSaved')) })
        }
        loading={save.isPending}
      >
        {t('investment.atRisk.saveMargin')}
      </Button>
      {save.isError ? <ProblemAlert error={save.error} /> : null}
    </div>
  );
}

export function AtRiskTable({
  provinceCode,
  year,
  mayPlan,
  onOpenProject,
}: {
  provinceCode: string;
  year: number;
  mayPlan: boolean;
  onOpenProject: (id: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = useMoney();
  const query = useAtRisk(provinceCode, year);
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<AtRisk> = [
    {
      key: 'project',
      title: t('investment.columns.project'),
      render: (_, x) => (
        <>
          <Button type="link" className="link-cell" onClick={() => onOpenProject(x.projectId)}>
            {x.name}
          </Button>
          <div className="cell-note">
            {x.code} · {x.ownerName}
          </div>
        </>
      ),
    },
    {
      key: 'plan',
      title: t('investment.columns.plan'),
      align: 'right',
      render: (_, x) => money.bn(x.annualPlan),
    },
    {
      key: 'planned',
      title: t('investment.atRisk.plannedRate'),
      align: 'right',
      render: (_, x) => money.percent(x.plannedRate),
    },
    {
      key: 'rate',
      title: t('investment.atRisk.rate'),
      align: 'right',
      render: (_, x) => money.percent(x.rate),
    },
    {
      key: 'behind',
      title: t('investment.atRisk.behind'),
      align: 'right',
      render: (_, x) => (
        <strong>{t('investment.atRisk.points', { points: f.decimal(x.behindPoints) })}</strong>
      ),
    },
    {
      key: 'oversight',
      title: <span className="visually-hidden">{t('oversight.raise.column')}</span>,
      // The server sends the owner's agency with each row (ProjectAtRisk.ownerAgencyId).
      render: (_, x) => <RaiseFromProjectButton project={x as AtRisk & { ownerAgencyId?: string | null }} />,
    },
  ];
  return (
    <>
      <p className="muted">{t('investment.atRisk.rule', { points: query.data?.marginPoints ?? 10 })}</p>
      {mayPlan && query.data ? (
        <MarginForm
          key={query.data.marginPoints}
          provinceCode={provinceCode}
          current={query.data.marginPoints}
        />
      ) : null}
      <ScrollRegion label={t('investment.atRisk.heading')}>
        <Table<AtRisk>
          className="data-table"
          rowKey="projectId"
          size="small"
          columns={columns}
          dataSource={query.data?.items ?? []}
          loading={query.isPending}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          caption={<span className="visually-hidden">{t('investment.atRisk.heading')}</span>}
          locale={{ emptyText: <span className="muted">{t('investment.atRisk.empty')}</span> }}
          data-testid="investment-at-risk"
        />
      </ScrollRegion>
    </>
  );
}
