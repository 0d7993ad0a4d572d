/**
 * The declaration of an online application (tờ khai): for now one free text of what the applicant asks. Kept apart
 * from the wizard so that the procedure's own e-form (eforms) replaces this component alone: it takes and gives
 * the `declared` map the server stores (label → value).
 */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export type Declared = Record<string, string>;

/** The key of the free-text declaration in the dossier's `declared` map (the official reads it under this label). */
const REQUEST_KEY = 'Nội dung đề nghị';

export function DeclarationSection({
  value,
  onChange,
}: {
  value: Declared;
  onChange: (next: Declared) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="declaration-section" data-testid="apply-declaration">
      <legend>{t('front.apply.declarationTitle')}</legend>
      <Form.Item label={t('dossiers.apply.declared')} extra={t('front.apply.declarationHint')}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={value[REQUEST_KEY] ?? ''}
          onChange={(e) => {
            const text = e.target.value;
            const { [REQUEST_KEY]: _, ...others } = value;
            onChange(text.trim() ? { ...others, [REQUEST_KEY]: text } : others);
          }}
          data-testid="apply-request"
        />
      </Form.Item>
    </fieldset>
  );
}

/** The declaration as the review step shows it. */
export function DeclarationSummary({ value }: { value: Declared }) {
  const entries = Object.entries(value);
  if (entries.length === 0) return null;
  return (
    <dl data-testid="apply-declared-summary">
      {entries.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
