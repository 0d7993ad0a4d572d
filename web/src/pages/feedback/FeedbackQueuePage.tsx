/**
 * `/work/feedback` — officials' queue of PAKN, complaints and denunciations of their units (the server scopes it),
 * due soonest first; filters for kind, status, overdue and "assigned to me", and a diacritic-free search. What is
 * shown lives in the address (`?kind=&status=&overdue=1&mine=1&q=&page=&case=`).
 */
import { Checkbox, Empty, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { SearchField } from '../../layout/SearchField';
import { usePageTitle } from '../../layout/usePageTitle';
import { KINDS, known, type QueueItem, STATUSES, useQueue } from './api';
import { CaseDrawer } from './CaseDrawer';
import { StatusTag, useFeedbackLabels } from './labels';
import { ScrollRegion } from './ScrollRegion';
import '../data-pages.css';
import './feedback.css';

export function FeedbackQueuePage() {
  const { t } = useTranslation();
  const title = t('feedback.queue.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const format = useDateFormat();
  const labels = useFeedbackLabels();
  const kind = params.get('kind') ?? '';
  const status = params.get('status') ?? 'open';
  const overdue = params.get('overdue') === '1';
  const mine = params.get('mine') === '1';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const opened = params.get('case');
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const queue = useQueue({
    kind: known(KINDS, kind),
    status: known([...STATUSES, 'open', 'closed'], status),
    overdue,
    assignedToMe: mine,
    q,
    page,
  });
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes) && !('case' in changes)) next.delete('page');
    setParams(next);
  };

  const columns: TableColumnsType<QueueItem> = [
    {
      key: 'code',
      title: t('feedback.columns.code'),
      render: (_, c) => (
        <button
          type="button"
          className="link-like code"
          onClick={() => update({ case: c.id })}
          aria-label={t('feedback.queue.openCase', { code: c.code })}
          data-testid={`queue-case-${c.code}`}
        >
          {c.code}
        </button>
      ),
    },
    { key: 'kind', title: t('feedback.columns.kind'), render: (_, c) => labels.kind(c.kind) },
    {
      key: 'title',
      title: t('feedback.columns.title'),
      render: (_, c) => (
        <>
          <div className="cell-title">{c.title}</div>
          <div className="cell-note">{labels.field(c.field)}</div>
        </>
      ),
    },
    {
      key: 'status',
      title: t('feedback.columns.status'),
      render: (_, c) => (
        <div className="tag-list">
          <StatusTag status={c.status} />
          {c.overdue ? <Tag color="red">{t('feedback.queue.overdueTag')}</Tag> : null}
          {c.assignedToMe ? <Tag color="blue">{t('feedback.queue.mineTag')}</Tag> : null}
        </div>
      ),
    },
    {
      key: 'due',
      title: t('feedback.columns.due'),
      render: (_, c) =>
        c.currentDue ? (
          <>
            {format.dateTime(c.currentDue)}
            {c.currentStep ? <div className="cell-note">{labels.step(c.currentStep)}</div> : null}
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'unit',
      title: t('feedback.columns.agency'),
      render: (_, c) => <span className="cell-note">{c.agencyName}</span>,
    },
    {
      key: 'received',
      title: t('feedback.columns.received'),
      render: (_, c) => format.dateTime(c.receivedAt),
    },
  ];

  return (
    <div className="data-page feedback-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-feedback-queue">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('feedback.queue.intro')}</Typography.Paragraph>
      <search className="panel" aria-label={t('feedback.queue.search')}>
        <div className="toolbar">
          <SearchField
            id="queue-search"
            className="toolbar-field toolbar-grow"
            label={t('feedback.queue.search')}
            value={text}
            placeholder={t('feedback.queue.searchPlaceholder')}
            onChange={setText}
            onSubmit={(value) => update({ q: value || null })}
            button={t('feedback.queue.searchButton')}
            maxLength={100}
            testId="queue-search"
          />
          <div className="toolbar-field">
            <label htmlFor="queue-kind">{t('feedback.queue.kind')}</label>
            <Select
              id="queue-kind"
              className="toolbar-select"
              value={kind}
              onChange={(v: string) => update({ kind: v || null })}
              options={[
                { value: '', label: t('feedback.queue.all') },
                ...KINDS.map((k) => ({ value: k, label: labels.kind(k) })),
              ]}
            />
          </div>
          <div className="toolbar-field">
            <label htmlFor="queue-status">{t('feedback.queue.status')}</label>
            <Select
              id="queue-status"
              className="toolbar-select"
              value={status}
              popupMatchSelectWidth={false}
              onChange={(v: string) => update({ status: v === 'open' ? null : v })}
              options={[
                { value: 'open', label: t('feedback.queue.open') },
                { value: 'closed', label: t('feedback.queue.closed') },
                { value: '', label: t('feedback.queue.all') },
                ...STATUSES.map((s) => ({ value: s, label: t(`feedback.statuses.${s}`) })),
              ]}
            />
          </div>
          <Checkbox checked={overdue} onChange={(e) => update({ overdue: e.target.checked ? '1' : null })}>
            {t('feedback.queue.overdue')}
          </Checkbox>
          <Checkbox checked={mine} onChange={(e) => update({ mine: e.target.checked ? '1' : null })}>
            {t('feedback.queue.mine')}
          </Checkbox>
        </div>
      </search>
      <p className="list-status" role="status" aria-live="polite">
        {queue.data ? t('feedback.queue.total', { count: queue.data.total }) : ''}
      </p>
      {queue.isError ? (
        <ProblemAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <ScrollRegion label={t('feedback.queue.caption')}>
          <Table<QueueItem>
            className="data-table"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={queue.data?.items ?? []}
            loading={queue.isFetching}
            caption={<span className="visually-hidden">{t('feedback.queue.caption')}</span>}
            locale={{ emptyText: <Empty description={t('feedback.queue.empty')} /> }}
            pagination={{
              current: page,
              pageSize: 20,
              total: queue.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (next) => update({ page: String(next) }),
            }}
            data-testid="feedback-queue"
          />
        </ScrollRegion>
      )}
      {opened ? <CaseDrawer id={opened} onClose={() => update({ case: null })} /> : null}
    </div>
  );
}
