/**
 * Giao kế hoạch vốn — the planning office sets a project's capital plan for a year and a source (central budget,
 * local budget, national target programmes), with the allocation decision. Setting a source again replaces its
 * amount; the server refuses a plan below what was already paid from that source and says so.
 */
import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ProjectDetail, SOURCES, type Source } from './api';
import { useSetCapitalPlan } from './forms-api';
import { useMoney } from './labels';

type Values = { year: number; source: Source; amount: string; decisionRef: string };
const AMOUNT = /^\d{1,3}([.\s]?\d{3})*$/;
const digits = (value: string) => value.replace(/[.\s]/g, '');

export function CapitalPlanForm({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const money = useMoney();
  const [form] = Form.useForm<Values>();
  const set = useSetCapitalPlan(detail.project.id);
  const amount = Form.useWatch('amount', form) ?? '';

  const submit = (v: Values) =>
    set.mutate(
      {
        year: v.year,
        source: v.source,
        amount: digits(v.amount),
        decisionRef: v.decisionRef?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('investment.forms.saved'));
          form.resetFields(['amount', 'decisionRef']);
        },
        onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );

  return (
    <section aria-labelledby="capital-plan-form" className="panel">
      <h2 id="capital-plan-form" className="section-heading-small">
        {t('investment.forms.capitalPlan')}
      </h2>
      {set.isError ? <ProblemAlert error={set.error} testId="capital-plan-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year: detail.year, source: 'local_budget', amount: '', decisionRef: '' }}
        data-testid="capital-plan-form"
      >
        <div className="form-row">
          <Form.Item
            name="year"
            label={t('investment.year')}
            rules={[
              { required: true, type: 'integer', min: 2000, max: 2100, message: t('investment.forms.year') },
            ]}
          >
            <InputNumber className="full-width" data-testid="capital-plan-year" />
          </Form.Item>
          <Form.Item name="source" label={t('investment.columns.source')}>
            <Select
              options={SOURCES.map((s) => ({ value: s, label: t(`investment.sources.${s}`) }))}
              data-testid="capital-plan-source"
            />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item
            name="amount"
            label={t('investment.project.amountDong')}
            extra={
              AMOUNT.test(amount)
                ? t('investment.payments.inBillions', { bn: money.bn(digits(amount)) })
                : undefined
            }
            rules={[
              { required: true, message: t('investment.payments.amountRequired') },
              { pattern: AMOUNT, message: t('investment.payments.amountPattern') },
            ]}
          >
            <Input inputMode="numeric" maxLength={24} autoComplete="off" data-testid="capital-plan-amount" />
          </Form.Item>
          <Form.Item name="decisionRef" label={t('investment.project.decision')}>
            <Input maxLength={300} data-testid="capital-plan-decision" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={set.isPending} data-testid="capital-plan-submit">
          {t('investment.forms.save')}
        </Button>
      </Form>
    </section>
  );
}
