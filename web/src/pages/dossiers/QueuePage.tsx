/**
 * Work queues (issue 6 §3): the dossiers at the steps the official holds — new, due within 1 working day,
 * overdue, waiting for a supplement, consultations asked of their agency. Used by officers, leaders and clerks.
 */
import { Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { QUEUES, type Queue, useQueue } from './api';
import { DossierTable } from './DossierTable';
import '../data-pages.css';

export function QueuePage({ areaKey }: { areaKey: 'workQueue' | 'unitDossiers' | 'todayReceipts' }) {
  const { t } = useTranslation();
  const title = t(`areas.${areaKey}.title`);
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const queue = (QUEUES as readonly string[]).includes(params.get('queue') ?? '')
    ? (params.get('queue') as Queue)
    : 'new';
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const result = useQueue(queue, page, q);
  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid={`page-${areaKey}`}>
          {title}
        </Typography.Title>
      </div>
      <Input.Search
        allowClear
        aria-label={t('dossiers.search')}
        placeholder={t('dossiers.search')}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
        style={{ maxWidth: 420, marginBottom: 12 }}
        data-testid="queue-search"
      />
      <Tabs
        activeKey={queue}
        onChange={(key) => {
          setParams({ queue: key });
          setPage(1);
        }}
        items={QUEUES.map((key) => ({ key, label: t(`dossiers.queue.${key}`) }))}
      />
      {result.isError ? (
        <ProblemAlert error={result.error} onRetry={() => void result.refetch()} testId="queue-error" />
      ) : (
        <DossierTable
          data={result.data}
          loading={result.isPending}
          page={page}
          onPage={setPage}
          caption={t(`dossiers.queue.${queue}`)}
          testId="queue-table"
        />
      )}
    </div>
  );
}
