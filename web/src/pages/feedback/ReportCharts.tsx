/**
 * The report's figures as charts (issue 10 §4; components/EChart.tsx), each readable as a table through its
 * "Chart | Table" switch: submissions by month stacked by kind, each kind this period against the previous one,
 * and the share handled on time by kind. The numbers are the report's (no other computation than a percent).
 */
import { useTranslation } from 'react-i18next';
import { ChartTable } from '../../components/ChartTable';
import { ChartFigure, type EChartOption, useChartColours } from '../../components/EChart';
import { KINDS, type Kind, type Report } from './api';
import { useFeedbackLabels, usePercent } from './labels';

export function ReportCharts({ report }: { report: Report }) {
  const { t } = useTranslation();
  const labels = useFeedbackLabels();
  const colours = useChartColours();
  const percent = usePercent();
  const period = report.period.label;
  const kindOf = (key: string) => labels.kind(key as Kind);

  const months = report.byMonth.map((m) => m.month);
  const monthOption: EChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: KINDS.map((kind) => ({
      type: 'bar' as const,
      stack: 'kinds',
      name: labels.kind(kind),
      data: report.byMonth.map((m) => m[kind]),
    })),
  };

  const kindOption: EChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: report.byKind.map((r) => kindOf(r.key)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('feedback.charts.previous'),
        itemStyle: { color: colours.muted },
        data: report.byKind.map((r) => r.previous),
      },
      {
        type: 'bar',
        name: t('feedback.charts.current'),
        itemStyle: { color: colours.primary },
        data: report.byKind.map((r) => r.current),
      },
    ],
  };

  const rates = report.onTimeByKind.map((r) => (r.rate === null ? null : Math.round(r.rate * 1000) / 10));
  const rateOption: EChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v ?? '—'} %` },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: '%' },
    yAxis: { type: 'category', data: report.onTimeByKind.map((r) => labels.kind(r.kind)) },
    series: [
      {
        type: 'bar',
        name: t('feedback.charts.rate'),
        itemStyle: { color: colours.success },
        data: rates,
        label: { show: true, position: 'right', formatter: '{c} %' },
      },
    ],
  };

  const total = report.byMonth.reduce((n, m) => n + m.pakn + m.complaint + m.denunciation, 0);
  return (
    <div className="feedback-charts">
      <ChartFigure
        title={t('feedback.charts.byMonth')}
        option={monthOption}
        ariaLabel={t('feedback.charts.byMonthAria', { period, total })}
        testId="chart-month"
        decal
        table={
          <ChartTable
            caption={t('feedback.charts.byMonth')}
            categoryTitle={t('feedback.charts.month')}
            categories={months}
            series={KINDS.map((kind) => ({
              name: labels.kind(kind),
              values: report.byMonth.map((m) => m[kind]),
            }))}
          />
        }
      />
      <ChartFigure
        title={t('feedback.charts.byKind')}
        option={kindOption}
        ariaLabel={t('feedback.charts.byKindAria', { period })}
        height={280}
        testId="chart-kind"
        table={
          <ChartTable
            caption={t('feedback.charts.byKind')}
            categoryTitle={t('feedback.charts.kind')}
            categories={report.byKind.map((r) => kindOf(r.key))}
            series={[
              { name: t('feedback.charts.current'), values: report.byKind.map((r) => r.current) },
              { name: t('feedback.charts.previous'), values: report.byKind.map((r) => r.previous) },
            ]}
          />
        }
      />
      <ChartFigure
        title={t('feedback.charts.onTime')}
        option={rateOption}
        ariaLabel={t('feedback.charts.onTimeAria', { period })}
        height={Math.max(180, 60 + report.onTimeByKind.length * 40)}
        testId="chart-ontime"
        table={
          <ChartTable
            caption={t('feedback.charts.onTime')}
            categoryTitle={t('feedback.charts.kind')}
            categories={report.onTimeByKind.map((r) => labels.kind(r.kind))}
            series={[
              {
                name: t('feedback.charts.rate'),
                values: report.onTimeByKind.map((r) => r.rate),
                format: (v) => percent(v),
              },
            ]}
          />
        }
      />
    </div>
  );
}
