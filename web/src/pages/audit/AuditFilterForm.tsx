/** The audit filters: exact entity type, entity id and action (known values offered), and a date range. */
import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, KNOWN_ACTIONS, KNOWN_ENTITY_TYPES } from './api';
import { useAuditLabels } from './labels';

type Values = { entityType: string; entityId: string; action: string; from: Dayjs | null; to: Dayjs | null };

function toValues(filters: AuditFilters): Values {
  const date = (value: string) => (value ? dayjs(value) : null);
  return { ...filters, from: date(filters.from), to: date(filters.to) };
}

const EMPTY: AuditFilters = { entityType: '', entityId: '', action: '', from: '', to: '' };

export function AuditFilterForm({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (f: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [form] = Form.useForm<Values>();
  const dateFormat = t('audit.dateFormat');
  // The address changed (back, forward, a link from an account): show its filters.
  const shown = JSON.stringify(filters);
  useEffect(() => form.setFieldsValue(toValues(JSON.parse(shown) as AuditFilters)), [form, shown]);

  return (
    <section aria-labelledby="audit-filters" className="filter-panel">
      <h2 id="audit-filters" className="section-heading-small">
        {t('audit.filters')}
      </h2>
      <Form<Values>
        form={form}
        layout="vertical"
        className="filter-grid"
        initialValues={toValues(filters)}
        onFinish={(values) =>
          onApply({
            entityType: values.entityType ?? '',
            entityId: values.entityId ?? '',
            action: values.action ?? '',
            from: values.from ? values.from.format('YYYY-MM-DD') : '',
            to: values.to ? values.to.format('YYYY-MM-DD') : '',
          })
        }
        data-testid="audit-filters"
      >
        {/* Known values offered by the browser's own suggestion list; any other value is accepted too. */}
        <datalist id="audit-entity-types">
          {KNOWN_ENTITY_TYPES.map((value) => (
            <option key={value} value={value}>
              {labels.entityType(value)}
            </option>
          ))}
        </datalist>
        <datalist id="audit-actions">
          {KNOWN_ACTIONS.map((value) => (
            <option key={value} value={value}>
              {labels.action(value)}
            </option>
          ))}
        </datalist>
        <Form.Item name="entityType" label={t('audit.entityType')}>
          <Input
            list="audit-entity-types"
            maxLength={64}
            autoComplete="off"
            data-testid="audit-entity-type"
          />
        </Form.Item>
        <Form.Item name="entityId" label={t('audit.entityId')}>
          <Input allowClear maxLength={128} data-testid="audit-entity-id" />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Input list="audit-actions" maxLength={128} autoComplete="off" data-testid="audit-action" />
        </Form.Item>
        <Form.Item name="from" label={t('audit.from')}>
          <DatePicker format={dateFormat} className="full-width" data-testid="audit-from" />
        </Form.Item>
        <Form.Item name="to" label={t('audit.to')}>
          <DatePicker format={dateFormat} className="full-width" data-testid="audit-to" />
        </Form.Item>
        <Space wrap className="filter-actions">
          <Button type="primary" htmlType="submit" data-testid="audit-apply">
            {t('audit.apply')}
          </Button>
          <Button onClick={() => onApply(EMPTY)} data-testid="audit-reset">
            {t('audit.reset')}
          </Button>
        </Space>
      </Form>
    </section>
  );
}
