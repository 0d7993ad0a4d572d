/** The reader's in-app notices (reminders, escalations, extension and completion decisions), each opening its task. */
import { Button, Checkbox, Empty, List, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type Notice, useMarkNoticeRead, useNotices } from './api';
import { isKnownStep } from './labels';

function useNoticeText() {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  return (n: Notice): string => {
    const p = n.params;
    const task = `${String(p.taskCode ?? '')} “${String(p.taskTitle ?? '')}”`;
    const date = (value: unknown) => (typeof value === 'string' ? format.date(value) : '');
    switch (n.kind) {
      case 'escalation': {
        const step = String(p.step ?? '');
        const agency = String((i18n.resolvedLanguage === 'en' && p.leadAgencyEn) || p.leadAgency || '');
        const days = Math.abs(Number(p.workingDaysFromDeadline ?? 0));
        return t(`oversight.notices.escalation.${isKnownStep(step) ? step : 'other'}`, {
          task,
          agency,
          days,
          step,
          deadline: date(p.deadline),
        });
      }
      case 'extension_requested':
        return t('oversight.notices.extension_requested', { task, date: date(p.requestedDeadline) });
      case 'extension_decided':
        return t(`oversight.notices.extension_decided_${p.decision === 'grant' ? 'grant' : 'refuse'}`, {
          task,
          date: date(p.deadline),
        });
      case 'completion_reported':
        return t('oversight.notices.completion_reported', { task });
      case 'completion_reviewed':
        return t(`oversight.notices.completion_reviewed_${p.outcome === 'confirm' ? 'confirm' : 'reopen'}`, {
          task,
        });
    }
  };
}

export function NoticeList({
  linkFor,
  testId = 'notices',
}: {
  linkFor: (taskId: string) => string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const [page, setPage] = useState(1);
  const notices = useNotices(unreadOnly, page);
  const markRead = useMarkNoticeRead();
  const text = useNoticeText();
  return (
    <section className="panel" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <div className="page-head">
        <h2 id={`${testId}-heading`} className="section-heading-small">
          {t('oversight.notices.heading')}
          {notices.data ? (
            <Tag className="heading-tag">{t('oversight.notices.unread', { count: notices.data.unread })}</Tag>
          ) : null}
        </h2>
        <Checkbox
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.target.checked);
            setPage(1);
          }}
        >
          {t('oversight.notices.unreadOnly')}
        </Checkbox>
      </div>
      {notices.isError && !notices.data ? (
        <ProblemAlert
          error={notices.error}
          onRetry={() => void notices.refetch()}
          testId={`${testId}-error`}
        />
      ) : (
        <List<Notice>
          aria-label={t('oversight.notices.list')}
          loading={notices.isPending}
          dataSource={notices.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('oversight.notices.empty')} /> }}
          pagination={
            (notices.data?.total ?? 0) > 10
              ? {
                  current: page,
                  pageSize: 10,
                  total: notices.data?.total ?? 0,
                  onChange: setPage,
                  size: 'small',
                }
              : false
          }
          renderItem={(n) => (
            <List.Item
              className={n.read ? 'notice notice-read' : 'notice'}
              data-testid={`notice-${n.kind}`}
              actions={[
                <Link key="open" to={linkFor(n.taskId)}>
                  {t('oversight.notices.open')}
                </Link>,
                n.read ? (
                  <span key="read" className="muted">
                    {t('oversight.notices.read')}
                  </span>
                ) : (
                  <Button
                    key="read"
                    size="small"
                    onClick={() => markRead.mutate(n.id)}
                    loading={markRead.isPending && markRead.variables === n.id}
                  >
                    {t('oversight.notices.markRead')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={<span className="notice-text">{text(n)}</span>}
                description={format.dateTime(n.createdAt)}
              />
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
