/**
 * Each main target's value as a percent of its plan (components/EChart.tsx), coloured by its verdict, with the
 * plan as a line at 100 %; the table view names every verdict, so colour is never the only cue. Targets with no
 * percent (a direction only, no value yet) are listed in the table with a dash.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartTable } from '../../components/ChartTable';
import { ChartFigure, type EChartOption, useChartColours } from '../../components/EChart';
import { useFormat } from '../../i18n/format';
import type { AchievementState, ResolutionDetail, TargetAtPeriod } from './api';
import { useTargetLabels } from './labels';

/** The verdict shown: the state, or before a target is due, its reading against the year's plan. */
const stateOf = (x: TargetAtPeriod): AchievementState | null =>
  x.achievement.state === 'not_yet_due' ? x.achievement.reading : x.achievement.state;
const mainTargets = (detail: ResolutionDetail) => detail.targets.filter((x) => x.parentId === null);

export function AchievementChart({ detail }: { detail: ResolutionDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useTargetLabels();
  const colours = useChartColours();
  const main = mainTargets(detail);
  const when = f.yearPart(detail.period, detail.year);
  const option = useMemo<EChartOption>(() => {
    const fill: Partial<Record<AchievementState, string>> = {
      met: colours.success,
      exceeded: '#006d75',
      not_met: colours.error,
    };
    const shown = [...mainTargets(detail)].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v ?? '—'} %` },
      grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: '%', min: 0 },
      yAxis: {
        type: 'category',
        data: shown.map((x) => `${x.label}. ${x.indicator}`),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('targets.chart.percent'),
          data: shown.map((x) => {
            const state = stateOf(x);
            return {
              value: x.achievement.percentOfPlan,
              itemStyle: { color: (state && fill[state]) || colours.muted },
            };
          }),
          markLine: {
            symbol: 'none',
            silent: true,
            data: [{ xAxis: 100, name: t('targets.chart.plan') }],
            lineStyle: { color: colours.text, type: 'dashed' },
            label: { formatter: '100 %' },
          },
        },
      ],
    };
  }, [detail, colours, t]);
  const title = t('targets.chart.title', { when });
  return (
    <ChartFigure
      title={title}
      option={option}
      ariaLabel={t('targets.chart.aria', {
        when,
        achieved: detail.summary.achieved,
        main: detail.summary.main,
      })}
      height={Math.max(240, 48 + main.length * 30)}
      testId="targets-chart"
      table={
        <ChartTable
          caption={title}
          categoryTitle={t('targets.chart.target')}
          categories={main.map((x) => `${x.label}. ${x.indicator}`)}
          series={[
            {
              name: t('targets.chart.percent'),
              values: main.map((x) => x.achievement.percentOfPlan),
              format: (v) => labels.percent(v),
            },
            {
              name: t('targets.chart.state'),
              values: main.map((x) => {
                const state = stateOf(x);
                return state ? t(`targets.states.${state}`) : null;
              }),
            },
          ]}
          testId="targets-chart-rows"
        />
      }
    />
  );
}
