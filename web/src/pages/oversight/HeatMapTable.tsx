/**
 * Lead agencies × months of deadline (issue 8 §4). Each cell shows its four counts as text — on time / late /
 * overdue not done / not yet due — and is shaded by its worst count, so the map reads without colour too;
 * every number is also in the CSV export. (A chart can come with ECharts; this table stays as its text form.)
 */
import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { HeatCell, HeatMap } from './api';
import { useAgencyName } from './labels';

type Row = HeatMap['rows'][number] | { agency: null; cells: HeatCell[]; total: HeatCell };

function shade(cell: HeatCell): string {
  if (cell.overdueOpen > 0) return 'heat-overdue';
  if (cell.late > 0) return 'heat-late';
  if (cell.onTime > 0) return 'heat-on-time';
  if (cell.open > 0) return 'heat-open';
  return 'heat-empty';
}

/** The on-time share of the finished tasks (0–1), or null when none finished. */
export function rate(cell: HeatCell): number | null {
  const done = cell.onTime + cell.late;
  return done === 0 ? null : cell.onTime / done;
}

function Cell({ cell }: { cell: HeatCell }) {
  const { t } = useTranslation();
  const empty = cell.onTime + cell.late + cell.overdueOpen + cell.open === 0;
  if (empty)
    return (
      <span className="heat-cell heat-empty">
        <span aria-hidden>–</span>
        <span className="visually-hidden">0</span>
      </span>
    );
  return (
    <span className={`heat-cell ${shade(cell)}`} title={t('oversight.heatmap.cell', cell)}>
      <span aria-hidden>
        {cell.onTime}/{cell.late}/{cell.overdueOpen}/{cell.open}
      </span>
      <span className="visually-hidden">{t('oversight.heatmap.cell', cell)}</span>
    </span>
  );
}

export function HeatMapTable({ map, loading }: { map: HeatMap | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const agencyName = useAgencyName();
  const months = map?.months ?? [];
  const columns: TableColumnsType<Row> = [
    {
      key: 'agency',
      title: t('oversight.heatmap.agency'),
      render: (_, row) =>
        row.agency ? agencyName(row.agency) : <strong>{t('oversight.heatmap.allAgencies')}</strong>,
    },
    ...months.map((month, i) => ({
      key: month,
      title: `${month.slice(5)}/${month.slice(0, 4)}`,
      render: (_: unknown, row: Row) => <Cell cell={row.cells[i]!} />,
    })),
    {
      key: 'total',
      title: t('oversight.heatmap.total'),
      render: (_, row) => {
        const r = rate(row.total);
        const shown = r === null ? null : format.percent(r);
        return (
          <div>
            <Cell cell={row.total} />
            {shown ? <div className="cell-note">{t('oversight.heatmap.rate', { rate: shown })}</div> : null}
          </div>
        );
      },
    },
  ];
  const rows: Row[] = map ? [...map.rows, { agency: null, cells: map.totals, total: map.total }] : [];
  return (
    <>
      <ul className="heat-legend" aria-label={t('oversight.heatmap.caption')}>
        <li>
          <span className="heat-swatch heat-on-time" aria-hidden /> {t('oversight.heatmap.onTime')}
        </li>
        <li>
          <span className="heat-swatch heat-late" aria-hidden /> {t('oversight.heatmap.late')}
        </li>
        <li>
          <span className="heat-swatch heat-overdue" aria-hidden /> {t('oversight.heatmap.overdueOpen')}
        </li>
        <li>
          <span className="heat-swatch heat-open" aria-hidden /> {t('oversight.heatmap.open')}
        </li>
      </ul>
      {/* The map scrolls sideways in its own box, which takes keyboard focus (no control inside to reach it by). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take keyboard focus (WCAG 2.1.1) */}
      <section className="heat-scroll" aria-label={t('oversight.heatmap.caption')} tabIndex={0}>
        <Table<Row>
          className="data-table heat-table"
          rowKey={(row) => row.agency?.id ?? 'total'}
          columns={columns}
          dataSource={map?.rows.length ? rows : []}
          loading={loading}
          pagination={false}
          size="small"
          caption={<span className="visually-hidden">{t('oversight.heatmap.caption')}</span>}
          locale={{ emptyText: <Empty description={t('oversight.heatmap.empty')} /> }}
          data-testid="heatmap-table"
        />
      </section>
    </>
  );
}
