/**
 * One case for officials: the content and its public wording, who filed it (never a denouncer: a separate,
 * audited read for assigned officials), its legal deadlines with their sources, the timeline, and the steps.
 */
import { Alert, Button, Descriptions, Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type CaseView, type Deadline, useCase, useRevealDenouncer } from './api';
import { CaseActions } from './CaseActions';
import { DeadlineTag, StatusTag, useFeedbackLabels } from './labels';
import { CaseTimeline, OwnCaseView } from './OwnCaseView';
import { ScrollRegion } from './ScrollRegion';

export function CaseDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const read = useCase(id);
  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 760 : '100%'}
      title={
        read.data ? t('feedback.drawer.title', { code: read.data.case.code }) : t('feedback.drawer.loading')
      }
      closable={{ 'aria-label': t('common.close') }}
      data-testid="case-drawer"
    >
      {read.isPending ? (
        <InlineLoading label={t('feedback.drawer.loading')} />
      ) : read.isError ? (
        <ProblemAlert error={read.error} onRetry={() => void read.refetch()} />
      ) : read.data.as === 'official' ? (
        <CaseBody view={read.data.case} onGone={onClose} />
      ) : (
        <OwnCaseView own={read.data.case} />
      )}
    </Drawer>
  );
}

function CaseBody({ view, onGone }: { view: CaseView; onGone: () => void }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const labels = useFeedbackLabels();
  const reveal = useRevealDenouncer(view.id);
  const deadlineColumns = [
    {
      key: 'step',
      title: t('feedback.report.step'),
      render: (_: unknown, d: Deadline) => labels.step(d.step),
    },
    {
      key: 'due',
      title: t('feedback.columns.due'),
      render: (_: unknown, d: Deadline) => format.dateTime(d.dueAt),
    },
    {
      key: 'state',
      title: t('feedback.columns.status'),
      render: (_: unknown, d: Deadline) => <DeadlineTag state={d.state} />,
    },
    {
      key: 'source',
      title: t('feedback.report.formula'),
      render: (_: unknown, d: Deadline) => <span className="cell-note">{d.source}</span>,
    },
  ];
  return (
    <div className="feedback-case" data-testid={`case-${view.code}`}>
      <div className="tag-list">
        <StatusTag status={view.status} />
        {view.overdue ? <DeadlineTag state="overdue" /> : null}
      </div>
      <Descriptions column={1} size="small" bordered className="feedback-facts">
        <Descriptions.Item label={t('feedback.columns.kind')}>{labels.kind(view.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('feedback.columns.field')}>{labels.field(view.field)}</Descriptions.Item>
        <Descriptions.Item label={t('feedback.columns.agency')}>
          {view.agency.name} <span className="cell-note">({view.agency.unitName})</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('feedback.columns.received')}>
          {format.dateTime(view.receivedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('feedback.columns.title')}>{view.title}</Descriptions.Item>
        <Descriptions.Item label={t('feedback.drawer.content')}>
          <span className="feedback-text">{view.content}</span>
        </Descriptions.Item>
        {view.kind === 'pakn' ? (
          <Descriptions.Item label={t('feedback.drawer.publicText')}>
            <span className="feedback-text">{view.publicContent}</span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('feedback.drawer.submitter')}>
          {view.confidentialIdentity ? (
            <>
              <p className="cell-note">{t('feedback.drawer.confidential')}</p>
              {view.mayRevealDenouncer ? (
                <Button
                  size="small"
                  onClick={() => reveal.mutate()}
                  loading={reveal.isPending}
                  data-testid="reveal-denouncer"
                >
                  {t('feedback.drawer.reveal')}
                </Button>
              ) : null}
            </>
          ) : view.submitter ? (
            [view.submitter.fullName, view.submitter.phone, view.submitter.email, view.submitter.address]
              .filter(Boolean)
              .join(' · ') || t('feedback.drawer.none')
          ) : (
            t('feedback.drawer.none')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('feedback.drawer.assignees')}>
          {view.assignees.map((a) => a.displayName).join(', ') || t('feedback.drawer.nobody')}
        </Descriptions.Item>
        {view.answer ? (
          <Descriptions.Item label={t('feedback.own.answer')}>{view.answer}</Descriptions.Item>
        ) : null}
        {view.refusalReason ? (
          <Descriptions.Item label={t('feedback.own.reason')}>{view.refusalReason}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {reveal.data ? (
        <Alert
          type="warning"
          showIcon
          className="feedback-reveal"
          title={t('feedback.drawer.revealTitle')}
          description={[reveal.data.fullName, reveal.data.idNumber, reveal.data.phone, reveal.data.address]
            .filter(Boolean)
            .join(' · ')}
        />
      ) : null}
      {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
      <CaseActions view={view} onGone={onGone} />
      <h2 className="section-heading-small feedback-subheading">{t('feedback.drawer.deadlines')}</h2>
      <ScrollRegion label={t('feedback.drawer.deadlines')}>
        <Table<Deadline>
          size="small"
          rowKey="step"
          className="data-table"
          columns={deadlineColumns}
          dataSource={view.deadlines}
          pagination={false}
          caption={<span className="visually-hidden">{t('feedback.drawer.deadlines')}</span>}
        />
      </ScrollRegion>
      <h2 className="section-heading-small feedback-subheading">{t('feedback.drawer.timeline')}</h2>
      <CaseTimeline events={view.events} />
    </div>
  );
}
