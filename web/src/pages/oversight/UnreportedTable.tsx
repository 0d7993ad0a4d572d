/** Conclusions whose tasks were never reported on, the most overdue first, with the agencies that owe a report. */
import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import type { Page, UnreportedConclusion } from './api';
import { tone, useAgencyName } from './labels';

type Props = {
  page: (Page<UnreportedConclusion> & { today: string }) | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
};

export function UnreportedTable({ page, loading, onPage }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const agencyName = useAgencyName();
  const columns: TableColumnsType<UnreportedConclusion> = [
    {
      key: 'number',
      title: t('oversight.columns.number'),
      render: (_, c) => (
        <div>
          <span className="code">{c.number}</span>
          <div className="cell-note">{format.date(c.issuedOn)}</div>
        </div>
      ),
    },
    { key: 'title', title: t('oversight.columns.title'), render: (_, c) => <span>{c.title}</span> },
    {
      key: 'never',
      title: t('oversight.columns.neverReported'),
      render: (_, c) => (
        <div>
          {t('oversight.unreported.count', { never: c.neverReported, tasks: c.tasks })}
          {c.neverReportedOverdue ? (
            <div>
              <Tag className={tone('red')}>
                {t('oversight.unreported.overdue', { count: c.neverReportedOverdue })}
              </Tag>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'earliest',
      title: t('oversight.columns.earliestDeadline'),
      render: (_, c) => format.date(c.earliestDeadline),
    },
    {
      key: 'agencies',
      title: t('oversight.columns.agencies'),
      render: (_, c) => (
        <ul className="plain-list compact">
          {c.agencies.map((a) => (
            <li key={a.id}>{agencyName(a)}</li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Table<UnreportedConclusion>
      className="data-table"
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      caption={<span className="visually-hidden">{t('oversight.unreported.caption')}</span>}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('oversight.unreported.empty')} /> }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        onChange: onPage,
      }}
      data-testid="unreported-table"
    />
  );
}
