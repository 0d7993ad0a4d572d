/**
 * A province's working hours (morning and afternoon) and the paper cut-off (15:00 by default, Decree 61/2018
 * art. 18), or back to the default 08:00–12:00, 13:00–17:00.
 */
import { App, Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TimeInput } from '../../components/TimeInput';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useSetWorkingHours, type WorkingHoursView } from './api';
import { useFieldErrors } from './errors';

type Values = { periods: Array<{ start: string; end: string }>; paperCutoff: string };

export function WorkingHoursForm({ province, hours }: { province: string; hours: WorkingHoursView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetWorkingHours(province);
  const fieldErrors = useFieldErrors();
  const required = [{ required: true, message: t('calendar.errors.required') }];
  const periods = [0, 1].map((i) => hours.periods[i] ?? { start: '', end: '' });

  const run = (values: Values | null) =>
    save.mutate(values, {
      onSuccess: () => void message.success(t('calendar.hoursForm.saved')),
      onError: (error) => form.setFields(fieldErrors(error) as Parameters<typeof form.setFields>[0]),
    });

  const time = (name: (string | number)[], label: string, testId: string) => (
    <Form.Item name={name} label={label} rules={required}>
      <TimeInput data-testid={testId} />
    </Form.Item>
  );

  return (
    <section aria-labelledby="calendar-hours-heading" className="panel">
      <h2 id="calendar-hours-heading" className="section-heading-small">
        {t('calendar.hoursForm.heading')}
      </h2>
      <Form<Values>
        form={form}
        layout="vertical"
        name="working-hours"
        className="calendar-form-grid"
        initialValues={{ periods, paperCutoff: hours.paperCutoff }}
        onFinish={(values) => run(values)}
      >
        {time(['periods', 0, 'start'], t('calendar.hoursForm.morningStart'), 'hours-morning-start')}
        {time(['periods', 0, 'end'], t('calendar.hoursForm.morningEnd'), 'hours-morning-end')}
        {time(['periods', 1, 'start'], t('calendar.hoursForm.afternoonStart'), 'hours-afternoon-start')}
        {time(['periods', 1, 'end'], t('calendar.hoursForm.afternoonEnd'), 'hours-afternoon-end')}
        {time(['paperCutoff'], t('calendar.hoursForm.cutoff'), 'hours-cutoff')}
        <Form.Item className="calendar-form-actions">
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending && save.variables !== null}>
              {t('calendar.hoursForm.submit')}
            </Button>
            {hours.custom ? (
              <Button onClick={() => run(null)} loading={save.isPending && save.variables === null}>
                {t('calendar.hoursForm.reset')}
              </Button>
            ) : null}
          </Space>
        </Form.Item>
      </Form>
      {save.isError && fieldErrors(save.error).length === 0 ? <ProblemAlert error={save.error} /> : null}
    </section>
  );
}
