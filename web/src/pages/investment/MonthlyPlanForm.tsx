/**
 * Kế hoạch giải ngân theo tháng: the owner plans what to pay in each month of the year, in whole đồng. The server
 * keeps the twelve months within the year's capital plan; the previous plan stays in the audit trail.
 */
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ProjectDetail, useSetMonthlyPlan } from './api';
import { useMoney } from './labels';

type Values = { months: string[] };

export function MonthlyPlanForm({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const money = useMoney();
  const [form] = Form.useForm<Values>();
  const save = useSetMonthlyPlan(detail.project.id);
  const initial = detail.monthlyPlan ?? Array.from({ length: 12 }, () => '0');
  return (
    <section aria-labelledby="monthly-plan-form" className="panel">
      <h2 id="monthly-plan-form" className="section-heading-small">
        {t('investment.monthlyPlan.heading', { year: detail.year })}
      </h2>
      <p className="muted">{t('investment.monthlyPlan.hint', { plan: money.bn(detail.totals.plan) })}</p>
      {save.isError ? <ProblemAlert error={save.error} testId="monthly-plan-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ months: initial }}
        onFinish={(values) =>
          save.mutate(
            { year: detail.year, months: values.months.map((m) => (m ?? '').replace(/[.\s]/g, '') || '0') },
            {
              onSuccess: () => void message.success(t('investment.monthlyPlan.saved')),
              onError: (error) =>
                form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
            },
          )
        }
        data-testid="monthly-plan-form"
      >
        <div className="month-grid">
          {initial.map((_, i) => (
            <Form.Item
              // biome-ignore lint/suspicious/noArrayIndexKey: the twelve months are fixed positions
              key={i}
              name={['months', i]}
              label={t('investment.monthlyPlan.month', { month: i + 1 })}
              rules={[
                { pattern: /^\d{1,3}([.\s]?\d{3})*$/, message: t('investment.payments.amountPattern') },
              ]}
            >
              <Input inputMode="numeric" maxLength={24} autoComplete="off" />
            </Form.Item>
          ))}
        </div>
        <Button htmlType="submit" loading={save.isPending}>
          {t('investment.monthlyPlan.save')}
        </Button>
      </Form>
    </section>
  );
}
