/**
 * `/dashboard/oversight`: the issuing leaders' view (issue 8 §4) — tasks of the conclusions their unit issued by
 * status and deadline, agencies × months, conclusions never reported on, the conclusions themselves with the
 * "issue a conclusion" form, their notices, and the Excel, CSV and PDF exports for the next meeting. The tab,
 * the filters and the open task live in the address (`?tab=&status=&due=&q=&task=`).
 */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  exportUrl,
  provinceOfGrant,
  reportUrl,
  useConclusions,
  useHeatMap,
  useUnreported,
  xlsxUrl,
} from './api';
import { ConclusionsTable } from './ConclusionsTable';
import { FollowUpPanel, SourceFilter } from './FollowUpPanel';
import { HeatMapTable } from './HeatMapTable';
import { IssueConclusionDrawer, issuerGrants } from './IssueConclusionDrawer';
import { MeetingsPanel } from './MeetingsPanel';
import { NoticeList } from './NoticeList';
import { TaskDrawer } from './TaskDrawer';
import { TaskListSection } from './TaskListSection';
import { UnreportedTable } from './UnreportedTable';
import '../data-pages.css';
import './oversight.css';

const TABS = ['tasks', 'heatmap', 'unreported', 'conclusions', 'meetings', 'notices'] as const;
type Tab = (typeof TABS)[number];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function OversightPage() {
  const { t, i18n } = useTranslation();
  const title = t('areas.oversight.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const grants = issuerGrants(user.roles);
  const [params, setParams] = useSearchParams();
  const rawTab = params.get('tab') ?? '';
  const tab: Tab = (TABS as readonly string[]).includes(rawTab) ? (rawTab as Tab) : 'tasks';
  const taskId = params.get('task') ?? '';
  const [issuing, setIssuing] = useState(false);
  const change = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      return next;
    });
  const linkFor = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('task', id);
    return `?${next}`;
  };
  const from = MONTH.test(params.get('from') ?? '') ? params.get('from')! : '';
  const to = MONTH.test(params.get('to') ?? '') ? params.get('to')! : '';

  return (
    <div className="data-page oversight-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-oversight">
          {title}
        </Typography.Title>
        {grants.length ? (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setIssuing(true)}
            data-testid="issue-open"
          >
            {t('oversight.conclusions.issue')}
          </Button>
        ) : null}
      </div>
      <Typography.Paragraph className="page-intro">{t('oversight.intro')}</Typography.Paragraph>

      <nav className="export-links" aria-label={t('oversight.export.label')}>
        <span className="export-label">{t('oversight.export.label')}:</span>
        {(['tasks', 'agencies', 'unreported'] as const).map((table) => (
          <a
            key={table}
            href={exportUrl(table, i18n.resolvedLanguage ?? 'vi', { from, to })}
            download
            data-testid={`export-${table}`}
          >
            <DownloadOutlined aria-hidden /> {t(`oversight.export.${table}`)}
          </a>
        ))}
        <a href={xlsxUrl(i18n.resolvedLanguage ?? 'vi', { from, to })} download data-testid="export-xlsx">
          <DownloadOutlined aria-hidden /> {t('oversight.exportXlsx')}
        </a>
        <a href={reportUrl({ from, to })} download data-testid="export-pdf">
          <DownloadOutlined aria-hidden /> {t('oversight.export.pdf')}
        </a>
        <span className="cell-note">{t('oversight.export.note')}</span>
      </nav>

      <Tabs
        activeKey={tab}
        onChange={(key) => change({ tab: key === 'tasks' ? null : key, page: null })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{t(`oversight.tabs.${key}`)}</span>,
          children:
            key === 'tasks' ? (
              <TaskListSection view="issued" testId="issued-tasks" />
            ) : key === 'heatmap' ? (
              <HeatMapPanel from={from} to={to} onRange={(f, tt) => change({ from: f, to: tt })} />
            ) : key === 'unreported' ? (
              <UnreportedPanel />
            ) : key === 'conclusions' ? (
              <ConclusionsPanel />
            ) : key === 'meetings' ? (
              <MeetingsPanel
                provinceCode={provinceOfGrant(user.roles.find((g) => g.role !== 'citizen'))}
                meetingId={params.get('meeting') ?? ''}
                linkFor={(id) => {
                  const next = new URLSearchParams(params);
                  next.set('meeting', id);
                  return `?${next}`;
                }}
                onClose={() => change({ meeting: null })}
              />
            ) : (
              <NoticeList linkFor={linkFor} />
            ),
        }))}
      />

      {taskId ? <TaskDrawer key={taskId} taskId={taskId} onClose={() => change({ task: null })} /> : null}
      <IssueConclusionDrawer
        open={issuing}
        grants={grants}
        onClose={() => setIssuing(false)}
        onIssued={() => {
          setIssuing(false);
          change({ tab: 'conclusions' });
        }}
      />
    </div>
  );
}

function HeatMapPanel({
  from,
  to,
  onRange,
}: {
  from: string;
  to: string;
  onRange: (from: string | null, to: string | null) => void;
}) {
  const { t } = useTranslation();
  const map = useHeatMap(from, to);
  return (
    <section aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading" className="visually-hidden">
        {t('oversight.heatmap.caption')}
      </h2>
      <p className="page-intro">{t('oversight.heatmap.intro')}</p>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const value = (k: string) => (MONTH.test(String(data.get(k) ?? '')) ? String(data.get(k)) : null);
          onRange(value('from'), value('to'));
        }}
      >
        <div className="toolbar-field">
          <label htmlFor="heat-from">{t('oversight.heatmap.from')}</label>
          <input
            id="heat-from"
            name="from"
            type="month"
            className="month-input"
            defaultValue={from || map.data?.from || ''}
            key={`f${map.data?.from}`}
          />
        </div>
        <div className="toolbar-field">
          <label htmlFor="heat-to">{t('oversight.heatmap.to')}</label>
          <input
            id="heat-to"
            name="to"
            type="month"
            className="month-input"
            defaultValue={to || map.data?.to || ''}
            key={`t${map.data?.to}`}
          />
        </div>
        <Button htmlType="submit">{t('oversight.filters.apply')}</Button>
      </form>
      {map.isError && !map.data ? (
        <ProblemAlert error={map.error} onRetry={() => void map.refetch()} testId="heatmap-error" />
      ) : (
        <HeatMapTable map={map.data} loading={map.isFetching} />
      )}
    </section>
  );
}

function UnreportedPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, size: 20 });
  const list = useUnreported(page.page, page.size);
  return (
    <section aria-labelledby="unreported-heading">
      <h2 id="unreported-heading" className="visually-hidden">
        {t('oversight.unreported.caption')}
      </h2>
      <p className="page-intro">{t('oversight.unreported.intro')}</p>
      {list.isError && !list.data ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} testId="unreported-error" />
      ) : (
        <UnreportedTable
          page={list.data}
          loading={list.isFetching}
          onPage={(p, size) => setPage({ page: p, size })}
        />
      )}
    </section>
  );
}

function ConclusionsPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, size: 20 });
  const [source, setSource] = useState('');
  const list = useConclusions(page.page, page.size, source);
  return (
    <section aria-labelledby="conclusions-heading">
      <FollowUpPanel />
      <h2 id="conclusions-heading" className="visually-hidden">
        {t('oversight.conclusions.caption')}
      </h2>
      <SourceFilter
        value={source}
        onChange={(next) => {
          setSource(next);
          setPage({ page: 1, size: page.size });
        }}
      />
      {list.isError && !list.data ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} testId="conclusions-error" />
      ) : (
        <ConclusionsTable
          page={list.data}
          loading={list.isFetching}
          onPage={(p, size) => setPage({ page: p, size })}
        />
      )}
    </section>
  );
}
