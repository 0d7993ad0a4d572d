/**
 * The due-date calculator: from the date and time a dossier was received, a time limit and its unit, and the
 * way it was submitted (paper after 15:00 counts from the next working day, Decree 61/2018 art. 18), the
 * instant it is due, computed by the server on the chosen calendar.
 */
import { Button, Form, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { TimeInput } from '../../components/TimeInput';
import { todayInVietnam } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { DURATION_UNITS, type DurationUnit, useDueDate } from './api';
import { useFieldErrors } from './errors';
import { useCalendarFormat } from './format';

type Values = {
  date: string;
  time: string;
  amount: number;
  unit: DurationUnit;
  medium: 'paper' | 'electronic';
};

export function DueDateCalculator({ province }: { province: string | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const due = useDueDate();
  const fieldErrors = useFieldErrors();
  const format = useCalendarFormat();
  const required = [{ required: true, message: t('calendar.errors.required') }];

  const submit = (values: Values) => {
    due.mutate(
      {
        receivedAt: `${values.date}T${values.time}:00+07:00`,
        amount: values.amount,
        unit: values.unit,
        medium: values.medium,
        province,
      },
      {
        onError: (error) =>
          form.setFields(fieldErrors(error, { receivedAt: 'date' }) as Parameters<typeof form.setFields>[0]),
      },
    );
  };
  const answer = due.data;

  return (
    <section aria-labelledby="calendar-due-heading" className="panel">
      <h2 id="calendar-due-heading" className="section-heading-small">
        {t('calendar.calculator.heading')}
      </h2>
      <p className="muted">{t('calendar.calculator.help')}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        name="due"
        className="calendar-form-grid"
        initialValues={{
          date: todayInVietnam(),
          time: '09:00',
          amount: 3,
          unit: 'working_days',
          medium: 'paper',
        }}
        onFinish={submit}
        data-testid="due-form"
      >
        <Form.Item name="date" label={t('calendar.calculator.date')} rules={required}>
          <DateInput data-testid="due-date" />
        </Form.Item>
        <Form.Item name="time" label={t('calendar.calculator.time')} rules={required}>
          <TimeInput data-testid="due-time" />
        </Form.Item>
        <Form.Item name="amount" label={t('calendar.calculator.amount')} rules={required}>
          <InputNumber min={0} max={10000} step={1} className="full-width" data-testid="due-amount" />
        </Form.Item>
        <Form.Item name="unit" label={t('calendar.calculator.unit')} rules={required}>
          <Select<DurationUnit>
            options={DURATION_UNITS.map((unit) => ({
              value: unit,
              label: t(`calendar.calculator.units.${unit}`),
            }))}
            data-testid="due-unit"
          />
        </Form.Item>
        <Form.Item name="medium" label={t('calendar.calculator.medium')}>
          <Radio.Group
            aria-label={t('calendar.calculator.medium')}
            options={[
              { value: 'paper', label: t('calendar.calculator.paper') },
              { value: 'electronic', label: t('calendar.calculator.electronic') },
            ]}
          />
        </Form.Item>
        <Form.Item className="calendar-form-actions">
          <Button type="primary" htmlType="submit" loading={due.isPending} data-testid="due-submit">
            {t('calendar.calculator.submit')}
          </Button>
        </Form.Item>
      </Form>
      {due.isError && fieldErrors(due.error).length === 0 ? <ProblemAlert error={due.error} /> : null}
      <div role="status" aria-live="polite">
        {answer && !due.isPending ? (
          <dl className="calendar-answer" data-testid="due-result">
            <dt>{t('calendar.calculator.countingFrom')}</dt>
            <dd data-testid="due-counting-from">{format.localInstant(answer.countingFromLocal, '')}</dd>
            <dt>{t('calendar.calculator.due')}</dt>
            <dd data-testid="due-at">
              <strong>
                {format.localInstant(answer.dueLocal, t('calendar.calculator.endOfDay'), answer.dueDate)}
              </strong>
            </dd>
          </dl>
        ) : null}
      </div>
    </section>
  );
}
