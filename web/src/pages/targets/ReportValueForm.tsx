/**
 * Báo cáo số liệu: the responsible agency reports a value for a period, changes one not yet approved (sending its
 * version), or corrects a locked one with a reason. The server checks everything again and names the wrong field.
 */
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PERIODS, type Period, type TargetDetail, useReportValue } from './api';
import { useTargetLabels } from './labels';

type Values = {
  year: number;
  period: Period;
  value: string;
  source: string;
  note: string;
  correctionReason: string;
};

export function ReportValueForm({ detail }: { detail: TargetDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useTargetLabels();
  const [form] = Form.useForm<Values>();
  const report = useReportValue(detail.target.id);
  const year = Form.useWatch('year', form);
  const period = Form.useWatch('period', form);
  const current = detail.periods.find((p) => p.year === year && p.period === period)?.current ?? null;
  const years: number[] = [];
  for (let y = detail.target.dueYear; y >= detail.resolution.fromYear - 1; y--) years.push(y);
  const thisYear = new Date().getFullYear();

  const submit = (values: Values) => {
    report.mutate(
      {
        year: values.year,
        period: values.period,
        value: values.value.trim().replace(',', '.'),
        source: values.source,
        note: values.note?.trim() || null,
        ...(current?.status === 'locked' ? { correctionReason: values.correctionReason } : {}),
        ...(current && (current.status === 'reported' || current.status === 'returned')
          ? { version: current.version }
          : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('targets.form.saved'));
          form.resetFields(['value', 'note', 'correctionReason']);
        },
        onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );
  };

  return (
    <section aria-labelledby="report-value" className="panel">
      <h3 id="report-value" className="drawer-heading">
        {t('targets.form.heading')}
      </h3>
      {current ? (
        <Alert
          type={current.status === 'approved' ? 'warning' : 'info'}
          showIcon
          className="problem-alert"
          title={t(`targets.form.current.${current.status}`, { value: labels.number(current.value) })}
          data-testid="report-current"
        />
      ) : null}
      {report.isError ? <ProblemAlert error={report.error} testId="report-error" /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          year: Math.min(thisYear, detail.target.dueYear),
          period: 'Y',
          value: '',
          source: '',
          note: '',
          correctionReason: '',
        }}
        data-testid="report-form"
      >
        <div className="form-row">
          <Form.Item name="year" label={t('targets.period.year')} rules={[{ required: true }]}>
            <Select options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="report-year" />
          </Form.Item>
          <Form.Item name="period" label={t('targets.period.label')} rules={[{ required: true }]}>
            <Select
              options={[...PERIODS].reverse().map((p) => ({ value: p, label: labels.period(p) }))}
              data-testid="report-period"
            />
          </Form.Item>
        </div>
        <Form.Item
          name="value"
          label={t('targets.form.value', { unit: detail.target.unitOfMeasure })}
          rules={[
            { required: true, message: t('targets.form.valueRequired') },
            { pattern: /^-?\d+([.,]\d{1,4})?$/, message: t('targets.form.valuePattern') },
          ]}
        >
          <Input inputMode="decimal" maxLength={24} autoComplete="off" data-testid="report-value" />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('targets.form.source')}
          rules={[{ required: true, whitespace: true, message: t('targets.form.sourceRequired') }]}
        >
          <Input
            maxLength={500}
            placeholder={t('targets.form.sourcePlaceholder')}
            data-testid="report-source"
          />
        </Form.Item>
        <Form.Item name="note" label={t('targets.form.note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {current?.status === 'locked' ? (
          <Form.Item
            name="correctionReason"
            label={t('targets.form.correctionReason')}
            rules={[{ required: true, whitespace: true, message: t('targets.form.correctionRequired') }]}
          >
            <Input.TextArea
              maxLength={2000}
              autoSize={{ minRows: 2, maxRows: 5 }}
              data-testid="report-correction"
            />
          </Form.Item>
        ) : null}
        <Button
          type="primary"
          htmlType="submit"
          loading={report.isPending}
          disabled={current?.status === 'approved'}
          data-testid="report-submit"
        >
          {current?.status === 'locked' ? t('targets.form.correct') : t('targets.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
