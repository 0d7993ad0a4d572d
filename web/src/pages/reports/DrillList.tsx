/**
 * The dossiers behind one figure (issue 7 §1 drill-down), in keyset pages of 20: code (a link to the dossier's
 * page), procedure, channel, status, received, due and finished. Earlier pages are kept as a stack of cursors.
 */
import { Button, Empty, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import type { Status } from '../dossiers/api';
import { StatusTag } from '../dossiers/StatusTag';
import { type DrillDossier, type ReportFilter, useDrillPage } from './api';
import { ScrollRegion } from './ScrollRegion';

type Props = { filter: ReportFilter; measure: string; name: string; onClose: () => void };

export function DrillList({ filter, measure, name, onClose }: Props) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const page = useDrillPage(filter, measure, after);
  const heading = t('reports.drill.heading', { name });
  const when = (v: string | null) => (v ? dates.dateTime(v) : '—');
  return (
    <section className="panel" aria-labelledby="report-drill-heading" data-testid="drill-list">
      <div className="page-head">
        <h2 id="report-drill-heading" className="section-heading-small" tabIndex={-1}>
          {heading}
        </h2>
        <Button onClick={onClose} data-testid="drill-close">
          {t('reports.drill.close')}
        </Button>
      </div>
      {page.isError ? (
        <ProblemAlert error={page.error} onRetry={() => void page.refetch()} />
      ) : !page.data ? (
        <InlineLoading />
      ) : page.data.items.length === 0 ? (
        <Empty description={t('reports.drill.empty')} />
      ) : (
        <>
          <ScrollRegion label={heading}>
            <Table<DrillDossier>
              className="data-table"
              size="small"
              rowKey="id"
              dataSource={page.data.items}
              pagination={false}
              loading={page.isFetching}
              caption={<span className="visually-hidden">{t('reports.drill.caption', { name })}</span>}
              data-testid="drill-table"
              columns={[
                {
                  key: 'code',
                  title: t('reports.drill.code'),
                  render: (_, d) => (
                    <Link
                      to={`/dossiers/${d.id}`}
                      className="code"
                      aria-label={t('reports.drill.open', { code: d.code ?? t('reports.drill.noCode') })}
                      data-testid="drill-dossier"
                    >
                      {d.code ?? t('reports.drill.noCode')}
                    </Link>
                  ),
                },
                { key: 'procedure', title: t('reports.drill.procedure'), dataIndex: 'procedureName' },
                {
                  key: 'channel',
                  title: t('reports.drill.channel'),
                  render: (_, d) => t(`reports.drill.channels.${d.channel}`, { defaultValue: d.channel }),
                },
                {
                  key: 'status',
                  title: t('reports.drill.status'),
                  render: (_, d) => <StatusTag status={d.status as Status} />,
                },
                {
                  key: 'received',
                  title: t('reports.drill.receivedAt'),
                  render: (_, d) => when(d.receivedAt),
                },
                {
                  key: 'due',
                  title: t('reports.drill.appointmentAt'),
                  render: (_, d) => when(d.appointmentAt),
                },
                {
                  key: 'finished',
                  title: t('reports.drill.finishedAt'),
                  render: (_, d) => when(d.finishedAt),
                },
              ]}
            />
          </ScrollRegion>
          <nav className="toolbar report-pager" aria-label={t('reports.drill.page', { n: cursors.length })}>
            <Button
              disabled={cursors.length === 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
              data-testid="drill-previous"
            >
              {t('reports.drill.previous')}
            </Button>
            <span aria-live="polite">{t('reports.drill.page', { n: cursors.length })}</span>
            <Button
              disabled={!page.data.next}
              onClick={() => setCursors((c) => [...c, page.data?.next ?? null])}
              data-testid="drill-next"
            >
              {t('reports.drill.next')}
            </Button>
          </nav>
        </>
      )}
    </section>
  );
}
