/** A submitter's view of their own case: status, current deadline, the result, and the public part of the timeline. */
import { Descriptions, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import type { OwnCase, TimelineEvent } from './api';
import { StatusTag, useFeedbackLabels } from './labels';

export function OwnCaseView({ own }: { own: OwnCase }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const labels = useFeedbackLabels();
  return (
    <div data-testid={`own-case-${own.code}`}>
      <Descriptions column={1} size="small" bordered className="feedback-facts">
        <Descriptions.Item label={t('feedback.columns.code')}>
          <span className="code">{own.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('feedback.columns.kind')}>{labels.kind(own.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('feedback.own.status')}>
          <StatusTag status={own.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('feedback.own.agency')}>{own.agencyName}</Descriptions.Item>
        <Descriptions.Item label={t('feedback.columns.received')}>
          {format.dateTime(own.receivedAt)}
        </Descriptions.Item>
        {own.currentDue ? (
          <Descriptions.Item label={t('feedback.own.due')}>
            {format.dateTime(own.currentDue)}
          </Descriptions.Item>
        ) : null}
        {own.refusalReason ? (
          <Descriptions.Item label={t('feedback.own.reason')}>{own.refusalReason}</Descriptions.Item>
        ) : null}
        {own.answer ? (
          <Descriptions.Item label={t('feedback.own.answer')}>
            <span className="feedback-text" data-testid="own-case-answer">
              {own.answer}
            </span>
            {own.decisionNumber ? (
              <div className="cell-note">
                {t('feedback.own.decision')}: {own.decisionNumber}
              </div>
            ) : null}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <h2 className="section-heading-small feedback-subheading">{t('feedback.own.timeline')}</h2>
      <CaseTimeline events={own.events} />
    </div>
  );
}

export function CaseTimeline({ events }: { events: TimelineEvent[] }) {
  const format = useDateFormat();
  const { t } = useTranslation();
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        content: (
          <div>
            <strong>{t(`feedback.events.${e.action}`, { defaultValue: e.action })}</strong>{' '}
            <span className="cell-note">
              {format.dateTime(e.at)} · {e.actorLabel}
            </span>
            {e.note ? <div>{e.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
