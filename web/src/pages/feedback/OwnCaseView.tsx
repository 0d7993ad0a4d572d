/**
 * A submitter's view of their own case: status, current deadline, the result, the public part of the timeline,
 * and — for an open complaint or denunciation — withdrawing it in writing (Law on Complaints art. 10; Law on
 * Denunciations art. 33).
 */
import { App, Button, Descriptions, Form, Input, Space, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type OwnCase, type TimelineEvent, useWithdraw } from './api';
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
      {own.kind !== 'pakn' && ['received', 'processing', 'suspended'].includes(own.status) ? (
        <WithdrawOwn own={own} />
      ) : null}
      <h2 className="section-heading-small feedback-subheading">{t('feedback.own.timeline')}</h2>
      <CaseTimeline events={own.events} />
    </div>
  );
}

function WithdrawOwn({ own }: { own: OwnCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const withdraw = useWithdraw(own.id);
  if (!open)
    return (
      <Button className="feedback-withdraw" onClick={() => setOpen(true)} data-testid="own-withdraw">
        {t('feedback.handling.withdrawOwn')}
      </Button>
    );
  return (
    <Form
      layout="vertical"
      className="feedback-step-form"
      onFinish={(v: { reason: string }) =>
        withdraw.mutate(
          { version: own.version, reason: v.reason.trim() },
          { onSuccess: () => void message.success(t('feedback.handling.withdrawn')) },
        )
      }
    >
      <p className="cell-note">{t('feedback.handling.withdrawOwnHelp')}</p>
      <Form.Item
        name="reason"
        label={t('feedback.drawer.reason')}
        rules={[{ required: true, whitespace: true, message: t('feedback.submit.required') }, { max: 2000 }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="own-withdraw-reason" />
      </Form.Item>
      {withdraw.isError ? <ProblemAlert error={withdraw.error} /> : null}
      <Space>
        <Button
          type="primary"
          danger
          htmlType="submit"
          loading={withdraw.isPending}
          data-testid="own-withdraw-send"
        >
          {t('feedback.handling.withdrawSend')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('feedback.drawer.cancel')}</Button>
      </Space>
    </Form>
  );
}

export function CaseTimeline({ events }: { events: TimelineEvent[] }) {
  const format = useDateFormat();
  const { t } = useTranslation();
  /** `system:denunciation-intake` reads "the denouncer (kept confidential)"; other labels as recorded. */
  const actorName = (label: string) =>
    label.startsWith('system:')
      ? t(`feedback.actors.${label.slice('system:'.length)}`, { defaultValue: label })
      : label;
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        content: (
          <div>
            <strong>{t(`feedback.events.${e.action}`, { defaultValue: e.action })}</strong>{' '}
            <span className="cell-note">
              {format.dateTime(e.at)} · {actorName(e.actorLabel)}
            </span>
            {e.note ? <div>{e.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
