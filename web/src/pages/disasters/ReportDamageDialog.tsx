/**
 * A commune officer's damage report (Joint Circular 43/2015 art. 7): every indicator by group, prefilled with the
 * commune's latest figures so a revision changes only what firmed up; the estimated value; "initial figures".
 */
import { Checkbox, DatePicker, Form, Input, InputNumber, message } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { FormDialog } from '../../components/FormDialog';
import { useFormat } from '../../i18n/format';
import { todayInVietnam } from '../../layout/dates';
import { type Catalogue, type EventDetail, type Indicator, useReportDamage } from './api';

type Values = {
  reportedOn: dayjs.Dayjs;
  estimatedValue: number | null;
  initial: boolean;
  note?: string;
} & Record<string, unknown>;

export function ReportDamageDialog({
  eventId,
  line,
  startedOn,
  indicators,
  groups,
  onClose,
}: {
  eventId: string;
  line: EventDetail['lines'][number];
  startedOn: string;
  indicators: Indicator[];
  groups: Catalogue['groups'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const en = format.language === 'en';
  const [form] = Form.useForm<Values>();
  const save = useReportDamage(eventId);
  const latest = line.latest;
  const initialValues = {
    reportedOn: dayjs(todayInVietnam()),
    estimatedValue: latest ? Number(latest.estimatedValue) : null,
    initial: latest ? latest.initial : true,
    note: '',
    ...Object.fromEntries(indicators.map((x) => [`f_${x.code}`, latest?.values[x.code] ?? 0])),
  };
  const submit = async () => {
    const v = await form.validateFields();
    const figures: Record<string, number> = {};
    for (const x of indicators) {
      const n = Number(v[`f_${x.code}`] ?? 0);
      if (n > 0) figures[x.code] = n;
    }
    save.mutate(
      {
        unitCode: line.unitCode,
        revises: latest?.revision ?? 0,
        reportedOn: v.reportedOn.format('YYYY-MM-DD'),
        figures,
        estimatedValue: String(Math.round(v.estimatedValue ?? 0)),
        initial: v.initial,
        note: v.note?.trim() ? v.note : null,
      },
      {
        onSuccess: (r) => {
          void message.success(t('disasters.report.saved', { revision: r.revision }));
          onClose();
        },
        onError: (error) =>
          form.setFields(
            formFieldErrors(error).map((f) =>
              f.name[0] === 'figures' ? { ...f, name: [`f_${String(f.name[1])}`] } : f,
            ) as never,
          ),
      },
    );
  };
  const commune = en ? (line.nameEn ?? line.name) : line.name;
  return (
    <FormDialog
      title={t('disasters.report.title', { commune })}
      saveLabel={t('disasters.report.save')}
      saving={save.isPending}
      error={save.error}
      testId="damage"
      width={820}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <p className="muted">{t('disasters.report.hint')}</p>
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid="damage-form">
        <Form.Item name="reportedOn" label={t('disasters.report.reportedOn')} rules={[{ required: true }]}>
          <DatePicker
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d) => d.isBefore(dayjs(startedOn)) || d.isAfter(dayjs(todayInVietnam()))}
          />
        </Form.Item>
        {groups.map((g) => (
          <fieldset key={g.code} className="damage-group">
            <legend>{`${g.letter}. ${t(`disasters.groups.${g.code}`)}`}</legend>
            <div className="damage-grid">
              {indicators
                .filter((x) => x.group === g.code)
                .map((x) => (
                  <Form.Item
                    key={x.code}
                    name={`f_${x.code}`}
                    label={`${en ? x.en : x.vi} (${x.unit[en ? 'en' : 'vi']})`}
                  >
                    <InputNumber
                      min={0}
                      precision={x.decimals}
                      step={x.decimals ? 0.1 : 1}
                      decimalSeparator={en ? '.' : ','}
                      className="full-width"
                      data-testid={`damage-${x.code}`}
                    />
                  </Form.Item>
                ))}
            </div>
          </fieldset>
        ))}
        <Form.Item name="estimatedValue" label={t('disasters.report.value')} rules={[{ required: true }]}>
          <InputNumber
            min={0}
            className="full-width"
            formatter={(v) =>
              v === undefined || v === null || String(v) === '' ? '' : format.count(Number(v))
            }
            parser={(v) => Number((v ?? '').replace(/[^\d]/g, '')) as never}
            data-testid="damage-value"
          />
        </Form.Item>
        <Form.Item name="initial" valuePropName="checked">
          <Checkbox data-testid="damage-initial">{t('disasters.report.initial')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('disasters.report.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
