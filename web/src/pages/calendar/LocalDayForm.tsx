/** Add a day off of the province (a system administrator of that province); the list above shows and removes them. */
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type LocalDayInput, useAddLocalDay } from './api';
import { useFieldErrors } from './errors';
import { useCalendarFormat } from './format';

export function LocalDayForm({ province }: { province: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LocalDayInput>();
  const add = useAddLocalDay(province);
  const fieldErrors = useFieldErrors();
  const format = useCalendarFormat();
  const required = [{ required: true, whitespace: true, message: t('calendar.errors.required') }];

  const submit = (values: LocalDayInput) =>
    add.mutate(values, {
      onSuccess: () => {
        void message.success(t('calendar.local.added', { date: format.day(values.date) }));
        form.resetFields();
      },
      onError: (error) => form.setFields(fieldErrors(error) as Parameters<typeof form.setFields>[0]),
    });

  return (
    <section aria-labelledby="calendar-local-heading" className="panel">
      <h2 id="calendar-local-heading" className="section-heading-small">
        {t('calendar.local.heading')}
      </h2>
      <p className="muted">{t('calendar.local.help')}</p>
      <Form<LocalDayInput>
        form={form}
        layout="vertical"
        name="local-day"
        className="calendar-form-grid"
        onFinish={submit}
        data-testid="local-day-form"
      >
        <Form.Item name="date" label={t('calendar.local.date')} rules={required}>
          <DateInput data-testid="local-day-date" />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.local.name')} rules={required}>
          <Input maxLength={200} data-testid="local-day-name" />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('calendar.local.source')}
          rules={required}
          className="calendar-form-wide"
        >
          <Input
            maxLength={500}
            placeholder={t('calendar.local.sourcePlaceholder')}
            data-testid="local-day-source"
          />
        </Form.Item>
        <Form.Item className="calendar-form-actions">
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="local-day-submit">
            {t('calendar.local.submit')}
          </Button>
        </Form.Item>
      </Form>
      {add.isError && fieldErrors(add.error).length === 0 ? <ProblemAlert error={add.error} /> : null}
    </section>
  );
}
