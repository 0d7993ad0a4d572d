/** Recording a reception session held (issue 21 §3): the unit, who received, when, where, kind and mode. */
import { App, Button, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import type { RoleGrant } from '../../api/types';
import { useMe } from '../../auth/queries';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { MODES, type Mode, SESSION_KINDS, type SessionKind, useReceptionPost } from './api';

type Values = {
  unitCode: string;
  receiverName: string;
  receiverTitle: string;
  iReceive: boolean;
  kind: SessionKind;
  mode: Mode;
  startedAt: Dayjs;
  location: string;
};

const LEADERS = ['provincial_leader', 'unit_leader'];

export function SessionForm({ grants, onDone }: { grants: RoleGrant[]; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe().data?.user;
  const [form] = Form.useForm<Values>();
  const post = useReceptionPost<{ id: string }>('/reception/sessions');
  const unit = Form.useWatch('unitCode', form) ?? grants[0]?.unitCode;
  const leads = grants.some((g) => g.unitCode === unit && LEADERS.includes(g.role));
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('reception.entry.required', { field: label.toLowerCase() }),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="reception-session"
      data-testid="session-form"
      initialValues={{
        unitCode: grants[0]?.unitCode,
        receiverName: leads ? me?.displayName : '',
        iReceive: leads,
        kind: 'regular',
        mode: 'in_person',
        startedAt: dayjs(),
      }}
      onFinish={(v) =>
        post.mutate(
          {
            unitCode: v.unitCode,
            receiverName: v.receiverName.trim(),
            receiverTitle: v.receiverTitle.trim(),
            ...(v.iReceive && leads && me ? { receiverUserId: me.id } : {}),
            kind: v.kind,
            mode: v.mode,
            startedAt: v.startedAt.format(),
            location: v.location.trim(),
          },
          {
            onSuccess: (s) => {
              void message.success(t('reception.session.done'));
              onDone(s.id);
            },
            onError: (e) => form.setFields(formFieldErrors(e) as never[]),
          },
        )
      }
    >
      {post.isError ? <ProblemAlert error={post.error} testId="session-error" /> : null}
      <Form.Item name="unitCode" label={t('reception.session.unit')}>
        <Select
          options={grants.map((g) => ({ value: g.unitCode, label: `${g.unitName} (${g.unitCode})` }))}
        />
      </Form.Item>
      <div className="form-pair">
        <Form.Item
          name="receiverName"
          label={t('reception.session.receiverName')}
          rules={[required(t('reception.session.receiverName'))]}
        >
          <Input maxLength={200} data-testid="session-receiver" />
        </Form.Item>
        <Form.Item
          name="receiverTitle"
          label={t('reception.session.receiverTitle')}
          rules={[required(t('reception.session.receiverTitle'))]}
        >
          <Input maxLength={200} data-testid="session-title" />
        </Form.Item>
      </div>
      {leads ? (
        <Form.Item name="iReceive" valuePropName="checked">
          <Checkbox>{t('reception.session.iReceive')}</Checkbox>
        </Form.Item>
      ) : null}
      <div className="form-pair">
        <Form.Item name="kind" label={t('reception.session.kind')}>
          <Select options={SESSION_KINDS.map((k) => ({ value: k, label: t(`reception.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('reception.session.mode')}>
          <Select options={MODES.map((k) => ({ value: k, label: t(`reception.mode.${k}`) }))} />
        </Form.Item>
      </div>
      <Form.Item name="startedAt" label={t('reception.session.startedAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" allowClear={false} />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('reception.session.location')}
        rules={[required(t('reception.session.location'))]}
      >
        <Input maxLength={500} data-testid="session-location" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={post.isPending} data-testid="session-submit">
        {t('reception.session.submit')}
      </Button>
    </Form>
  );
}
