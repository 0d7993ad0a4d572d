/**
 * One step of the drill-down (issue 7 §3): the figures of each commune, department or procedure under the
 * report, ten to a page, each name a button that narrows the report to it.
 */
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Figures } from './api';
import { useReportFormat } from './labels';
import { ScrollRegion } from './ScrollRegion';

type Props<T extends Figures> = {
  id: string;
  heading: string;
  note?: string;
  rows: T[];
  rowKey: (row: T) => string;
  name: (row: T) => string;
  openLabel: (row: T) => string;
  onOpen: (row: T) => void;
};

export function BreakdownTable<T extends Figures>({
  id,
  heading,
  note,
  rows,
  rowKey,
  name,
  openLabel,
  onOpen,
}: Props<T>) {
  const { t } = useTranslation();
  const format = useReportFormat();
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`} className="section-heading-small">
        {heading}
      </h2>
      {note ? <p className="report-note">{note}</p> : null}
      <ScrollRegion label={heading}>
        <Table<T>
          className="data-table"
          size="small"
          rowKey={rowKey}
          dataSource={rows}
          pagination={rows.length > 10 ? { defaultPageSize: 10, showSizeChanger: false } : false}
          caption={<span className="visually-hidden">{heading}</span>}
          columns={[
            {
              key: 'name',
              title: heading,
              render: (_, r) => (
                <Button
                  type="link"
                  className="report-drill-link"
                  aria-label={openLabel(r)}
                  onClick={() => onOpen(r)}
                  data-testid={`${id}-${rowKey(r)}`}
                >
                  {name(r)}
                </Button>
              ),
            },
            {
              key: 'received',
              title: t('reports.figures.keys.received'),
              align: 'right',
              render: (_, r) => format.count(r.received),
            },
            {
              key: 'resolved',
              title: t('reports.figures.keys.resolved'),
              align: 'right',
              render: (_, r) => format.count(r.resolved),
            },
            {
              key: 'late',
              title: t('reports.figures.keys.lateShare'),
              align: 'right',
              render: (_, r) => format.count(r.late),
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
    </section>
  );
}
