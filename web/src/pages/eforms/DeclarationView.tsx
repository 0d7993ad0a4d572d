/**
 * A filled declaration as officials and the applicant read it (issue 16 §2): each section of the form with its
 * fields' titles and the values given — never raw JSON. Dates in dd/mm/yyyy under vi.
 */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { DeclarationFormDef, JsonSchema } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function orderOf(schema: JsonSchema, ui: Record<string, unknown> | undefined): string[] {
  const keys = Object.keys(isRecord(schema.properties) ? schema.properties : {});
  const order = Array.isArray(ui?.['ui:order']) ? (ui['ui:order'] as string[]) : [];
  return [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
}

function useValueText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (schema: JsonSchema, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('eforms.view.yes') : t('eforms.view.no');
    if (schema.format === 'date' && typeof value === 'string') return f.day(value);
    if (Array.isArray(value)) return value.map(String).join('; ');
    return String(value);
  };
}

export function DeclarationView({
  form,
  data,
  testId = 'declaration-view',
}: {
  form: Pick<DeclarationFormDef, 'schema' | 'uiSchema' | 'legalSource'>;
  data: Record<string, unknown>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const text = useValueText();
  const props = (isRecord(form.schema.properties) ? form.schema.properties : {}) as Record<
    string,
    JsonSchema
  >;
  const top = orderOf(form.schema, form.uiSchema);
  const loose = top.filter((k) => props[k]?.type !== 'object');
  return (
    <div data-testid={testId} className="declaration-view">
      {typeof form.schema.title === 'string' ? (
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {form.schema.title}
        </Typography.Title>
      ) : null}
      {top
        .filter((k) => props[k]?.type === 'object')
        .map((key) => {
          const section = props[key]!;
          const fields = section.properties as Record<string, JsonSchema>;
          const values = isRecord(data[key]) ? data[key] : {};
          return (
            <Descriptions
              key={key}
              title={typeof section.title === 'string' ? section.title : key}
              size="small"
              bordered
              column={1}
              style={{ marginBottom: 12 }}
              items={orderOf(section, form.uiSchema?.[key] as Record<string, unknown>).map((f) => ({
                key: f,
                label: typeof fields[f]?.title === 'string' ? (fields[f].title as string) : f,
                children: text(fields[f] ?? {}, values[f]),
              }))}
            />
          );
        })}
      {loose.length ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={loose.map((f) => ({
            key: f,
            label: typeof props[f]?.title === 'string' ? (props[f].title as string) : f,
            children: text(props[f] ?? {}, data[f]),
          }))}
        />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('eforms.view.source', { source: form.legalSource })}
      </Typography.Paragraph>
    </div>
  );
}
