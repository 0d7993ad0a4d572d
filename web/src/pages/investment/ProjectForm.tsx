/**
 * Đăng ký, sửa dự án — the planning office registers a project or changes one, in a dialog: code, name, owner
 * (chủ đầu tư) and its unit, location, group, total approved investment in whole đồng, start and planned end.
 * The server refuses an end before the start, a code already used in the province, or a unit outside it, and
 * names the field; its message shows beside that field.
 */
import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { DateInput } from '../../components/DateInput';
import { FormDialog } from '../../components/FormDialog';
import type { Group, Project } from './api';
import { type ProjectBody, useSaveProject } from './forms-api';
import { useMoney } from './labels';

const GROUPS: Group[] = ['national', 'A', 'B', 'C'];
const AMOUNT = /^\d{1,3}([.\s]?\d{3})*$/;
const digits = (value: string) => value.replace(/[.\s]/g, '');

type Values = Omit<ProjectBody, 'note'> & { note: string };

type Props = { provinceCode: string; existing: Project | null; onClose: (saved?: Project) => void };

export function ProjectForm({ provinceCode, existing, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const money = useMoney();
  const [form] = Form.useForm<Values>();
  const save = useSaveProject(provinceCode, existing);
  const total = Form.useWatch('totalInvestment', form) ?? '';

  const submit = (v: Values) =>
    save.mutate(
      { ...v, totalInvestment: digits(v.totalInvestment), note: v.note?.trim() || null },
      {
        onSuccess: (saved) => {
          void message.success(t('investment.forms.saved'));
          onClose(saved);
        },
        onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );
  const required = { required: true, whitespace: true, message: t('investment.forms.required') };
  const unit = { required: true, pattern: /^(\d{2}|\d{5})$/, message: t('investment.forms.unitCode') };

  return (
    <FormDialog
      title={existing ? t('investment.forms.editProject') : t('investment.forms.newProject')}
      saveLabel={t('investment.forms.save')}
      saving={save.isPending}
      error={save.isError ? save.error : null}
      testId="project"
      onSave={() => form.submit()}
      onClose={() => onClose()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          code: existing?.code ?? '',
          name: existing?.name ?? '',
          ownerUnitCode: existing?.ownerUnitCode ?? provinceCode,
          ownerName: existing?.ownerName ?? '',
          unitCode: existing?.unitCode ?? provinceCode,
          group: existing?.group ?? 'C',
          totalInvestment: existing?.totalInvestment ?? '',
          startDate: existing?.startDate ?? '',
          plannedEndDate: existing?.plannedEndDate ?? '',
          ...(existing ? { status: existing.status } : {}),
          note: existing?.note ?? '',
        }}
        data-testid="project-form"
      >
        <div className="form-row">
          <Form.Item
            name="code"
            label={t('investment.project.code')}
            rules={[
              { required: true, pattern: /^[0-9A-Za-z.\-_/]{1,32}$/, message: t('investment.forms.code') },
            ]}
          >
            <Input maxLength={32} data-testid="project-code" />
          </Form.Item>
          <Form.Item name="group" label={t('investment.columns.group')}>
            <Select options={GROUPS.map((g) => ({ value: g, label: t(`investment.groups.${g}`) }))} />
          </Form.Item>
          {existing ? (
            <Form.Item name="status" label={t('investment.project.status')}>
              <Select
                options={(['active', 'completed', 'suspended'] as const).map((s) => ({
                  value: s,
                  label: t(`investment.status.${s}`),
                }))}
              />
            </Form.Item>
          ) : null}
        </div>
        <Form.Item name="name" label={t('investment.columns.project')} rules={[required]}>
          <Input.TextArea maxLength={500} autoSize data-testid="project-name" />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="ownerName" label={t('investment.columns.owner')} rules={[required]}>
            <Input maxLength={300} data-testid="project-owner" />
          </Form.Item>
          <Form.Item name="ownerUnitCode" label={t('investment.forms.ownerUnit')} rules={[unit]}>
            <Input maxLength={5} data-testid="project-owner-unit" />
          </Form.Item>
          <Form.Item name="unitCode" label={t('investment.forms.location')} rules={[unit]}>
            <Input maxLength={5} data-testid="project-unit" />
          </Form.Item>
        </div>
        <Form.Item
          name="totalInvestment"
          label={t('investment.forms.totalDong')}
          extra={
            AMOUNT.test(total)
              ? t('investment.payments.inBillions', { bn: money.bn(digits(total)) })
              : undefined
          }
          rules={[
            { required: true, message: t('investment.forms.required') },
            { pattern: AMOUNT, message: t('investment.payments.amountPattern') },
          ]}
        >
          <Input inputMode="numeric" maxLength={24} autoComplete="off" data-testid="project-total" />
        </Form.Item>
        <div className="form-row">
          <Form.Item
            name="startDate"
            label={t('investment.project.start')}
            rules={[{ required: true, message: t('investment.payments.dateRequired') }]}
          >
            <DateInput data-testid="project-start" />
          </Form.Item>
          <Form.Item
            name="plannedEndDate"
            label={t('investment.project.plannedEnd')}
            dependencies={['startDate']}
            rules={[
              { required: true, message: t('investment.payments.dateRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  value && value < (getFieldValue('startDate') as string)
                    ? Promise.reject(new Error(t('investment.forms.endBeforeStart')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <DateInput data-testid="project-end" />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('investment.payments.note')}>
          <Input.TextArea maxLength={2000} autoSize />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
