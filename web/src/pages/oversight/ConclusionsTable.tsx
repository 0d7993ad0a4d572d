/** Conclusions and directives, newest first, with their tasks counted by where they stand. */
import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import type { ConclusionSummary, Page } from './api';
import { tone } from './labels';

type Props = {
  page: Page<ConclusionSummary> | undefined;
  loading: boolean;
  onPage: (page: number, size: number) => void;
};

export function ConclusionsTable({ page, loading, onPage }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const columns: TableColumnsType<ConclusionSummary> = [
    {
      key: 'number',
      title: t('oversight.columns.number'),
      render: (_, c) => (
        <div>
          <span className="code">{c.number}</span>
          <div className="cell-note">{t(`oversight.kind.${c.kind}`)}</div>
          {c.source !== 'own' ? (
            <Tag className={tone('purple')} data-testid={`source-${c.source}`}>
              {t(`oversight.source.${c.source}`)}
            </Tag>
          ) : null}
        </div>
      ),
    },
    {
      key: 'title',
      title: t('oversight.columns.title'),
      render: (_, c) => (
        <div>
          {c.title}
          <div className="cell-note">
            {c.issuerName} · {format.date(c.issuedOn)}
          </div>
        </div>
      ),
    },
    {
      key: 'tasks',
      title: t('oversight.columns.tasks'),
      render: (_, c) => (
        <Link
          to={`?conclusion=${c.id}`}
          aria-label={t('oversight.conclusions.tasksOf', { number: c.number })}
        >
          {t('oversight.conclusions.filterTasks')} ({c.stats.tasks})
        </Link>
      ),
    },
    {
      key: 'state',
      title: t('oversight.columns.status'),
      render: (_, c) => (
        <span className="tag-list">
          <Tag className={tone('grey')}>{`${t('oversight.columns.open')}: ${c.stats.open}`}</Tag>
          {c.stats.overdue ? (
            <Tag className={tone('red')}>{`${t('oversight.columns.overdue')}: ${c.stats.overdue}`}</Tag>
          ) : null}
          {c.stats.awaitingReview ? (
            <Tag
              className={tone('purple')}
            >{`${t('oversight.dueState.awaiting_review')}: ${c.stats.awaitingReview}`}</Tag>
          ) : null}
          <Tag className={tone('green')}>{`${t('oversight.columns.completed')}: ${c.stats.completed}`}</Tag>
          {c.stats.neverReported ? (
            <Tag
              className={tone('orange')}
            >{`${t('oversight.columns.neverReported')}: ${c.stats.neverReported}`}</Tag>
          ) : null}
        </span>
      ),
    },
  ];
  return (
    <Table<ConclusionSummary>
      className="data-table"
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      caption={<span className="visually-hidden">{t('oversight.conclusions.caption')}</span>}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('oversight.conclusions.empty')} /> }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        onChange: onPage,
      }}
      data-testid="conclusions-table"
    />
  );
}
