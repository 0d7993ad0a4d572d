/**
 * What the applicant declares, as the clerk takes it from the paper declaration (tờ khai) at the counter: kept
 * as the dossier's declared content, which the officials handling it read on the dossier page. A part of its own
 * so that the procedure's e-form (its declaration fields, issue 15 §4 and the e-forms work) can take its place.
 */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The form field this part owns; its value becomes `declared` of the registration. */
export const DECLARATION_FIELD = 'declaration';

export function declaredOf(value: unknown, key: string): Record<string, string> | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? { [key]: text } : undefined;
}

export function CounterDeclaration() {
  const { t } = useTranslation();
  return (
    <Form.Item name={DECLARATION_FIELD} label={t('confirm.declaration.content')}>
      <Input.TextArea rows={3} maxLength={2000} data-testid="counter-declaration" />
    </Form.Item>
  );
}
