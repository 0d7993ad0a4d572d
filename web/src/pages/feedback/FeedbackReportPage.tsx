/**
 * `/dashboard/feedback` — the leaders' report (issue 10 §4): counts by kind, field, unit and month against the
 * previous period, on-time rates under each law and per step, and Decision 766 sub-indicators 5.2 and 5.3 with
 * their formulas. Every figure is a table; the main ones are also charts, each with its table view
 * (ReportCharts.tsx). `?period=` in the address.
 */
import { Select, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { API_BASE } from '../../api/client';
import { useSystemInfo } from '../../auth/queries';
import { todayInVietnam } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { type CountRow, type Kind, type Report, useReport } from './api';
import { useFeedbackLabels, usePercent } from './labels';
import { ReportCharts } from './ReportCharts';
import { ScrollRegion } from './ScrollRegion';
import '../data-pages.css';
import './feedback.css';
import { useFormat } from '../../i18n/format';

/** The periods offered: this year and last, their quarters, and the last twelve months. */
function periodOptions(today: string) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const years = [year, year - 1].map(String);
  const quarters = [year, year - 1].flatMap((y) => [4, 3, 2, 1].map((q) => `${y}-Q${q}`));
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = month - i;
    const y = m <= 0 ? year - 1 : year;
    return `${y}-${String(((m + 11) % 12) + 1).padStart(2, '0')}`;
  });
  return { years, quarters, months };
}

export function FeedbackReportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const title = t('feedback.report.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const period = params.get('period') ?? today.slice(0, 4);
  const province = useSystemInfo().data?.province?.code ?? '';
  const report = useReport(province, period);
  const percent = usePercent();
  const options = periodOptions(today);
  const exportUrl = `${API_BASE}/feedback/export?provinceCode=${province}&period=${period}`;

  return (
    <div className="data-page feedback-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-feedback-report">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('feedback.report.intro')}</Typography.Paragraph>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="report-period">{t('feedback.report.period')}</label>
          <Select
            id="report-period"
            className="toolbar-select"
            value={period}
            onChange={(value: string) => setParams({ period: value })}
            options={[
              {
                label: t('feedback.report.year'),
                options: options.years.map((v) => ({ value: v, label: f.period(v) })),
              },
              {
                label: t('feedback.report.quarter'),
                options: options.quarters.map((v) => ({ value: v, label: f.period(v) })),
              },
              {
                label: t('feedback.report.month'),
                options: options.months.map((v) => ({ value: v, label: f.period(v) })),
              },
            ]}
          />
        </div>
        <a className="link-button" href={exportUrl} download data-testid="report-export">
          {t('feedback.report.export')}
        </a>
      </div>
      {report.isError ? (
        <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <InlineLoading />
      ) : (
        <>
          <p className="feedback-total" role="status" aria-live="polite" data-testid="report-total">
            {t('feedback.report.total', {
              period: report.data.period.label,
              current: report.data.total.current,
              previous: report.data.total.previous,
              change:
                report.data.total.change === null
                  ? t('feedback.report.noChange')
                  : percent(report.data.total.change, true),
            })}
          </p>
          <ReportCharts report={report.data} />
          <ReportTables report={report.data} />
        </>
      )}
    </div>
  );
}

function ReportTables({ report }: { report: Report }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useFeedbackLabels();
  const percent = usePercent();
  const countColumns = (name: string, label: (row: CountRow) => string): TableColumnsType<CountRow> => [
    { key: 'name', title: name, render: (_, r) => label(r) },
    { key: 'current', title: t('feedback.report.current'), dataIndex: 'current', align: 'right' },
    { key: 'previous', title: t('feedback.report.previous'), dataIndex: 'previous', align: 'right' },
    {
      key: 'change',
      title: t('feedback.report.change'),
      align: 'right',
      render: (_, r) => percent(r.change, true),
    },
  ];
  const section = (id: string, heading: string, table: React.ReactNode) => (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="section-heading-small">
        {heading}
      </h2>
      <ScrollRegion label={heading}>{table}</ScrollRegion>
    </section>
  );
  const tableProps = {
    size: 'small' as const,
    className: 'data-table',
  };
  return (
    <>
      {section(
        'report-766',
        t('feedback.report.indicators'),
        <Table
          {...tableProps}
          rowKey="code"
          pagination={false}
          dataSource={report.indicators766}
          caption={<span className="visually-hidden">{t('feedback.report.indicators')}</span>}
          data-testid="report-766"
          columns={[
            {
              key: 'code',
              title: t('feedback.report.indicator'),
              render: (_, i) => `${i.code} · ${i.portalCode}`,
            },
            {
              key: 'formula',
              title: t('feedback.report.formula'),
              render: (_, i) => (
                <span className="cell-note">
                  {i.code === '5.2' ? t('feedback.report.formula52') : t('feedback.report.formula53')}
                </span>
              ),
            },
            {
              key: 'value',
              title: t('feedback.report.value'),
              align: 'right',
              render: (_, i) => `${i.numerator}/${i.denominator} = ${percent(i.ratio)}`,
            },
            {
              key: 'points',
              title: t('feedback.report.points'),
              align: 'right',
              render: (_, i) => (i.points === null ? '—' : `${f.decimal(i.points, 2)} / ${i.maxPoints}`),
            },
          ]}
        />,
      )}
      {section(
        'report-kind',
        t('feedback.report.byKind'),
        <Table<CountRow>
          {...tableProps}
          rowKey="key"
          pagination={false}
          dataSource={report.byKind}
          columns={countColumns(t('feedback.columns.kind'), (r) => labels.kind(r.key as Kind))}
          caption={<span className="visually-hidden">{t('feedback.report.byKind')}</span>}
        />,
      )}
      {section(
        'report-ontime',
        t('feedback.report.onTime'),
        <Table
          {...tableProps}
          rowKey="kind"
          pagination={false}
          dataSource={report.onTimeByKind}
          caption={<span className="visually-hidden">{t('feedback.report.onTime')}</span>}
          columns={[
            { key: 'kind', title: t('feedback.columns.kind'), render: (_, r) => labels.kind(r.kind) },
            { key: 'cases', title: t('feedback.report.cases'), dataIndex: 'cases', align: 'right' },
            { key: 'late', title: t('feedback.report.late'), dataIndex: 'late', align: 'right' },
            {
              key: 'rate',
              title: t('feedback.report.rate'),
              align: 'right',
              render: (_, r) => percent(r.rate),
            },
          ]}
        />,
      )}
      {section(
        'report-steps',
        t('feedback.report.onTimeSteps'),
        <Table
          {...tableProps}
          rowKey={(r) => `${r.kind}.${r.step}`}
          pagination={false}
          dataSource={report.onTimeBySteps}
          caption={<span className="visually-hidden">{t('feedback.report.onTimeSteps')}</span>}
          columns={[
            { key: 'kind', title: t('feedback.columns.kind'), render: (_, r) => labels.kind(r.kind) },
            { key: 'step', title: t('feedback.report.step'), render: (_, r) => labels.step(r.step) },
            { key: 'measured', title: t('feedback.report.measured'), dataIndex: 'measured', align: 'right' },
            { key: 'late', title: t('feedback.report.late'), dataIndex: 'late', align: 'right' },
            {
              key: 'rate',
              title: t('feedback.report.rate'),
              align: 'right',
              render: (_, r) => percent(r.rate),
            },
          ]}
        />,
      )}
      {section(
        'report-field',
        t('feedback.report.byField'),
        <Table<CountRow>
          {...tableProps}
          rowKey="key"
          pagination={false}
          dataSource={report.byField}
          columns={countColumns(t('feedback.columns.field'), (r) => labels.field(r.key))}
          caption={<span className="visually-hidden">{t('feedback.report.byField')}</span>}
        />,
      )}
      {section(
        'report-unit',
        t('feedback.report.byUnit'),
        <Table<CountRow & { unitName: string }>
          {...tableProps}
          rowKey="key"
          pagination={{ defaultPageSize: 10, showSizeChanger: false }}
          dataSource={report.byUnit}
          columns={
            countColumns(
              t('feedback.columns.unit'),
              (r) => (r as CountRow & { unitName: string }).unitName,
            ) as TableColumnsType<CountRow & { unitName: string }>
          }
          caption={<span className="visually-hidden">{t('feedback.report.byUnit')}</span>}
        />,
      )}
      {section(
        'report-month',
        t('feedback.report.byMonth'),
        <Table
          {...tableProps}
          rowKey="month"
          pagination={false}
          dataSource={report.byMonth}
          caption={<span className="visually-hidden">{t('feedback.report.byMonth')}</span>}
          columns={[
            { key: 'month', title: t('feedback.report.month'), dataIndex: 'month' },
            { key: 'pakn', title: labels.kind('pakn'), dataIndex: 'pakn', align: 'right' },
            { key: 'complaint', title: labels.kind('complaint'), dataIndex: 'complaint', align: 'right' },
            {
              key: 'denunciation',
              title: labels.kind('denunciation'),
              dataIndex: 'denunciation',
              align: 'right',
            },
          ]}
        />,
      )}
    </>
  );
}
