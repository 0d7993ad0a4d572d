/**
 * Tờ khai điện tử — a procedure version's declaration form rendered by react-jsonschema-form with its Ant Design
 * theme (issue 16 §1), pre-filled from the person's profile (name, date of birth, ID number, address), checked
 * in the browser with the same JSON Schema the server checks with Ajv. Messages in the user's language, each
 * naming its field. Used by the online wizard, the counter and the catalogue admin's preview.
 */
import { Form as RjsfForm } from '@rjsf/antd';
import {
  englishStringTranslator,
  type RJSFValidationError,
  replaceStringParameters,
  TranslatableString,
} from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { Button, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeclarationFormDef, fieldTitle, type Profile, prefilled } from './types';

type Props = {
  form: DeclarationFormDef;
  profile?: Profile;
  initial?: Record<string, unknown> | undefined;
  onSubmit?: (data: Record<string, unknown>) => void;
  onBack?: () => void;
  submitLabel?: string;
  /** Preview: rendered and checked, nothing sent. */
  preview?: boolean;
  testId?: string;
};

const KNOWN = [
  'required',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'format',
  'enum',
  'const',
  'pattern',
  'type',
];

export function DeclarationForm({
  form,
  profile = {},
  initial,
  onSubmit,
  onBack,
  submitLabel,
  preview = false,
  testId = 'declaration-form',
}: Props) {
  const { t } = useTranslation();
  const start = useMemo(() => prefilled(form, profile, initial), [form, profile, initial]);
  const [data, setData] = useState<Record<string, unknown>>(start);

  const transformErrors = (errors: RJSFValidationError[]) =>
    errors.map((e) => {
      const pointer = (e.property ?? '').replace(/^\./, '/').replaceAll('.', '/');
      const field = fieldTitle(form.schema, pointer);
      const kind =
        e.name === 'const' && (e.params as { allowedValue?: unknown })?.allowedValue === true
          ? 'mustAccept'
          : e.name === 'format' && (e.params as { format?: string })?.format === 'date'
            ? 'date'
            : KNOWN.includes(e.name ?? '')
              ? (e.name as string)
              : 'invalid';
      const message = t(`eforms.errors.${kind}` as 'eforms.errors.invalid', {
        field,
        limit: (e.params as { limit?: number })?.limit,
      });
      return { ...e, message, stack: message };
    });

  const translateString = (s: TranslatableString, params?: string[]) => {
    const key = Object.entries(TranslatableString).find(([, v]) => v === s)?.[0];
    const local = key ? t(`eforms.rjsf.${key}` as 'eforms.rjsf.YesLabel', { defaultValue: '' }) : '';
    return local ? replaceStringParameters(local, params) : englishStringTranslator(s, params);
  };

  return (
    // Never put it inside another <form>: Chromium does not carry a nested form's submit event past the outer
    // form, so React never sees it and the browser sends the fields as a GET, leaving the page (the counter's
    // form is therefore no <form> element). Enter in a field (confirming a date, say) must not submit the
    // declaration half-typed either. The keys still reach each field.
    // biome-ignore lint/a11y/noStaticElementInteractions: a guard on the fields' own key presses, not a control
    <div
      data-testid={testId}
      className="declaration-form"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
      }}
    >
      <RjsfForm
        schema={form.schema}
        uiSchema={{ ...form.uiSchema, 'ui:submitButtonOptions': { norender: true } }}
        formData={data}
        validator={validator}
        onChange={(e) => setData(e.formData as Record<string, unknown>)}
        onSubmit={(e) => onSubmit?.(e.formData as Record<string, unknown>)}
        transformErrors={transformErrors}
        translateString={translateString}
        showErrorList="top"
        // The commitment is a tick the person gives: a schema `const` must not tick it for them.
        experimental_defaultFormStateBehavior={{ constAsDefaults: 'never' }}
        noHtml5Validate
        liveValidate={false}
        idPrefix={`${testId}`}
      >
        <Space wrap>
          {onBack ? <Button onClick={onBack}>{t('eforms.back')}</Button> : null}
          <Button type="primary" htmlType="submit" data-testid={`${testId}-submit`}>
            {submitLabel ?? (preview ? t('eforms.check') : t('eforms.next'))}
          </Button>
        </Space>
      </RjsfForm>
    </div>
  );
}
