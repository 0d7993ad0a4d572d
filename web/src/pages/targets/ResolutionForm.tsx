/**
 * Nhập, sửa nghị quyết — the planning office enters a resolution or changes its particulars, in a dialog. The
 * server checks the same rules (years 2000–2100, a term of at most 10 years, a report deadline of 0–60 working
 * days, no year left out that a target is due in) and names the field; its message shows beside that field.
 */
import { App, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import type { Resolution } from './api';
import { type ResolutionBody, useSaveResolution } from './forms-api';

type Values = Omit<ResolutionBody, 'term' | 'note'> & { provinceCode: string; term: string; note: string };

type Props = {
  existing: Resolution | null;
  /** Provinces the user may choose for a new resolution (code and name). */
  provinces: Array<{ code: string; name: string }>;
  onClose: (saved?: Resolution) => void;
};

export function ResolutionForm({ existing, provinces, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveResolution(existing);
  const thisYear = new Date().getFullYear();

  const submit = (v: Values) =>
    save.mutate(
      { ...v, term: v.term?.trim() || null, note: v.note?.trim() || null },
      {
        onSuccess: (saved) => {
          void message.success(t('targets.forms.saved'));
          onClose(saved);
        },
        onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );

  const required = { required: true, whitespace: true, message: t('targets.forms.required') };
  const year = { type: 'integer' as const, min: 2000, max: 2100, message: t('targets.forms.yearRange') };
  return (
    <FormDialog
      title={existing ? t('targets.forms.editResolution') : t('targets.forms.newResolution')}
      saveLabel={t('targets.forms.save')}
      saving={save.isPending}
      error={save.isError ? save.error : null}
      testId="resolution"
      onSave={() => form.submit()}
      onClose={() => onClose()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          provinceCode: existing?.provinceCode ?? provinces[0]?.code,
          body: existing?.body ?? 'people_council',
          issuerName: existing?.issuerName ?? '',
          number: existing?.number ?? '',
          title: existing?.title ?? '',
          issuedOn: existing?.issuedOn ?? '',
          term: existing?.term ?? '',
          fromYear: existing?.fromYear ?? thisYear,
          toYear: existing?.toYear ?? thisYear,
          reportDueWorkingDays: existing?.reportDueWorkingDays ?? 5,
          note: existing?.note ?? '',
        }}
        data-testid="resolution-form"
      >
        <div className="form-row">
          <Form.Item
            name="provinceCode"
            label={t('targets.resolution.province')}
            rules={[{ required: true }]}
          >
            <Select
              disabled={existing !== null}
              options={provinces.map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` }))}
              data-testid="resolution-province-select"
            />
          </Form.Item>
          <Form.Item name="body" label={t('targets.forms.body')} rules={[{ required: true }]}>
            <Select
              options={(['party_committee', 'people_council', 'people_committee'] as const).map((b) => ({
                value: b,
                label: t(`targets.forms.bodies.${b}`),
              }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="issuerName" label={t('targets.resolution.issuer')} rules={[required]}>
          <Input maxLength={300} data-testid="resolution-issuer" />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="number" label={t('targets.resolution.number')} rules={[required]}>
            <Input maxLength={100} data-testid="resolution-number" />
          </Form.Item>
          <Form.Item
            name="issuedOn"
            label={t('targets.resolution.issuedOn')}
            rules={[{ required: true, message: t('targets.forms.dateRequired') }]}
          >
            <DateInput data-testid="resolution-issued-on" />
          </Form.Item>
        </div>
        <Form.Item name="title" label={t('targets.forms.title')} rules={[required]}>
          <Input.TextArea maxLength={500} autoSize data-testid="resolution-title-input" />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="term" label={t('targets.resolution.term')}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="fromYear" label={t('targets.forms.fromYear')} rules={[{ required: true }, year]}>
            <InputNumber className="full-width" data-testid="resolution-from-year" />
          </Form.Item>
          <Form.Item
            name="toYear"
            label={t('targets.forms.toYear')}
            dependencies={['fromYear']}
            rules={[
              { required: true },
              year,
              ({ getFieldValue }) => ({
                validator: (_, value: number) => {
                  const from = getFieldValue('fromYear') as number;
                  if (value < from) return Promise.reject(new Error(t('targets.forms.toBeforeFrom')));
                  if (value - from > 10) return Promise.reject(new Error(t('targets.forms.termTooLong')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber className="full-width" data-testid="resolution-to-year" />
          </Form.Item>
          <Form.Item
            name="reportDueWorkingDays"
            label={t('targets.forms.reportDue')}
            rules={[{ type: 'integer', min: 0, max: 60, message: t('targets.forms.reportDueRange') }]}
          >
            <InputNumber className="full-width" />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('targets.forms.note')}>
          <Input.TextArea maxLength={2000} autoSize />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
