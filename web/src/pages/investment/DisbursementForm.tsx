/**
 * Ghi nhận giải ngân: the owner records a payment. The server refuses a date outside the plan year's window or in
 * the future, a source without a plan, a voucher already counted, or a payment above the plan without a note, and
 * names the field; the form shows each message beside its field.
 */
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { DateInput } from '../../components/DateInput';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ProjectDetail, type Source, useRecordDisbursement } from './api';
import { useMoney } from './labels';

type Values = { source: Source; disbursedOn: string; amount: string; voucherNo: string; note: string };

export function DisbursementForm({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const money = useMoney();
  const [form] = Form.useForm<Values>();
  const record = useRecordDisbursement(detail.project.id);
  const sources = detail.bySource.filter((s) => s.plan !== '0');
  const amount = Form.useWatch('amount', form) ?? '';

  const submit = (values: Values) => {
    record.mutate(
      {
        planYear: detail.year,
        source: values.source,
        disbursedOn: values.disbursedOn,
        amount: values.amount.replace(/[.\s]/g, ''),
        voucherNo: values.voucherNo?.trim() || null,
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('investment.payments.saved'));
          form.resetFields(['amount', 'voucherNo', 'note']);
        },
        onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );
  };

  return (
    <section aria-labelledby="payment-form" className="panel">
      <h2 id="payment-form" className="section-heading-small">
        {t('investment.payments.formHeading', { year: detail.year })}
      </h2>
      {sources.length === 0 ? (
        <Alert type="info" showIcon title={t('investment.payments.noPlan', { year: detail.year })} />
      ) : (
        <>
          <p className="muted">
            {sources
              .map((s) =>
                t('investment.payments.planLeft', {
                  source: t(`investment.sources.${s.source}`),
                  plan: money.bn(s.plan),
                  paid: money.bn(s.paid),
                }),
              )
              .join(' · ')}
          </p>
          {record.isError ? <ProblemAlert error={record.error} testId="payment-error" /> : null}
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{
              source: sources[0]?.source,
              disbursedOn: '',
              amount: '',
              voucherNo: '',
              note: '',
            }}
            data-testid="payment-form"
          >
            <div className="form-row">
              <Form.Item name="source" label={t('investment.columns.source')} rules={[{ required: true }]}>
                <Select
                  options={sources.map((s) => ({
                    value: s.source,
                    label: t(`investment.sources.${s.source}`),
                  }))}
                  data-testid="payment-source"
                />
              </Form.Item>
              <Form.Item
                name="disbursedOn"
                label={t('investment.payments.date')}
                rules={[{ required: true, message: t('investment.payments.dateRequired') }]}
              >
                <DateInput data-testid="payment-date" />
              </Form.Item>
            </div>
            <Form.Item
              name="amount"
              label={t('investment.payments.amount')}
              extra={
                /^\d[\d.\s]*$/.test(amount)
                  ? t('investment.payments.inBillions', { bn: money.bn(amount.replace(/[.\s]/g, '')) })
                  : undefined
              }
              rules={[
                { required: true, message: t('investment.payments.amountRequired') },
                { pattern: /^\d{1,3}([.\s]?\d{3})*$/, message: t('investment.payments.amountPattern') },
              ]}
            >
              <Input inputMode="numeric" maxLength={24} autoComplete="off" data-testid="payment-amount" />
            </Form.Item>
            <div className="form-row">
              <Form.Item name="voucherNo" label={t('investment.payments.voucher')}>
                <Input maxLength={64} autoComplete="off" data-testid="payment-voucher" />
              </Form.Item>
              <Form.Item
                name="note"
                label={t('investment.payments.note')}
                extra={t('investment.payments.noteHint')}
              >
                <Input maxLength={2000} data-testid="payment-note" />
              </Form.Item>
            </div>
            <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="payment-submit">
              {t('investment.payments.submit')}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}
