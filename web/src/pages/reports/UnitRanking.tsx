/**
 * The ranking of a province's communes and wards (issue 7 §3, public page): by the share early or on time
 * (portal rule), then by dossiers received; a table first, its bar chart one switch away. Each commune links to
 * its own public page.
 */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ChartFigure, type EChartOption, useChartColours } from '../../components/EChart';
import type { UnitRow } from './api';
import { useReportFormat } from './labels';
import { ScrollRegion } from './ScrollRegion';

type Ranked = UnitRow & { rank: number };

export function rankCommunes(units: UnitRow[]): Ranked[] {
  return units
    .filter((u) => u.level === 'commune')
    .sort(
      (a, b) =>
        (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
        b.received - a.received ||
        a.unitCode.localeCompare(b.unitCode),
    )
    .map((u, i) => ({ ...u, rank: i + 1 }));
}

type Props = { units: UnitRow[]; period: string; periodQuery: string; current?: string };

export function UnitRanking({ units, period, periodQuery, current }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const colours = useChartColours();
  const ranked = rankCommunes(units);
  const title = t('reports.public.ranking');
  const byRate = [...ranked].reverse();
  const option: EChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v ?? '—'} %` },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: '%' },
    yAxis: { type: 'category', data: byRate.map((u) => u.unitName) },
    series: [
      {
        type: 'bar',
        name: t('reports.figures.keys.onTimeRate'),
        itemStyle: { color: colours.success },
        data: byRate.map((u) => (u.onTimeRate === null ? null : Math.round(u.onTimeRate * 1000) / 10)),
      },
    ],
  };
  const table = (
    <ScrollRegion label={title}>
      <Table<Ranked>
        className="data-table"
        size="small"
        rowKey="unitCode"
        dataSource={ranked}
        pagination={false}
        rowClassName={(r) => (r.unitCode === current ? 'report-row-current' : '')}
        caption={<span className="visually-hidden">{title}</span>}
        data-testid="ranking-table"
        columns={[
          { key: 'rank', title: t('reports.public.rank'), dataIndex: 'rank', align: 'right', width: 64 },
          {
            key: 'unit',
            title: t('reports.public.unit'),
            render: (_, r) => (
              <Link
                to={`/public/reports/${r.unitCode}?${periodQuery}`}
                aria-current={r.unitCode === current ? 'page' : undefined}
                data-testid={`ranking-${r.unitCode}`}
              >
                {r.unitName}
              </Link>
            ),
          },
          {
            key: 'received',
            title: t('reports.figures.keys.received'),
            align: 'right',
            render: (_, r) => format.count(r.received),
          },
          {
            key: 'onTime',
            title: t('reports.figures.keys.onTimeRate'),
            align: 'right',
            render: (_, r) => format.percent(r.onTimeRate),
          },
          {
            key: 'online',
            title: t('reports.figures.keys.onlineRate'),
            align: 'right',
            render: (_, r) => format.percent(r.onlineRate),
          },
          {
            key: 'satisfaction',
            title: t('reports.figures.keys.satisfactionRate'),
            align: 'right',
            render: (_, r) => format.percent(r.satisfactionRate),
          },
        ]}
      />
    </ScrollRegion>
  );
  return (
    <section className="panel" aria-labelledby="report-ranking-heading">
      <h2 id="report-ranking-heading" className="section-heading-small">
        {title}
      </h2>
      <p className="report-note">{t('reports.public.rankingIntro')}</p>
      <ChartFigure
        title={t('reports.charts.ranking')}
        option={option}
        ariaLabel={t('reports.charts.rankingAria', { period })}
        height={Math.max(200, 40 + ranked.length * 22)}
        defaultView="table"
        testId="chart-ranking"
        table={table}
      />
    </section>
  );
}
