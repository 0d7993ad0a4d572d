/**
 * What the reader may do with a task now, as the server's `can` and the task's state allow: accept, report
 * progress, ask for an extension, report completion (the lead agency); decide an extension, confirm or reopen
 * (the issuing leader); link records. Each sends the version it was shown; a 409 reloads the task.
 */
import { App, Button, DatePicker, Form, type FormProps, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { LINK_KINDS, type LinkKind, type TaskDetail, useAdoptTask, useTaskStep } from './api';
import { reportAttachments, type TaskFile, TaskFilesField } from './TaskFiles';

type StepCall = { path: string; body?: Record<string, unknown>; method?: 'POST' | 'DELETE' };

type StepForm = { setFields: (f: never[]) => void; resetFields: () => void };

function useStep(task: TaskDetail) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const step = useTaskStep(task.id);
  const adopt = useAdoptTask(task.id);
  const send = (call: StepCall, form?: StepForm, settled?: () => void) =>
    step.mutate(
      { ...call, body: call.method === 'DELETE' ? undefined : { version: task.version, ...call.body } },
      {
        onSuccess: () => {
          void message.success(t('oversight.actions.done'));
          form?.resetFields();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409 && error.current) {
            adopt(error.current);
            void message.warning(t('oversight.actions.conflict'));
          }
          form?.setFields(formFieldErrors(error) as never[]);
        },
        onSettled: settled,
      },
    );
  /**
   * A decision taken with one button (accept, grant or refuse an extension, confirm or reopen) is confirmed
   * first (issue 15 §5); the dialog stays busy until the answer, so it cannot be sent twice.
   */
  const run = (call: StepCall, form?: StepForm, question?: string) => {
    if (!question) return send(call, form);
    modal.confirm({
      title: question,
      okText: t('confirm.feedback.confirm'),
      cancelText: t('confirm.conclusion.cancel'),
      okButtonProps: { 'data-testid': 'task-confirm' } as Record<string, string>,
      onOk: () => new Promise<void>((resolve) => send(call, form, resolve)),
    });
  };
  return { run, step };
}

const ask = (t: TFunction, action: string) => t('confirm.action.question', { action });

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

export function TaskActions({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { run, step } = useStep(task);
  const open = task.status === 'assigned' || task.status === 'in_progress';
  const pending = task.extensions.find((e) => e.status === 'pending');
  const sections = [
    task.can.accept && task.status === 'assigned' ? (
      <AcceptAction key="accept" run={run} busy={step.isPending} />
    ) : null,
    task.can.report && task.status === 'in_progress' ? (
      <ProgressForm key="progress" taskId={task.id} run={run} busy={step.isPending} />
    ) : null,
    task.can.reportCompletion && task.status === 'in_progress' ? (
      <CompletionForm key="completion" taskId={task.id} run={run} busy={step.isPending} />
    ) : null,
    task.can.requestExtension && open && !pending ? (
      <ExtensionForm key="extension" task={task} run={run} busy={step.isPending} />
    ) : null,
    task.can.decideExtension && pending ? (
      <DecideForm key="decide" request={pending} run={run} busy={step.isPending} />
    ) : null,
    task.can.review && (task.status === 'completion_reported' || task.status === 'completed') ? (
      <ReviewForm key="review" task={task} run={run} busy={step.isPending} />
    ) : null,
    task.can.link ? <LinkForm key="link" run={run} busy={step.isPending} /> : null,
  ].filter(Boolean);
  return (
    <section className="task-actions" aria-labelledby="task-actions-heading" data-testid="task-actions">
      <h3 id="task-actions-heading" className="section-heading-small">
        {t('oversight.actions.heading')}
      </h3>
      {step.isError && !(isApiError(step.error) && step.error.status === 409) ? (
        <ProblemAlert error={step.error} testId="task-action-error" />
      ) : null}
      {sections.length ? sections : <p className="muted">{t('oversight.actions.nothing')}</p>}
    </section>
  );
}

/** The shell of every action: a vertical form named by its heading. */
function ActionForm({ heading, children, ...props }: FormProps & { heading: string; children: ReactNode }) {
  return (
    <Form layout="vertical" className="action-form" aria-label={heading} {...props}>
      <h4 className="action-heading">{heading}</h4>
      {children}
    </Form>
  );
}

/** A required text field's rule, its message naming the field by its label. */
const requiredText = (t: TFunction, label: string) => [
  {
    required: true,
    whitespace: true,
    message: t('oversight.issue.required', { field: label.toLowerCase() }),
  },
];

type RunProps = { run: ReturnType<typeof useStep>['run']; busy: boolean };

function AcceptAction({ run, busy }: RunProps) {
  const { t } = useTranslation();
  return (
    <Button
      type="primary"
      loading={busy}
      onClick={() => run({ path: '/accept' }, undefined, ask(t, t('oversight.actions.accept')))}
      data-testid="task-accept"
    >
      {t('oversight.actions.accept')}
    </Button>
  );
}

/** Evidence of a report: files uploaded to the task, or a named reference to a document kept elsewhere. */
function AttachmentFields({ taskId, testId }: { taskId: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="files" label={t('oversight.files.label')}>
        <TaskFilesField taskId={taskId} testId={testId} />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="attachmentName" label={t('oversight.actions.progress.attachmentName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="attachmentReference"
          label={t('oversight.actions.progress.attachmentReference')}
          extra={t('oversight.actions.progress.attachmentHelp')}
        >
          <Input maxLength={1000} />
        </Form.Item>
      </div>
    </>
  );
}

type Evidence = { files?: TaskFile[]; attachmentName?: string; attachmentReference?: string };

function ProgressForm({ run, busy, taskId }: RunProps & { taskId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const a = 'oversight.actions.progress';
  return (
    <ActionForm
      form={form}
      heading={t(`${a}.heading`)}
      onFinish={(v: Evidence & { percent: number; text: string }) =>
        run({ path: '/progress', body: { percent: v.percent, text: v.text, ...reportAttachments(v) } }, form)
      }
      name="progress"
      data-testid="task-progress-form"
    >
      <Form.Item
        name="percent"
        label={t(`${a}.percent`)}
        extra={t(`${a}.percentHelp`)}
        rules={[{ required: true, message: t(`${a}.percentHelp`) }]}
      >
        <InputNumber min={0} max={99} precision={0} data-testid="task-progress-percent" />
      </Form.Item>
      <Form.Item name="text" label={t(`${a}.text`)} rules={requiredText(t, t(`${a}.text`))}>
        <Input.TextArea rows={3} maxLength={5000} data-testid="task-progress-text" />
      </Form.Item>
      <AttachmentFields taskId={taskId} testId="task-progress-file" />
      <Button htmlType="submit" type="primary" loading={busy} data-testid="task-progress-submit">
        {t(`${a}.submit`)}
      </Button>
    </ActionForm>
  );
}

function CompletionForm({ run, busy, taskId }: RunProps & { taskId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const a = 'oversight.actions.completion';
  return (
    <ActionForm
      form={form}
      heading={t(`${a}.heading`)}
      onFinish={(v: Evidence & { text: string }) =>
        run({ path: '/completion', body: { text: v.text, ...reportAttachments(v) } }, form)
      }
      name="completion"
      data-testid="task-completion-form"
    >
      <Form.Item name="text" label={t(`${a}.text`)} rules={requiredText(t, t(`${a}.text`))}>
        <Input.TextArea rows={3} maxLength={5000} data-testid="task-completion-text" />
      </Form.Item>
      <AttachmentFields taskId={taskId} testId="task-completion-file" />
      <Button htmlType="submit" loading={busy} data-testid="task-completion-submit">
        {t(`${a}.submit`)}
      </Button>
    </ActionForm>
  );
}

function ExtensionForm({ task, run, busy }: RunProps & { task: TaskDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const a = 'oversight.actions.extension';
  return (
    <ActionForm
      form={form}
      heading={t(`${a}.heading`)}
      onFinish={(v: { requestedDeadline: Dayjs; reason: string }) =>
        run(
          { path: '/extensions', body: { requestedDeadline: day(v.requestedDeadline), reason: v.reason } },
          form,
        )
      }
      name="extension"
      data-testid="task-extension-form"
    >
      <Form.Item
        name="requestedDeadline"
        label={t(`${a}.date`)}
        rules={[
          { required: true, message: t('oversight.issue.choose', { field: t(`${a}.date`).toLowerCase() }) },
        ]}
      >
        <DatePicker
          format="DD/MM/YYYY"
          disabledDate={(d) => !d.isAfter(dayjs(task.deadline), 'day')}
          data-testid="task-extension-date"
        />
      </Form.Item>
      <Form.Item name="reason" label={t(`${a}.reason`)} rules={requiredText(t, t(`${a}.reason`))}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="task-extension-reason" />
      </Form.Item>
      <Button htmlType="submit" loading={busy} data-testid="task-extension-submit">
        {t(`${a}.submit`)}
      </Button>
    </ActionForm>
  );
}

function DecideForm({ request, run, busy }: RunProps & { request: TaskDetail['extensions'][number] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const a = 'oversight.actions.decide';
  const send = (decision: 'grant' | 'refuse') => {
    const v = form.getFieldsValue() as { grantedDeadline?: Dayjs; note?: string };
    run(
      {
        path: `/extensions/${request.id}/decision`,
        body: {
          decision,
          ...(decision === 'grant' && v.grantedDeadline ? { grantedDeadline: day(v.grantedDeadline) } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        },
      },
      form,
      ask(t, t(`${a}.${decision}`)),
    );
  };
  return (
    <ActionForm
      form={form}
      heading={t(`${a}.heading`)}
      initialValues={{ grantedDeadline: dayjs(request.requestedDeadline) }}
      name="decide"
      data-testid="task-decide-form"
    >
      <p>
        {t(`${a}.request`, {
          date: dayjs(request.requestedDeadline).format('DD/MM/YYYY'),
          reason: request.reason,
        })}
      </p>
      <Form.Item name="grantedDeadline" label={t(`${a}.date`)}>
        <DatePicker format="DD/MM/YYYY" allowClear={false} />
      </Form.Item>
      <Form.Item name="note" label={t(`${a}.note`)}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => send('grant')} data-testid="task-decide-grant">
          {t(`${a}.grant`)}
        </Button>
        <Button danger loading={busy} onClick={() => send('refuse')} data-testid="task-decide-refuse">
          {t(`${a}.refuse`)}
        </Button>
      </Space>
    </ActionForm>
  );
}

function ReviewForm({ task, run, busy }: RunProps & { task: TaskDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const a = 'oversight.actions.review';
  const send = (outcome: 'confirm' | 'reopen') => {
    const note = (form.getFieldValue('note') as string | undefined)?.trim();
    run(
      { path: '/review', body: { outcome, ...(note ? { note } : {}) } },
      form,
      ask(t, t(`${a}.${outcome}`)),
    );
  };
  return (
    <ActionForm form={form} heading={t(`${a}.heading`)} name="review" data-testid="task-review-form">
      <Form.Item name="note" label={t(`${a}.note`)} extra={t(`${a}.noteHelp`)}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="task-review-note" />
      </Form.Item>
      <Space wrap>
        {task.status === 'completion_reported' ? (
          <Button
            type="primary"
            loading={busy}
            onClick={() => send('confirm')}
            data-testid="task-review-confirm"
          >
            {t(`${a}.confirm`)}
          </Button>
        ) : null}
        <Button loading={busy} onClick={() => send('reopen')} data-testid="task-review-reopen">
          {t(`${a}.reopen`)}
        </Button>
      </Space>
    </ActionForm>
  );
}

function LinkForm({ run, busy }: RunProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const a = 'oversight.actions.link';
  return (
    <ActionForm
      form={form}
      heading={t(`${a}.heading`)}
      name="link"
      initialValues={{ kind: 'dossier' }}
      onFinish={(v: { kind: LinkKind; reference: string }) =>
        run({ path: '/links', body: { kind: v.kind, reference: v.reference.trim() } }, form)
      }
    >
      <div className="form-pair">
        <Form.Item name="kind" label={t(`${a}.kind`)}>
          <Select
            options={LINK_KINDS.map((k) => ({ value: k, label: t(`oversight.task.linkKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="reference" label={t(`${a}.reference`)} rules={requiredText(t, t(`${a}.reference`))}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <Button htmlType="submit" loading={busy}>
        {t(`${a}.submit`)}
      </Button>
    </ActionForm>
  );
}

export function useRemoveLink(task: TaskDetail) {
  const { run } = useStep(task);
  return (linkId: string) => run({ path: `/links/${linkId}?version=${task.version}`, method: 'DELETE' });
}
