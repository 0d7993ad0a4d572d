/**
 * The investment charts, each with its table (components/EChart.tsx): the plan-against-actual curve (monthly plan
 * as bars, cumulative plan and cumulative disbursement as lines) and the disbursement rate by source, owner or
 * unit against last year's rate at the same day.
 */
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure, type EChartOption, useChartColours } from '../../components/EChart';
import type { CurvePoint, Totals } from './api';
import { useMoney } from './labels';
import { CurveTable } from './tables';

/** Whole đồng (a decimal string) in billions, for drawing only; the tables print the exact figures. */
const billions = (value: string) => Number(BigInt(value) / 1_000_000n) / 1000;

export function CurveFigure({
  points,
  year,
  title,
  testId,
}: {
  points: CurvePoint[];
  year: number;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const colours = useChartColours();
  const months = points.map((p) =>
    p.month === 13
      ? t('investment.charts.january', { year: year + 1 })
      : `${String(p.month).padStart(2, '0')}`,
  );
  const last =
    points.filter((p) => p.paidCumulative !== '0' || p.plannedCumulative !== '0').at(-1) ?? points[0];
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => `${v} ${t('investment.charts.billions')}` },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months, name: String(year), nameLocation: 'end' },
      yAxis: { type: 'value', name: t('investment.charts.billions') },
      series: [
        {
          type: 'bar',
          name: t('investment.charts.plannedInMonth'),
          data: points.map((p) => billions(p.planned)),
          itemStyle: { color: colours.grid, borderColor: colours.muted, borderWidth: 1 },
        },
        {
          type: 'line',
          name: t('investment.charts.plannedCumulative'),
          data: points.map((p) => billions(p.plannedCumulative)),
          lineStyle: { type: 'dashed', width: 2 },
          symbol: 'rect',
          color: colours.warning,
        },
        {
          type: 'line',
          name: t('investment.charts.paidCumulative'),
          data: points.map((p) => billions(p.paidCumulative)),
          lineStyle: { width: 3 },
          symbol: 'circle',
          color: colours.primary,
        },
      ],
    }),
    [points, months, year, colours, t],
  );
  const ariaLabel = t('investment.charts.curveAria', {
    year,
    month: last ? (last.month === 13 ? `01/${year + 1}` : `${last.month}/${year}`) : '',
    paid: last ? money.bn(last.paidCumulative) : '0',
    planned: last ? money.bn(last.plannedCumulative) : '0',
  });
  return (
    <ChartFigure
      title={title}
      option={option}
      ariaLabel={ariaLabel}
      testId={testId}
      table={<CurveTable points={points} year={year} caption={title} testId={`${testId}-rows`} />}
    />
  );
}

type RateRow = Totals & { name: string };

/** This year's rate and last year's at the same day, one pair of bars per row (sources, owners, units). */
export function RatesFigure({
  rows,
  by,
  table,
  testId,
}: {
  rows: RateRow[];
  by: string;
  table: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const colours = useChartColours();
  const option = useMemo<EChartOption>(() => {
    const shown = [...rows].reverse(); // the first row at the top of a horizontal bar chart
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v ?? '—'} %` },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: '%', min: 0 },
      yAxis: {
        type: 'category',
        data: shown.map((r) => r.name),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('investment.charts.rate'),
          data: shown.map((r) => r.rate),
          color: colours.primary,
        },
        {
          type: 'bar',
          name: t('investment.charts.rateLastYear'),
          data: shown.map((r) => r.rateLastYear),
          color: colours.muted,
        },
      ],
    };
  }, [rows, colours, t]);
  const title = t('investment.charts.rates', { by });
  return (
    <ChartFigure
      title={title}
      option={option}
      ariaLabel={t('investment.charts.ratesAria', { by, count: rows.length })}
      height={Math.max(200, 64 + rows.length * 44)}
      testId={testId}
      table={table}
    />
  );
}
