/**
 * Set or correct a year of the national calendar (a system administrator with national scope): the year's
 * notices and every day off and make-up working day they fix, prefilled from the year as it reads now (from its
 * notices, or from the Labour Code rules for a year without one). The server's field errors land on the fields.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type NationalYearInput, useSetNationalYear, type YearView } from './api';
import { useFieldErrors } from './errors';

type Values = NationalYearInput;

function initialValues(view: YearView): Values {
  return {
    notices: view.notices
      .filter((n) => n.provinceCode === null)
      .map((n) => ({ number: n.number, issued: n.issued, issuer: n.issuer, covers: n.covers })),
    days: [
      ...view.daysOff
        .filter((d) => d.kind !== 'local')
        .map((d) => ({
          date: d.date,
          kind: 'day_off' as const,
          reason: d.kind as 'holiday' | 'compensatory' | 'swapped',
          name: d.name,
          notice: d.notice,
          source: d.source,
          provisional: d.provisional,
        })),
      ...view.makeUpWorkdays.map((d) => ({
        date: d.date,
        kind: 'make_up_workday' as const,
        reason: null,
        name: d.name,
        notice: d.notice,
        source: d.source,
        provisional: d.provisional,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export function NationalYearDrawer({ year, view }: { year: number; view: YearView | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <>
      <Button
        icon={<EditOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        disabled={!view}
        data-testid="year-form-open"
      >
        {t('calendar.yearForm.open', { year })}
      </Button>
      {open && view ? (
        <Drawer
          open
          onClose={() => setOpen(false)}
          title={t('calendar.yearForm.heading', { year })}
          size={wide ? 760 : '100%'}
          closable={{ 'aria-label': t('common.close') }}
          data-testid="year-form"
        >
          <YearForm year={year} view={view} onDone={() => setOpen(false)} />
        </Drawer>
      ) : null}
    </>
  );
}

function YearForm({ year, view, onDone }: { year: number; view: YearView; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetNationalYear(year);
  const fieldErrors = useFieldErrors();
  const notices = Form.useWatch('notices', form) ?? [];
  const days = Form.useWatch('days', form) ?? [];
  const required = [{ required: true, whitespace: true, message: t('calendar.errors.required') }];
  const noticeOptions = notices
    .map((n) => n?.number?.trim())
    .filter((n): n is string => Boolean(n))
    .map((n) => ({ value: n, label: n }));

  const submit = (values: Values) =>
    save.mutate(
      {
        notices: (values.notices ?? []).map((n) => ({
          ...n,
          number: n.number?.trim() || null,
          issued: n.issued || null,
        })),
        days: (values.days ?? []).map((d) => ({
          ...d,
          reason: d.kind === 'day_off' ? (d.reason ?? null) : null,
          notice: d.notice || null,
          source: d.source?.trim() || null,
          provisional: Boolean(d.provisional),
        })),
      },
      {
        onSuccess: () => {
          void message.success(t('calendar.yearForm.saved', { year }));
          onDone();
        },
        onError: (error) => form.setFields(fieldErrors(error) as Parameters<typeof form.setFields>[0]),
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="national-year"
      initialValues={initialValues(view)}
      onFinish={submit}
    >
      <p className="drawer-lead">{t('calendar.yearForm.help')}</p>
      {save.isError ? (
        fieldErrors(save.error).length > 0 ? (
          <Alert type="error" showIcon title={t('calendar.yearForm.fixErrors')} className="problem-alert" />
        ) : (
          <ProblemAlert error={save.error} />
        )
      ) : null}
      <h3 className="drawer-subheading">{t('calendar.yearForm.notices')}</h3>
      <Form.List name="notices">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="calendar-row">
                <legend>{t('calendar.yearForm.noticeLegend', { index: index + 1 })}</legend>
                <div className="calendar-form-grid">
                  <Form.Item name={[field.name, 'number']} label={t('calendar.yearForm.number')}>
                    <Input maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'issued']} label={t('calendar.yearForm.issued')}>
                    <DateInput />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'issuer']}
                    label={t('calendar.yearForm.issuer')}
                    rules={required}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'covers']}
                    label={t('calendar.yearForm.covers')}
                    rules={required}
                    className="calendar-form-wide"
                  >
                    <Input.TextArea maxLength={1000} autoSize />
                  </Form.Item>
                </div>
                <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                  {t('calendar.yearForm.removeNotice', { index: index + 1 })}
                </Button>
              </fieldset>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ issuer: '', covers: '' })}>
              {t('calendar.yearForm.addNotice')}
            </Button>
          </>
        )}
      </Form.List>

      <h3 className="drawer-subheading">{t('calendar.yearForm.days')}</h3>
      <Form.List name="days">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="calendar-row">
                <legend>{t('calendar.yearForm.dayLegend', { index: index + 1 })}</legend>
                <div className="calendar-form-grid">
                  <Form.Item name={[field.name, 'date']} label={t('calendar.yearForm.date')} rules={required}>
                    <DateInput />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} label={t('calendar.yearForm.kind')} rules={required}>
                    <Select
                      options={(['day_off', 'make_up_workday'] as const).map((k) => ({
                        value: k,
                        label: t(`calendar.yearForm.kinds.${k}`),
                      }))}
                    />
                  </Form.Item>
                  {days[index]?.kind !== 'make_up_workday' ? (
                    <Form.Item
                      name={[field.name, 'reason']}
                      label={t('calendar.yearForm.reason')}
                      rules={required}
                    >
                      <Select
                        options={(['holiday', 'compensatory', 'swapped'] as const).map((k) => ({
                          value: k,
                          label: t(`calendar.kind.${k}`),
                        }))}
                      />
                    </Form.Item>
                  ) : null}
                  <Form.Item name={[field.name, 'name']} label={t('calendar.yearForm.name')} rules={required}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'notice']} label={t('calendar.yearForm.notice')}>
                    <Select allowClear options={noticeOptions} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'source']}
                    label={t('calendar.yearForm.source')}
                    className="calendar-form-wide"
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'provisional']} valuePropName="checked">
                    <Checkbox>{t('calendar.yearForm.provisional')}</Checkbox>
                  </Form.Item>
                </div>
                <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                  {t('calendar.yearForm.removeDay', { index: index + 1 })}
                </Button>
              </fieldset>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ date: `${year}-01-01`, kind: 'day_off', reason: 'holiday', name: '' })}
            >
              {t('calendar.yearForm.addDay')}
            </Button>
          </>
        )}
      </Form.List>

      <Space wrap className="calendar-drawer-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="year-form-save">
          {t('calendar.yearForm.save')}
        </Button>
        <Button onClick={onDone}>{t('calendar.yearForm.cancel')}</Button>
      </Space>
    </Form>
  );
}
