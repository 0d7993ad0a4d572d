/** The leaders' reception slots: publish one (who, when, where) and cancel one with its reason. */
import { App, Button, DatePicker, Form, Input, Popconfirm, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import type { RoleGrant } from '../../api/types';
import { useMe } from '../../auth/queries';
import { todayInVietnam } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { MODES, SESSION_KINDS, useReceptionPost, useSchedule } from './api';
import { SlotCard } from './PublicSchedulePage';

type Values = {
  unitCode: string;
  receiverName: string;
  receiverTitle: string;
  kind: string;
  mode: string;
  range: [Dayjs, Dayjs];
  location: string;
  note?: string;
};

export function ScheduleTab({ province, grants }: { province: string; grants: RoleGrant[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe().data?.user;
  const [form] = Form.useForm<Values>();
  const post = useReceptionPost('/reception/schedule');
  const today = todayInVietnam();
  const schedule = useSchedule(
    province,
    `${today}T00:00:00+07:00`,
    dayjs(today).add(91, 'day').format('YYYY-MM-DD'),
  );
  const planners = grants.filter((g) => g.role !== 'counter_clerk');
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('reception.entry.required', { field: label.toLowerCase() }),
  });
  return (
    <section className="reception-schedule">
      {planners.length ? (
        <Form<Values>
          form={form}
          layout="vertical"
          name="reception-slot"
          aria-label={t('reception.schedule.heading')}
          data-testid="slot-form"
          initialValues={{
            unitCode: planners[0]?.unitCode,
            receiverName: me?.displayName,
            kind: 'regular',
            mode: 'in_person',
          }}
          onFinish={(v) =>
            post.mutate(
              {
                unitCode: v.unitCode,
                receiverName: v.receiverName.trim(),
                receiverTitle: v.receiverTitle.trim(),
                kind: v.kind,
                mode: v.mode,
                startsAt: v.range[0].format(),
                endsAt: v.range[1].format(),
                location: v.location.trim(),
                ...(v.note?.trim() ? { note: v.note.trim() } : {}),
              },
              {
                onSuccess: () => {
                  void message.success(t('reception.schedule.done'));
                  form.resetFields(['range', 'note']);
                },
                onError: (e) => form.setFields(formFieldErrors(e) as never[]),
              },
            )
          }
        >
          <h2 className="section-heading">{t('reception.schedule.heading')}</h2>
          {post.isError ? <ProblemAlert error={post.error} testId="slot-error" /> : null}
          <div className="form-pair">
            <Form.Item name="unitCode" label={t('reception.session.unit')}>
              <Select
                options={planners.map((g) => ({ value: g.unitCode, label: `${g.unitName} (${g.unitCode})` }))}
              />
            </Form.Item>
            <Form.Item name="kind" label={t('reception.session.kind')}>
              <Select options={SESSION_KINDS.map((k) => ({ value: k, label: t(`reception.kind.${k}`) }))} />
            </Form.Item>
          </div>
          <div className="form-pair">
            <Form.Item
              name="receiverName"
              label={t('reception.session.receiverName')}
              rules={[required(t('reception.session.receiverName'))]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="receiverTitle"
              label={t('reception.session.receiverTitle')}
              rules={[required(t('reception.session.receiverTitle'))]}
            >
              <Input maxLength={200} data-testid="slot-title" />
            </Form.Item>
          </div>
          <div className="form-pair">
            <Form.Item
              name="range"
              label={`${t('reception.schedule.starts')} – ${t('reception.schedule.ends')}`}
              rules={[
                {
                  required: true,
                  message: t('reception.entry.required', { field: t('reception.public.time').toLowerCase() }),
                },
              ]}
            >
              <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" />
            </Form.Item>
            <Form.Item name="mode" label={t('reception.session.mode')}>
              <Select options={MODES.map((k) => ({ value: k, label: t(`reception.mode.${k}`) }))} />
            </Form.Item>
          </div>
          <Form.Item
            name="location"
            label={t('reception.session.location')}
            rules={[required(t('reception.session.location'))]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="note" label={t('reception.schedule.note')}>
            <Input maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={post.isPending} data-testid="slot-submit">
            {t('reception.schedule.submit')}
          </Button>
        </Form>
      ) : null}
      <h2 className="section-heading">{t('reception.schedule.upcoming')}</h2>
      {schedule.isError ? <ProblemAlert error={schedule.error} testId="upcoming-error" /> : null}
      <ul className="schedule-slots" data-testid="upcoming">
        {(schedule.data?.items ?? []).map((slot) => (
          <SlotCard
            key={slot.id}
            slot={slot}
            action={
              !slot.cancelled &&
              planners.some((g) => g.unitCode === slot.unitCode || g.unitCode === province) ? (
                <CancelSlot id={slot.id} />
              ) : null
            }
          />
        ))}
      </ul>
    </section>
  );
}

function CancelSlot({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const post = useReceptionPost(`/reception/schedule/${encodeURIComponent(id)}/cancel`);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Popconfirm
      title={t('reception.schedule.cancel')}
      description={
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('reception.schedule.cancelReason')}>
            <Input maxLength={1000} />
          </Form.Item>
        </Form>
      }
      onConfirm={() =>
        post.mutate(
          { reason: form.getFieldValue('reason') || '—' },
          { onSuccess: () => void message.success(t('reception.schedule.cancelled')) },
        )
      }
    >
      <Button size="small">{t('reception.schedule.cancel')}</Button>
    </Popconfirm>
  );
}
