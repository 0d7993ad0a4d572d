/**
 * The table of a chart: one row per category (a month, a source, a target), one column per series, the same
 * numbers the chart draws. Use it as `ChartFigure`'s `table` where a page has no table of its own for the figures.
 */
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import './charts.css';

export type ChartTableSeries = {
  name: string;
  /** Numbers the chart draws; text for a column that names what colour or position shows (a verdict). */
  values: ReadonlyArray<number | string | null>;
  /** How a number reads in a cell (units, decimals); `null` is shown as a dash. */
  format?: (value: number) => string;
};

type Row = { key: string; category: string; values: ReadonlyArray<number | string | null> };

type Props = {
  caption: string;
  categoryTitle: string;
  categories: ReadonlyArray<string>;
  series: ReadonlyArray<ChartTableSeries>;
  testId?: string;
};

export function ChartTable({ caption, categoryTitle, categories, series, testId }: Props) {
  const { t } = useTranslation();
  const rows: Row[] = categories.map((category, i) => ({
    key: `${i}`,
    category,
    values: series.map((s) => s.values[i] ?? null),
  }));
  const columns: TableColumnsType<Row> = [
    { key: 'category', title: categoryTitle, render: (_, r) => r.category },
    ...series.map((s, j) => ({
      key: `s${j}`,
      title: s.name,
      align: 'right' as const,
      render: (_: unknown, r: Row) => {
        const value = r.values[j] ?? null;
        if (value === null) return '—';
        if (typeof value === 'string') return value;
        return s.format ? s.format(value) : String(value);
      },
    })),
  ];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="chart-table" tabIndex={0} aria-label={t('common.chart.tableOf', { name: caption })}>
      <Table<Row>
        className="data-table"
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 40 ? { pageSize: 40, showSizeChanger: false } : false}
        caption={<span className="visually-hidden">{caption}</span>}
        data-testid={testId}
      />
    </section>
  );
}
