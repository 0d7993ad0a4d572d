/**
 * The monthly trend of a report (issue 7 §3), each chart readable as a table (components/EChart.tsx): dossiers
 * received by month stacked by channel, and the shares early or on time, online and satisfied by month. The
 * numbers are the report's `months` (no other computation than a percent).
 */
import { useTranslation } from 'react-i18next';
import { ChartTable } from '../../components/ChartTable';
import { ChartFigure, type EChartOption } from '../../components/EChart';
import type { ServiceReport } from './api';
import { useReportFormat } from './labels';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

export function TrendCharts({ report }: { report: ServiceReport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const period = format.period(
    report.period.kind === 'custom' ? `${report.period.from}..${report.period.to}` : report.period.label,
  );
  const months = report.months.map((m) => m.month);
  const channels = [
    { name: t('reports.charts.online'), values: report.months.map((m) => m.receivedOnline) },
    { name: t('reports.charts.inPerson'), values: report.months.map((m) => m.receivedInPerson) },
    { name: t('reports.charts.post'), values: report.months.map((m) => m.receivedPost) },
  ];
  const receivedOption: EChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: channels.map((c) => ({ type: 'bar' as const, stack: 'channels', name: c.name, data: c.values })),
  };
  const rates = [
    { name: t('reports.figures.keys.onTimeRate'), values: report.months.map((m) => m.onTimeRate) },
    { name: t('reports.figures.keys.onlineRate'), values: report.months.map((m) => m.onlineRate) },
    {
      name: t('reports.figures.keys.satisfactionRate'),
      values: report.months.map((m) => m.satisfactionRate),
    },
  ];
  const ratesOption: EChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v ?? '—'} %` },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', min: 0, max: 100, name: '%' },
    series: rates.map((r) => ({
      type: 'line' as const,
      name: r.name,
      connectNulls: false,
      symbolSize: 6,
      data: r.values.map(pct),
    })),
  };
  return (
    <div className="report-charts">
      <ChartFigure
        title={t('reports.charts.received')}
        option={receivedOption}
        ariaLabel={t('reports.charts.receivedAria', { period })}
        testId="chart-received"
        decal
        table={
          <ChartTable
            caption={t('reports.charts.received')}
            categoryTitle={t('reports.charts.month')}
            categories={months}
            series={channels.map((c) => ({ ...c, format: (v: number) => format.count(v) }))}
          />
        }
      />
      <ChartFigure
        title={t('reports.charts.rates')}
        option={ratesOption}
        ariaLabel={t('reports.charts.ratesAria', { period })}
        testId="chart-rates"
        table={
          <ChartTable
            caption={t('reports.charts.rates')}
            categoryTitle={t('reports.charts.month')}
            categories={months}
            series={rates.map((r) => ({ ...r, format: (v: number) => format.percent(v) }))}
          />
        }
      />
    </div>
  );
}
