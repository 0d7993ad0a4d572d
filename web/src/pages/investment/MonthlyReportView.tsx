/** The monthly report layout: the province total, then each owner's subtotal and projects, for a chosen month. */
import { Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { todayInVietnam, useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type ReportLine, useMonthlyReport } from './api';
import { useMoney } from './labels';

type Row = ReportLine & { key: string; level: 'total' | 'owner' | 'project' };

export function MonthlyReportView({ provinceCode, year }: { provinceCode: string; year: number }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useDateFormat();
  const today = todayInVietnam();
  const lastMonth = today.startsWith(`${year}-`) ? Number(today.slice(5, 7)) : 12;
  const [month, setMonth] = useState(lastMonth);
  const query = useMonthlyReport(provinceCode, year, Math.min(month, lastMonth));
  const rows: Row[] = query.data
    ? [
        { ...query.data.total, key: 'total', level: 'total', name: t('investment.total') },
        ...query.data.owners.flatMap((o, i) => [
          { ...o.subtotal, key: `owner-${i}`, level: 'owner' as const },
          ...o.projects.map((p) => ({ ...p, key: p.projectId ?? p.code, level: 'project' as const })),
        ]),
      ]
    : [];
  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('investment.monthly.name'),
      render: (_, r) =>
        r.level === 'project' ? (
          <span className="report-project">
            {r.name}
            <span className="cell-note"> · {r.code}</span>
          </span>
        ) : (
          <strong>{r.name}</strong>
        ),
    },
    {
      key: 'central',
      title: t('investment.sourcesShort.central_budget'),
      align: 'right',
      render: (_, r) => money.bn(r.planBySource.central_budget),
    },
    {
      key: 'local',
      title: t('investment.sourcesShort.local_budget'),
      align: 'right',
      render: (_, r) => money.bn(r.planBySource.local_budget),
    },
    {
      key: 'ntp',
      title: t('investment.sourcesShort.national_target_programme'),
      align: 'right',
      render: (_, r) => money.bn(r.planBySource.national_target_programme),
    },
    { key: 'plan', title: t('investment.columns.plan'), align: 'right', render: (_, r) => money.bn(r.plan) },
    {
      key: 'month',
      title: t('investment.monthly.inMonth'),
      align: 'right',
      render: (_, r) => money.bn(r.paidInMonth),
    },
    {
      key: 'paid',
      title: t('investment.monthly.toDate'),
      align: 'right',
      render: (_, r) => money.bn(r.paidToDate),
    },
    {
      key: 'rate',
      title: t('investment.columns.rate'),
      align: 'right',
      render: (_, r) => money.percent(r.rate),
    },
    {
      key: 'last',
      title: t('investment.columns.rateLastYear'),
      align: 'right',
      render: (_, r) => money.percent(r.rateLastYear),
    },
  ];
  const months = Array.from({ length: lastMonth }, (_, i) => i + 1);
  const reportHref = (format: 'csv' | 'xlsx' | 'pdf') =>
    `${API_BASE}/investment/reports/monthly/export.${format}?provinceCode=${provinceCode}&year=${year}&month=${Math.min(month, lastMonth)}`;
  return (
    <>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="monthly-month">{t('investment.monthly.month')}</label>
          <Select
            id="monthly-month"
            value={Math.min(month, lastMonth)}
            onChange={setMonth}
            options={months.map((m) => ({ value: m, label: `${String(m).padStart(2, '0')}/${year}` }))}
            className="toolbar-select"
            data-testid="monthly-month"
          />
        </div>
        <a className="link-button" href={reportHref('csv')} download data-testid="monthly-export">
          {t('investment.export')}
        </a>
        <a className="link-button" href={reportHref('xlsx')} download data-testid="monthly-export-xlsx">
          {t('investment.exports.monthlyXlsx')}
        </a>
        <a className="link-button" href={reportHref('pdf')} download data-testid="monthly-export-pdf">
          {t('investment.exports.monthlyPdf')}
        </a>
      </div>
      {query.data ? (
        <p className="muted">{t('investment.monthly.asOf', { date: format.date(query.data.asOf) })}</p>
      ) : null}
      {query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ScrollRegion label={t('investment.monthly.caption', { month, year })}>
          <Table<Row>
            className="data-table"
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={query.isPending}
            pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
            rowClassName={(r) => (r.level === 'project' ? '' : 'report-subtotal')}
            caption={
              <span className="visually-hidden">{t('investment.monthly.caption', { month, year })}</span>
            }
            data-testid="investment-monthly"
          />
        </ScrollRegion>
      )}
    </>
  );
}
