/** Tables shared by the summary and the project page: plan against payments by a key, and month by month. */
import { Progress, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../targets/ScrollRegion';
import type { CurvePoint, Totals } from './api';
import { useMoney } from './labels';

type Row = Totals & { key: string; name: ReactNode };

/** Plan, paid and rate by source, group, owner or unit, with last year's rate to the same day beside it. */
export function TotalsTable({
  rows,
  caption,
  nameTitle,
  testId,
}: {
  rows: Row[];
  caption: string;
  nameTitle: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: nameTitle, render: (_, r) => r.name },
    { key: 'plan', title: t('investment.columns.plan'), align: 'right', render: (_, r) => money.bn(r.plan) },
    { key: 'paid', title: t('investment.columns.paid'), align: 'right', render: (_, r) => money.bn(r.paid) },
    {
      key: 'rate',
      title: t('investment.columns.rate'),
      render: (_, r) => (
        <div className="rate-cell">
          <span>{money.percent(r.rate)}</span>
          {r.rate !== null ? (
            <Progress percent={Math.min(100, r.rate)} showInfo={false} size="small" aria-hidden />
          ) : null}
        </div>
      ),
    },
    {
      key: 'last',
      title: t('investment.columns.rateLastYear'),
      align: 'right',
      render: (_, r) => money.percent(r.rateLastYear),
    },
    { key: 'projects', title: t('investment.columns.projects'), align: 'right', dataIndex: 'projects' },
  ];
  return (
    <ScrollRegion label={caption}>
      <Table<Row>
        className="data-table"
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
        caption={<span className="visually-hidden">{caption}</span>}
        data-testid={testId}
      />
    </ScrollRegion>
  );
}

/** The plan-against-actual curve as a table: planned and paid to the end of each month, and last year's rate. */
export function CurveTable({
  points,
  year,
  caption,
  testId,
}: {
  points: CurvePoint[];
  year: number;
  caption: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const columns: TableColumnsType<CurvePoint> = [
    {
      key: 'month',
      title: t('investment.curve.month'),
      render: (_, p) =>
        p.month === 13
          ? t('investment.curve.january', { year: year + 1 })
          : `${String(p.month).padStart(2, '0')}/${year}`,
    },
    {
      key: 'planned',
      title: t('investment.curve.planned'),
      align: 'right',
      render: (_, p) => money.bn(p.plannedCumulative),
    },
    {
      key: 'paid',
      title: t('investment.curve.paid'),
      align: 'right',
      render: (_, p) => money.bn(p.paidCumulative),
    },
    {
      key: 'plannedRate',
      title: t('investment.curve.plannedRate'),
      align: 'right',
      render: (_, p) => money.percent(p.plannedRate),
    },
    {
      key: 'rate',
      title: t('investment.curve.rate'),
      align: 'right',
      render: (_, p) => money.percent(p.rate),
    },
    {
      key: 'last',
      title: t('investment.curve.rateLastYear'),
      align: 'right',
      render: (_, p) => money.percent(p.rateLastYear),
    },
  ];
  return (
    <ScrollRegion label={caption}>
      <Table<CurvePoint>
        className="data-table"
        rowKey="month"
        size="small"
        columns={columns}
        dataSource={points}
        pagination={false}
        caption={<span className="visually-hidden">{caption}</span>}
        data-testid={testId}
      />
    </ScrollRegion>
  );
}
