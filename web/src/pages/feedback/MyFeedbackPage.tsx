/** `/feedback` (citizens): the feedback, complaints and denunciations filed with this account; one opens in a drawer. */
import { Drawer, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { LinkButton } from '../../layout/LinkButton';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { usePageTitle } from '../../layout/usePageTitle';
import { type MyItem, useCase, useMyCases } from './api';
import { StatusTag, useFeedbackLabels } from './labels';
import { OwnCaseView } from './OwnCaseView';
import { ScrollRegion } from './ScrollRegion';
import '../data-pages.css';
import './feedback.css';

export function MyFeedbackPage() {
  const { t } = useTranslation();
  const title = t('feedback.my.title');
  usePageTitle(title);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const mine = useMyCases(page);
  const format = useDateFormat();
  const labels = useFeedbackLabels();
  const columns: TableColumnsType<MyItem> = [
    {
      key: 'code',
      title: t('feedback.columns.code'),
      render: (_, c) => (
        <button
          type="button"
          className="link-like code"
          onClick={() => setOpen(c.id)}
          aria-label={t('feedback.my.open', { code: c.code })}
          data-testid={`my-case-${c.code}`}
        >
          {c.code}
        </button>
      ),
    },
    { key: 'kind', title: t('feedback.columns.kind'), render: (_, c) => labels.kind(c.kind) },
    { key: 'title', title: t('feedback.columns.title'), dataIndex: 'title' },
    { key: 'status', title: t('feedback.columns.status'), render: (_, c) => <StatusTag status={c.status} /> },
    {
      key: 'received',
      title: t('feedback.columns.received'),
      render: (_, c) => format.dateTime(c.receivedAt),
    },
  ];
  return (
    <div className="data-page feedback-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-my-feedback">
          {title}
        </Typography.Title>
        <div className="feedback-links">
          <LinkButton to="/public/feedback/new" primary>
            {t('feedback.my.new')}
          </LinkButton>
          <LinkButton to="/public/feedback">{t('feedback.my.publicAnswers')}</LinkButton>
        </div>
      </div>
      <Typography.Paragraph className="page-intro">{t('feedback.my.intro')}</Typography.Paragraph>
      {mine.isError ? (
        <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <ScrollRegion label={t('feedback.my.caption')}>
          <Table<MyItem>
            className="data-table panel"
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={mine.data?.items ?? []}
            loading={mine.isFetching}
            caption={<span className="visually-hidden">{t('feedback.my.caption')}</span>}
            locale={{ emptyText: <Empty description={t('feedback.my.empty')} /> }}
            pagination={{
              current: page,
              pageSize: 20,
              total: mine.data?.total ?? 0,
              onChange: setPage,
              showSizeChanger: false,
            }}
            data-testid="my-feedback-table"
          />
        </ScrollRegion>
      )}
      {open ? <OwnCaseDrawer id={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function OwnCaseDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const read = useCase(id);
  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 640 : '100%'}
      title={
        read.data ? t('feedback.drawer.title', { code: read.data.case.code }) : t('feedback.drawer.loading')
      }
      closable={{ 'aria-label': t('common.close') }}
    >
      {read.isPending ? (
        <InlineLoading />
      ) : read.isError ? (
        <ProblemAlert error={read.error} onRetry={() => void read.refetch()} />
      ) : read.data.as === 'submitter' ? (
        <OwnCaseView own={read.data.case} />
      ) : (
        <p>{read.data.case.title}</p>
      )}
    </Drawer>
  );
}
