/**
 * "Issue a conclusion": the numbered, dated document of the reader's unit and its tasks — each with a lead
 * agency, coordinating agencies, a deadline as a date or as working days (counted by the server's calendar),
 * a priority and the expected output.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formFieldErrors } from '../../api/field-errors';
import type { RoleGrant } from '../../api/types';
import type { Messages } from '../../i18n/vi';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import {
  type ConclusionKind,
  type NewConclusion,
  type Priority,
  provinceOfGrant,
  SOURCE_KINDS,
  type SourceKind,
  useAgencies,
  useIssueConclusion,
} from './api';
import { useAgencyName } from './labels';

type IssueKey = keyof Messages['oversight']['issue'];

type TaskValues = {
  title?: string;
  content?: string;
  leadAgencyId?: string;
  coordinatingAgencyIds?: string[];
  mode: 'date' | 'workingDays';
  deadline?: Dayjs;
  deadlineWorkingDays?: number;
  priority: Priority;
  expectedOutput?: string;
};
type Values = {
  issuerUnitCode: string;
  issuerName: string;
  kind: ConclusionKind;
  source: SourceKind;
  number: string;
  issuedOn: Dayjs;
  title: string;
  summary?: string;
  signerName?: string;
  tasks: TaskValues[];
};

/** The People's Committee of a grant's unit, as an issuing body is printed ("Ủy ban nhân dân tỉnh Cao Bằng"). */
export function issuerNameOf(grant: RoleGrant | undefined): string {
  return grant
    ? `Ủy ban nhân dân ${grant.unitName.replace(/^(Tỉnh|Thành phố|Phường|Xã|Đặc khu) /, (m) => m.toLocaleLowerCase('vi'))}`
    : '';
}

/** The units the reader issues for: grants of a leader role. */
export function issuerGrants(roles: RoleGrant[]): RoleGrant[] {
  return roles.filter((g) => g.role === 'provincial_leader' || g.role === 'unit_leader');
}

/** The meeting a conclusion is issued from (issue 8 §1–2), when it is. */
export type FromMeeting = { id: string; title: string; unitCode: string };

type Props = {
  open: boolean;
  grants: RoleGrant[];
  meeting?: FromMeeting | undefined;
  onClose: () => void;
  onIssued: (id: string) => void;
};

export function IssueConclusionDrawer({ open, grants, meeting, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('oversight.issue.title')}
      size={wide ? 720 : '100%'}
      destroyOnHidden
      closable={{ 'aria-label': t('common.close') }}
      data-testid="issue-drawer"
    >
      <IssueForm grants={grants} meeting={meeting} onCancel={onClose} onIssued={onIssued} />
    </Drawer>
  );
}

function IssueForm({
  grants,
  meeting,
  onCancel,
  onIssued,
}: {
  grants: RoleGrant[];
  meeting?: FromMeeting | undefined;
  onCancel: () => void;
  onIssued: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueConclusion();
  const agencyName = useAgencyName();
  // From a meeting: its unit issues (a provincial grant also covers a commune's meeting).
  const first = (meeting && grants.find((g) => g.unitCode === meeting.unitCode)) || grants[0];
  const unit = Form.useWatch('issuerUnitCode', form) ?? first?.unitCode;
  const grant = grants.find((g) => g.unitCode === unit);
  const agencies = useAgencies(provinceOfGrant(grant));
  const reachable = (agencies.data?.items ?? []).filter((a) => unit?.length === 2 || a.unitCode === unit);
  const agencyOptions = reachable.map((a) => ({ value: a.id, label: agencyName(a) }));
  const f = (key: IssueKey) => t(`oversight.issue.${key}`);
  const required = (key: IssueKey) => ({
    required: true,
    whitespace: true,
    message: t('oversight.issue.required', { field: f(key).toLowerCase() }),
  });
  const choose = (key: IssueKey) => ({
    required: true,
    message: t('oversight.issue.choose', { field: f(key).toLowerCase() }),
  });

  const submit = (v: Values) => {
    const input: NewConclusion = {
      issuerUnitCode: v.issuerUnitCode,
      issuerName: v.issuerName.trim(),
      kind: v.kind,
      source: v.source,
      number: v.number.trim(),
      issuedOn: v.issuedOn.format('YYYY-MM-DD'),
      title: v.title.trim(),
      ...(v.summary?.trim() ? { summary: v.summary.trim() } : {}),
      ...(v.signerName?.trim() ? { signerName: v.signerName.trim() } : {}),
      ...(meeting ? { meetingId: meeting.id } : {}),
      tasks: (v.tasks ?? []).map((task) => ({
        title: (task.title ?? '').trim(),
        content: (task.content ?? '').trim(),
        leadAgencyId: task.leadAgencyId ?? '',
        ...(task.coordinatingAgencyIds?.length ? { coordinatingAgencyIds: task.coordinatingAgencyIds } : {}),
        ...(task.mode === 'date'
          ? { deadline: task.deadline?.format('YYYY-MM-DD') }
          : { deadlineWorkingDays: task.deadlineWorkingDays }),
        priority: task.priority,
        ...(task.expectedOutput?.trim() ? { expectedOutput: task.expectedOutput.trim() } : {}),
      })),
    };
    // Issuing is deliberate (issue 15 §5): confirmed once, the dialog's button busy until the answer, the drawer
    // closed on success by the caller (onIssued), never left open and emptied.
    modal.confirm({
      title: t('confirm.conclusion.title'),
      content: t('confirm.conclusion.body', {
        kind: t(`oversight.kind.${input.kind}`).toLowerCase(),
        number: input.number,
        count: input.tasks.length,
      }),
      okText: t('confirm.conclusion.ok'),
      cancelText: t('confirm.conclusion.cancel'),
      okButtonProps: { 'data-testid': 'issue-confirm' } as Record<string, string>,
      onOk: () =>
        new Promise<void>((resolve) => {
          issue.mutate(input, {
            onSuccess: (created) => {
              void message.success(t('oversight.issue.done', { number: created.number }));
              onIssued(created.id);
            },
            onError: (error) => {
              const fields = formFieldErrors(error);
              if (isApiError(error) && error.status === 409)
                fields.push({ name: ['number'], errors: [f('numberTaken')] });
              form.setFields(fields as Parameters<typeof form.setFields>[0]);
            },
            onSettled: () => resolve(),
          });
        }),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark
      initialValues={{
        issuerUnitCode: first?.unitCode,
        issuerName: issuerNameOf(first),
        kind: 'conclusion_notice',
        source: 'own',
        issuedOn: dayjs(),
        tasks: [{ mode: 'date', priority: 'normal' }],
      }}
      name="issue"
      data-testid="issue-form"
    >
      {meeting ? (
        <p className="cell-note" data-testid="issue-from-meeting">
          {t('oversight.meetingForm.issuedFrom', { title: meeting.title })}
        </p>
      ) : null}
      {issue.isError ? <ProblemAlert error={issue.error} testId="issue-error" /> : null}
      <div className="form-pair">
        <Form.Item name="issuerUnitCode" label={f('issuerUnit')} rules={[choose('issuerUnit')]}>
          <Select
            options={grants.map((g) => ({ value: g.unitCode, label: `${g.unitName} (${g.unitCode})` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={f('kind')}>
          <Radio.Group
            optionType="button"
            options={(['conclusion_notice', 'directive'] as const).map((k) => ({
              value: k,
              label: t(`oversight.kind.${k}`),
            }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="source" label={t('oversight.source.label')} extra={t('oversight.source.help')}>
        <Select
          data-testid="issue-source"
          options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`oversight.source.${k}`) }))}
          onChange={(source: SourceKind) =>
            form.setFieldValue('issuerName', source === 'own' ? issuerNameOf(grant) : '')
          }
        />
      </Form.Item>
      <Form.Item name="issuerName" label={f('issuerName')} rules={[required('issuerName')]}>
        <Input maxLength={300} placeholder={f('issuerNamePlaceholder')} data-testid="issue-issuer-name" />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="number" label={f('number')} rules={[required('number')]}>
          <Input maxLength={60} placeholder={f('numberPlaceholder')} data-testid="issue-number" />
        </Form.Item>
        <Form.Item name="issuedOn" label={f('issuedOn')} rules={[choose('issuedOn')]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
      </div>
      <Form.Item name="title" label={f('docTitle')} rules={[required('docTitle')]}>
        <Input maxLength={500} data-testid="issue-title" />
      </Form.Item>
      <Form.Item name="summary" label={f('summary')}>
        <Input.TextArea rows={3} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="signerName" label={f('signer')}>
        <Input maxLength={200} />
      </Form.Item>

      <fieldset className="task-rows">
        <legend>{f('tasks')}</legend>
        <Form.List name="tasks">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <TaskRow
                  key={row.key}
                  name={row.name}
                  index={index}
                  agencyOptions={agencyOptions}
                  loadingAgencies={agencies.isPending}
                  onRemove={rows.length > 1 ? () => remove(row.name) : undefined}
                />
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ mode: 'date', priority: 'normal' })}
                block
                data-testid="issue-add-task"
              >
                {f('addTask')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>

      <Space wrap className="form-actions">
        <Button
          type="primary"
          htmlType="submit"
          loading={issue.isPending}
          disabled={issue.isSuccess}
          data-testid="issue-submit"
        >
          {f('submit')}
        </Button>
        <Button onClick={onCancel}>{f('cancel')}</Button>
      </Space>
    </Form>
  );
}

type TaskRowProps = {
  name: number;
  index: number;
  agencyOptions: Array<{ value: string; label: string }>;
  loadingAgencies: boolean;
  onRemove: (() => void) | undefined;
};

function TaskRow({ name, index, agencyOptions, loadingAgencies, onRemove }: TaskRowProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const mode = Form.useWatch(['tasks', name, 'mode'], form) ?? 'date';
  const f = (key: IssueKey) => t(`oversight.issue.${key}`);
  const required = (key: IssueKey) => ({
    required: true,
    whitespace: true,
    message: t('oversight.issue.required', { field: f(key).toLowerCase() }),
  });
  const choose = (key: IssueKey) => ({
    required: true,
    message: t('oversight.issue.choose', { field: f(key).toLowerCase() }),
  });
  const search = (input: string, option?: { label: string }) =>
    (option?.label ?? '').toLocaleLowerCase('vi').includes(input.toLocaleLowerCase('vi'));
  return (
    <fieldset className="task-row" data-testid={`issue-task-${index}`}>
      <legend>{t('oversight.issue.task', { n: index + 1 })}</legend>
      <Form.Item name={[name, 'title']} label={f('taskTitle')} rules={[required('taskTitle')]}>
        <Input maxLength={300} data-testid={`issue-task-${index}-title`} />
      </Form.Item>
      <Form.Item name={[name, 'content']} label={f('content')} rules={[required('content')]}>
        <Input.TextArea rows={2} maxLength={5000} data-testid={`issue-task-${index}-content`} />
      </Form.Item>
      <Form.Item name={[name, 'leadAgencyId']} label={f('leadAgency')} rules={[choose('leadAgency')]}>
        <Select
          showSearch={{ filterOption: search }}
          options={agencyOptions}
          loading={loadingAgencies}
          data-testid={`issue-task-${index}-lead`}
        />
      </Form.Item>
      <Form.Item name={[name, 'coordinatingAgencyIds']} label={f('coordinators')}>
        <Select
          mode="multiple"
          showSearch={{ filterOption: search }}
          options={agencyOptions}
          loading={loadingAgencies}
        />
      </Form.Item>
      <Form.Item name={[name, 'mode']} label={f('deadlineMode')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'date', label: f('byDate') },
            { value: 'workingDays', label: f('byWorkingDays') },
          ]}
        />
      </Form.Item>
      {mode === 'date' ? (
        <Form.Item name={[name, 'deadline']} label={f('deadline')} rules={[choose('deadline')]}>
          <DatePicker format="DD/MM/YYYY" data-testid={`issue-task-${index}-deadline`} />
        </Form.Item>
      ) : (
        <Form.Item
          name={[name, 'deadlineWorkingDays']}
          label={f('workingDays')}
          extra={f('workingDaysHelp')}
          rules={[choose('workingDays')]}
        >
          <InputNumber min={1} max={1000} precision={0} data-testid={`issue-task-${index}-working-days`} />
        </Form.Item>
      )}
      <div className="form-pair">
        <Form.Item name={[name, 'priority']} label={f('priority')}>
          <Select
            options={(['normal', 'high', 'urgent'] as const).map((p) => ({
              value: p,
              label: t(`oversight.priority.${p}`),
            }))}
          />
        </Form.Item>
        <Form.Item name={[name, 'expectedOutput']} label={f('expectedOutput')}>
          <Input maxLength={1000} />
        </Form.Item>
      </div>
      {onRemove ? (
        <Button
          className="task-row-remove"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('oversight.issue.removeTask', { n: index + 1 })}
          onClick={onRemove}
        />
      ) : null}
    </fieldset>
  );
}
