/**
 * The handling steps open to a case in its state (the server decides who may take them: 403 answers are shown
 * as they come): one step at a time, with the few fields it needs, sent with the version that was read. A
 * complaint being resolved can be suspended, resumed or terminated by decision (Law on Complaints art. 11a); a
 * complaint or denunciation withdrawn on a letter; a PAKN or complaint followed up as an oversight task.
 */
import { App, Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useCurrentUser } from '../../auth/current-user';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { issuerGrants } from '../oversight/IssueConclusionDrawer';
import { RaiseTaskDrawer } from '../oversight/RaiseTaskDrawer';
import { type CaseView, type StepName, useAssignable, useStep, useWithdraw } from './api';

type ActionKey = StepName | 'withdraw';

function actionsFor(c: CaseView): ActionKey[] {
  const open = c.status === 'received' || c.status === 'processing' || c.status === 'supplement_requested';
  const list: ActionKey[] = [];
  if (c.kind === 'pakn') {
    if (c.status === 'received') list.push('classify');
    if (c.status === 'received' || c.status === 'processing') list.push('supplement');
    if (c.status === 'supplement_requested') list.push('supplement-received');
    if (open) list.push('answer');
    if (c.status === 'answered') list.push('publish');
  } else {
    if (c.status === 'received') list.push('accept');
    if (c.status === 'processing') list.push('answer');
    if (c.kind === 'complaint' && c.status === 'processing') list.push('suspend', 'terminate');
    if (c.kind === 'complaint' && c.status === 'suspended') list.push('resume', 'terminate');
    if (c.status === 'received' || c.status === 'processing' || c.status === 'suspended')
      list.push('withdraw');
  }
  if (c.status === 'received' || c.status === 'supplement_requested') list.push('refuse');
  if (open) list.push('assign');
  return list;
}

const LABEL: Record<ActionKey, string> = {
  classify: 'classify',
  accept: 'accept',
  refuse: 'refuse',
  supplement: 'supplement',
  'supplement-received': 'supplementReceived',
  answer: 'answer',
  publish: 'publish',
  assign: 'assign',
  suspend: 'suspend',
  resume: 'resume',
  terminate: 'terminate',
  withdraw: 'withdraw',
};

/** Steps whose words live in `feedback.handling` (feedback-extra.ts). */
const HANDLING: ReadonlySet<ActionKey> = new Set(['suspend', 'resume', 'terminate', 'withdraw']);

export function CaseActions({ view, onGone }: { view: CaseView; onGone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [active, setActive] = useState<ActionKey | null>(null);
  const [raising, setRaising] = useState(false);
  const step = useStep(view.id);
  const withdraw = useWithdraw(view.id);
  const actions = actionsFor(view);
  // Leaders turn a PAKN or complaint into an oversight task (the server checks their unit).
  const leader = issuerGrants(useCurrentUser().roles).length > 0;
  const mayRaise = leader && view.kind !== 'denunciation' && !view.closed && !view.oversightRequestedAt;
  if (actions.length === 0 && !mayRaise) return null;
  const label = (a: ActionKey) =>
    HANDLING.has(a)
      ? t(`feedback.handling.${a as 'withdraw'}`)
      : t(`feedback.drawer.${LABEL[a] as 'classify'}`);

  const run = (name: ActionKey, body: Record<string, unknown>) =>
    name === 'withdraw'
      ? withdraw.mutate(
          { version: view.version, reason: String(body.reason ?? '') },
          {
            onSuccess: () => {
              setActive(null);
              message.success(t('feedback.handling.withdrawn'));
            },
            onError: (error) => {
              if (isApiError(error) && error.status === 409) message.warning(t('feedback.drawer.conflict'));
            },
          },
        )
      : step.mutate(
          { step: name, body: { version: view.version, ...body } },
          {
            onSuccess: (answer) => {
              setActive(null);
              if (answer.case) message.success(t('feedback.drawer.done'));
              else {
                message.info(t('feedback.drawer.outOfScope'));
                onGone();
              }
            },
            onError: (error) => {
              if (isApiError(error) && error.status === 409) message.warning(t('feedback.drawer.conflict'));
            },
          },
        );

  return (
    <section aria-labelledby="case-actions-heading" className="feedback-actions">
      <h2 id="case-actions-heading" className="section-heading-small">
        {t('feedback.drawer.actions')}
      </h2>
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a}
            type={active === a ? 'primary' : 'default'}
            aria-expanded={active === a}
            onClick={() => {
              step.reset();
              withdraw.reset();
              // Every step is deliberate (issue 15 §5): a form to confirm it, with its reason where the law asks.
              setActive(active === a ? null : a);
            }}
            loading={
              (step.isPending && step.variables?.step === a) || (a === 'withdraw' && withdraw.isPending)
            }
            data-testid={`case-action-${a}`}
          >
            {label(a)}
          </Button>
        ))}
        {mayRaise ? (
          <Button onClick={() => setRaising(true)} data-testid="case-action-oversight">
            {t('feedback.handling.raise')}
          </Button>
        ) : null}
      </Space>
      {view.oversightRequestedAt ? <p className="cell-note">{t('feedback.handling.raised')}</p> : null}
      <RaiseTaskDrawer
        open={raising}
        source={{ kind: 'feedback', id: view.id, version: view.version }}
        defaults={{
          code: view.code,
          title: view.publicTitle,
          content: view.publicContent,
          leadAgencyId: view.agency.id,
        }}
        onClose={() => setRaising(false)}
      />
      {active ? (
        <StepForm
          key={active}
          action={active}
          view={view}
          pending={step.isPending || withdraw.isPending}
          onSend={(body) => run(active, body)}
          onCancel={() => setActive(null)}
        />
      ) : null}
      {step.isError && !(isApiError(step.error) && step.error.status === 409) ? (
        <ProblemAlert error={step.error} testId="case-action-error" />
      ) : null}
      {withdraw.isError && !(isApiError(withdraw.error) && withdraw.error.status === 409) ? (
        <ProblemAlert error={withdraw.error} testId="case-action-error" />
      ) : null}
    </section>
  );
}

function StepForm({
  action,
  view,
  pending,
  onSend,
  onCancel,
}: {
  action: ActionKey;
  view: CaseView;
  pending: boolean;
  onSend: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const officials = useAssignable(view.id, action === 'assign');
  const required = { required: true, message: t('feedback.submit.required') };
  const bare = action === 'classify' || action === 'accept' || action === 'publish';
  const clean = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
  return (
    <Form
      layout="vertical"
      className="feedback-step-form"
      initialValues={action === 'assign' ? { userIds: view.assignees.map((a) => a.userId) } : {}}
      onFinish={(values: Record<string, unknown>) => (pending ? undefined : onSend(clean(values)))}
      data-testid="case-step-form"
    >
      {bare ? (
        <p data-testid="case-step-confirm-text">{t(`confirm.feedback.${action as 'accept'}`)}</p>
      ) : null}
      {action === 'suspend' || action === 'resume' || action === 'terminate' ? (
        <Form.Item
          name="decisionNumber"
          label={t('feedback.handling.decisionNumber')}
          extra={t(`feedback.handling.${action}Help`)}
          rules={[required, { max: 60 }]}
        >
          <Input maxLength={60} data-testid="case-decision-number" />
        </Form.Item>
      ) : null}
      {action === 'refuse' ||
      action === 'suspend' ||
      action === 'resume' ||
      action === 'terminate' ||
      action === 'withdraw' ? (
        <Form.Item name="reason" label={t('feedback.drawer.reason')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="case-reason" />
        </Form.Item>
      ) : null}
      {action === 'supplement' || action === 'supplement-received' ? (
        <Form.Item name="note" label={t('feedback.drawer.note')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      ) : null}
      {action === 'answer' ? (
        <>
          <Form.Item name="answer" label={t('feedback.drawer.answerText')} rules={[required, { max: 8000 }]}>
            <Input.TextArea rows={5} maxLength={8000} data-testid="case-answer-text" />
          </Form.Item>
          {view.kind === 'pakn' ? (
            <Form.Item name="publicAnswer" label={t('feedback.drawer.publicAnswer')} rules={[{ max: 8000 }]}>
              <Input.TextArea rows={3} maxLength={8000} />
            </Form.Item>
          ) : (
            <Form.Item
              name="decisionNumber"
              label={t('feedback.drawer.decisionNumber')}
              rules={[required, { max: 60 }]}
            >
              <Input maxLength={60} />
            </Form.Item>
          )}
        </>
      ) : null}
      {action === 'assign' ? (
        <Form.Item name="userIds" label={t('feedback.drawer.officials')}>
          <Select
            mode="multiple"
            loading={officials.isPending}
            options={(officials.data?.items ?? []).map((o) => ({ value: o.id, label: o.displayName }))}
            optionFilterProp="label"
          />
        </Form.Item>
      ) : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="case-step-save">
          {bare ? t('confirm.feedback.confirm') : t('feedback.drawer.save')}
        </Button>
        <Button onClick={onCancel}>{t('feedback.drawer.cancel')}</Button>
      </Space>
    </Form>
  );
}
