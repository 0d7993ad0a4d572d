/**
 * The province approves a commune's posts per job position; a commune keeps its facilities (issue 21 §1). Each
 * change is dated (effective from), read back and confirmed, then shown on the page from that day on.
 */
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useConfirmedSave } from '../../components/confirmed-save';
import { FormDialog } from '../../components/FormDialog';
import { useFormat } from '../../i18n/format';
import { todayInVietnam } from '../../layout/dates';
import {
  type Catalogue,
  CONDITIONS,
  type CommuneView,
  type Condition,
  useSetFacility,
  useSetQuota,
} from './api';

type Named = { vi: string; en: string };

/** The shared parts of a staffing form: the commune's name, labels in the reader's language, the date field. */
export function useStaffingForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const en = format.language === 'en';
  const name = (x: Named | undefined, fallback = '') => (x ? (en ? x.en : x.vi) : fallback);
  const required = (field: string) => [{ required: true, message: t('communesEdit.required', { field }) }];
  const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  return { t, format, en, name, required, iso };
}

export function ValidFromField({ name = 'validFrom', label }: { name?: string; label?: string }) {
  const { t, required } = useStaffingForm();
  const text = label ?? t('communesEdit.validFrom');
  return (
    <Form.Item name={name} label={text} rules={required(text)} extra={t('communesEdit.validFromHint')}>
      <DatePicker format="DD/MM/YYYY" allowClear={false} data-testid={`field-${name}`} />
    </Form.Item>
  );
}

const communeName = (c: CommuneView, en: boolean) => (en ? (c.nameEn ?? c.name) : c.name);

export function QuotaDialog({
  commune,
  catalogue,
  line,
  onClose,
}: {
  commune: CommuneView;
  catalogue: Catalogue;
  line: CommuneView['positions'][number] | null;
  onClose: () => void;
}) {
  const { t, format, en, name, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useSetQuota(commune.unitCode);
  const confirm = useConfirmedSave();
  const agencyName = (id: string) => {
    const a = commune.agencies.find((x) => x.id === id);
    return a ? (en ? (a.nameEn ?? a.name) : a.name) : '';
  };
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      agencyId: v.agencyId,
      jobPosition: v.jobPosition,
      posts: v.posts,
      decisionRef: v.decisionRef?.trim() ? v.decisionRef : null,
      validFrom: iso(v.validFrom),
    };
    const job = name(catalogue.jobPositions.find((j) => j.code === body.jobPosition));
    confirm({
      summary: t('communesEdit.quota.summary', {
        job,
        agency: agencyName(body.agencyId),
        posts: format.count(body.posts),
        day: format.day(body.validFrom),
      }),
      testId: 'quota',
      form,
      input: body,
      save: save.mutateAsync,
      saved: (r) => t('communesEdit.saved', { day: format.day(r.validFrom) }),
      done: () => onClose(),
    });
  };
  return (
    <FormDialog
      title={t('communesEdit.quota.title', { commune: communeName(commune, en) })}
      saveLabel={t('communesEdit.quota.save')}
      saving={save.isPending}
      error={save.error}
      testId="quota"
      onSave={() => void submit().catch(() => undefined)}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="quota-form"
        initialValues={{
          agencyId: line?.agencyId ?? commune.agencies[0]?.id,
          jobPosition: line?.jobPosition,
          posts: line?.quota ?? 0,
          decisionRef: line?.decisionRef ?? '',
          validFrom: dayjs(todayInVietnam()),
        }}
      >
        <Form.Item
          name="agencyId"
          label={t('staffing.columns.agency')}
          rules={required(t('staffing.columns.agency'))}
        >
          <Select
            options={commune.agencies.map((a) => ({
              value: a.id,
              label: en ? (a.nameEn ?? a.name) : a.name,
            }))}
            disabled={Boolean(line)}
          />
        </Form.Item>
        <Form.Item
          name="jobPosition"
          label={t('staffing.columns.job')}
          rules={required(t('staffing.columns.job'))}
        >
          <Select
            showSearch
            optionFilterProp="label"
            disabled={Boolean(line)}
            options={catalogue.jobPositions.map((j) => ({ value: j.code, label: name(j) }))}
            data-testid="quota-job"
          />
        </Form.Item>
        <Form.Item
          name="posts"
          label={t('communesEdit.quota.posts')}
          rules={required(t('communesEdit.quota.posts'))}
        >
          <InputNumber min={0} max={1000} precision={0} data-testid="quota-posts" />
        </Form.Item>
        <Form.Item name="decisionRef" label={t('communesEdit.quota.decisionRef')}>
          <Input maxLength={300} data-testid="quota-decision" />
        </Form.Item>
        <ValidFromField />
      </Form>
    </FormDialog>
  );
}

export function FacilityDialog({
  commune,
  catalogue,
  line,
  onClose,
}: {
  commune: CommuneView;
  catalogue: Catalogue;
  line: CommuneView['facilities'][number] | null;
  onClose: () => void;
}) {
  const { t, format, en, name, required, iso } = useStaffingForm();
  const [form] = Form.useForm();
  const save = useSetFacility(commune.unitCode);
  const confirm = useConfirmedSave();
  const item = Form.useWatch('item', form) as string | undefined;
  const unit = catalogue.facilityItems.find((i) => i.code === item)?.unit;
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      item: v.item as string,
      quantity: v.quantity as number,
      condition: v.condition as Condition,
      note: v.note?.trim() ? (v.note as string) : null,
      validFrom: iso(v.validFrom),
    };
    const found = catalogue.facilityItems.find((i) => i.code === body.item);
    confirm({
      summary: t('communesEdit.facility.summary', {
        item: name(found),
        quantity: format.count(body.quantity),
        unit: name(found?.unit),
        condition: t(`staffing.conditions.${body.condition}`),
        day: format.day(body.validFrom),
      }),
      testId: 'facility',
      form,
      input: body,
      save: save.mutateAsync,
      saved: (r) => t('communesEdit.saved', { day: format.day(r.validFrom) }),
      done: () => onClose(),
    });
  };
  const quantityLabel = `${t('communesEdit.facility.quantity')}${unit ? ` (${name(unit)})` : ''}`;
  return (
    <FormDialog
      title={t('communesEdit.facility.title', { commune: communeName(commune, en) })}
      saveLabel={t('communesEdit.facility.save')}
      saving={save.isPending}
      error={save.error}
      testId="facility"
      onSave={() => void submit().catch(() => undefined)}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="facility-form"
        initialValues={{
          item: line?.item,
          quantity: line?.quantity ?? 0,
          condition: line?.condition ?? 'good',
          note: line?.note ?? '',
          validFrom: dayjs(todayInVietnam()),
        }}
      >
        <Form.Item
          name="item"
          label={t('staffing.columns.item')}
          rules={required(t('staffing.columns.item'))}
        >
          <Select
            showSearch
            optionFilterProp="label"
            disabled={Boolean(line)}
            options={catalogue.facilityItems.map((i) => ({ value: i.code, label: name(i) }))}
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={quantityLabel}
          rules={required(t('communesEdit.facility.quantity'))}
        >
          <InputNumber min={0} max={100000} precision={0} data-testid="facility-quantity" />
        </Form.Item>
        <Form.Item
          name="condition"
          label={t('staffing.columns.condition')}
          rules={required(t('staffing.columns.condition'))}
        >
          <Select
            options={CONDITIONS.map((c) => ({ value: c, label: t(`staffing.conditions.${c}`) }))}
            data-testid="facility-condition"
          />
        </Form.Item>
        <Form.Item name="note" label={t('communesEdit.facility.note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="facility-note" />
        </Form.Item>
        <ValidFromField />
      </Form>
    </FormDialog>
  );
}
