/**
 * "Follow up as an oversight task" (issue 8 §5; issue 10 §3; issue 9 §2): from a PAKN or complaint, or from an
 * investment project at risk, a leader issues a directive of their unit with one task pointing at the source —
 * its title, content and lead agency prefilled from the source, the deadline in working days — in one action.
 * The server writes both sides or neither (a case already followed up answers 409).
 */
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { formFieldErrors } from '../../api/field-errors';
import { useCurrentUser } from '../../auth/current-user';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type Priority, provinceOfGrant, type RaiseSource, useAgencies, useRaiseTask } from './api';
import { issuerGrants, issuerNameOf } from './IssueConclusionDrawer';
import { useAgencyName } from './labels';

type Values = {
  issuerUnitCode: string;
  issuerName: string;
  number: string;
  issuedOn: Dayjs;
  taskTitle: string;
  content: string;
  leadAgencyId?: string;
  deadlineWorkingDays: number;
  priority: Priority;
  note?: string;
};

type Props = {
  open: boolean;
  source: RaiseSource;
  /** What the source says of itself: its code and title, the text of the task, its agency. */
  defaults: { code: string; title: string; content: string; leadAgencyId: string | null };
  onClose: () => void;
};

export function RaiseTaskDrawer({ open, source, defaults, onClose }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('oversight.raise.title', { code: defaults.code })}
      size={wide ? 640 : '100%'}
      destroyOnHidden
      closable={{ 'aria-label': t('common.close') }}
      data-testid="raise-drawer"
    >
      {open ? <RaiseForm source={source} defaults={defaults} onClose={onClose} /> : null}
    </Drawer>
  );
}

function RaiseForm({ source, defaults, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const grants = issuerGrants(user.roles);
  const [form] = Form.useForm<Values>();
  const raise = useRaiseTask();
  const agencyName = useAgencyName();
  const unit = Form.useWatch('issuerUnitCode', form) ?? grants[0]?.unitCode;
  const agencies = useAgencies(provinceOfGrant(grants.find((g) => g.unitCode === unit)));
  const options = (agencies.data?.items ?? [])
    .filter((a) => unit?.length === 2 || a.unitCode === unit)
    .map((a) => ({ value: a.id, label: agencyName(a) }));
  const required = { required: true, whitespace: true, message: t('oversight.raise.required') };
  if (grants.length === 0) return <p className="muted">{t('oversight.raise.leadersOnly')}</p>;

  const submit = (v: Values) =>
    raise.mutate(
      {
        source,
        issuerUnitCode: v.issuerUnitCode,
        issuerName: v.issuerName.trim(),
        number: v.number.trim(),
        issuedOn: v.issuedOn.format('YYYY-MM-DD'),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        task: {
          title: v.taskTitle.trim(),
          content: v.content.trim(),
          ...(v.leadAgencyId ? { leadAgencyId: v.leadAgencyId } : {}),
          deadlineWorkingDays: v.deadlineWorkingDays,
          priority: v.priority,
        },
      },
      {
        onSuccess: (raised) => {
          void message.success(t('oversight.raise.done', { number: raised.conclusion.number }));
          onClose();
          navigate(`/dashboard/oversight?task=${raised.taskId}`);
        },
        onError: (error) => {
          // The task's fields come back as `task.x` (this form) or `tasks.0.x` (the directive's check).
          const fields = formFieldErrors(error).map((f) => {
            const inner = f.name[0] === 'task' ? f.name[1] : f.name[0] === 'tasks' ? f.name[2] : undefined;
            return inner === undefined
              ? f
              : { ...f, name: [inner === 'title' ? 'taskTitle' : String(inner)] };
          });
          if (isApiError(error) && error.status === 409 && /number/.test(error.detail))
            fields.push({ name: ['number'], errors: [t('oversight.issue.numberTaken')] });
          form.setFields(fields as Parameters<typeof form.setFields>[0]);
        },
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark
      onFinish={submit}
      initialValues={{
        issuerUnitCode: grants[0]?.unitCode,
        issuerName: issuerNameOf(grants[0]),
        issuedOn: dayjs(),
        taskTitle: t(`oversight.raise.taskTitle.${source.kind}`, { code: defaults.code }).slice(0, 300),
        content: defaults.content.slice(0, 5000),
        leadAgencyId: defaults.leadAgencyId ?? undefined,
        deadlineWorkingDays: 15,
        priority: 'high',
      }}
      data-testid="raise-form"
    >
      <p className="cell-note">{t('oversight.raise.intro', { title: defaults.title })}</p>
      {raise.isError ? <ProblemAlert error={raise.error} testId="raise-error" /> : null}
      <Form.Item name="issuerUnitCode" label={t('oversight.issue.issuerUnit')} rules={[{ required: true }]}>
        <Select
          options={grants.map((g) => ({ value: g.unitCode, label: `${g.unitName} (${g.unitCode})` }))}
        />
      </Form.Item>
      <Form.Item name="issuerName" label={t('oversight.issue.issuerName')} rules={[required]}>
        <Input maxLength={300} />
      </Form.Item>
      <div className="form-pair">
        <Form.Item
          name="number"
          label={t('oversight.raise.number')}
          rules={[required]}
          extra={t('oversight.raise.numberHelp')}
        >
          <Input maxLength={60} data-testid="raise-number" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('oversight.issue.issuedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
      </div>
      <Form.Item name="taskTitle" label={t('oversight.issue.taskTitle')} rules={[required]}>
        <Input maxLength={300} data-testid="raise-task-title" />
      </Form.Item>
      <Form.Item name="content" label={t('oversight.issue.content')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="leadAgencyId"
        label={t('oversight.issue.leadAgency')}
        rules={[{ required: true, message: t('oversight.raise.chooseLead') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          loading={agencies.isPending}
          data-testid="raise-lead"
        />
      </Form.Item>
      <div className="form-pair">
        <Form.Item
          name="deadlineWorkingDays"
          label={t('oversight.issue.workingDays')}
          extra={t('oversight.issue.workingDaysHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="priority" label={t('oversight.issue.priority')}>
          <Select
            options={(['normal', 'high', 'urgent'] as const).map((p) => ({
              value: p,
              label: t(`oversight.priority.${p}`),
            }))}
          />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('oversight.raise.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={raise.isPending} data-testid="raise-submit">
          {t('oversight.raise.submit')}
        </Button>
        <Button onClick={onClose}>{t('oversight.issue.cancel')}</Button>
      </Space>
    </Form>
  );
}
