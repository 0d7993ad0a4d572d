/**
 * Add or change an OpenID Connect provider: issuer, client, scopes and which claims carry the personal
 * identification number, name, date of birth and address (ADR 0022). The client secret is write-only: left empty
 * it keeps the sealed one; the server checks every field again and its field errors land on the fields.
 */
import { App, Button, Checkbox, Drawer, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type IdentityProvider, type ProviderInput, useSaveProvider } from './admin-api';

type Values = ProviderInput;
type TextField =
  | 'slug'
  | 'displayName'
  | 'issuer'
  | 'clientId'
  | 'scopes'
  | 'claimPersonalId'
  | 'claimName'
  | 'claimBirthDate'
  | 'claimAddress';

/** The server's slug rule (`providerInput` in src/modules/identity/identity-providers.ts). */
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;
const DEFAULTS = {
  scopes: 'openid profile',
  claimPersonalId: 'personal_id',
  claimName: 'name',
  claimBirthDate: 'birthdate',
  claimAddress: 'address',
  enabled: true,
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function ProviderDrawer({
  provider,
  onClose,
}: {
  provider: IdentityProvider | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveProvider();
  const required = (key: TextField) => [
    { required: true, whitespace: true, message: t(`identity.providers.required.${key}`) },
  ];

  const submit = (values: Values) => {
    const { clientSecret, ...rest } = values;
    const input: ProviderInput = { ...rest, slug: provider?.slug ?? values.slug };
    // An empty secret field keeps the current secret (write-only: it is never shown back).
    if (clientSecret) input.clientSecret = clientSecret;
    save.mutate(input, {
      onSuccess: () => {
        void message.success(t('identity.providers.saved', { name: input.displayName }));
        onClose();
      },
      onError: (error) => form.setFields(formFieldErrors(error) as Parameters<typeof form.setFields>[0]),
    });
  };

  const field = (key: TextField, extra?: string) => (
    <Form.Item name={key} label={t(`identity.providers.${key}`)} extra={extra} rules={required(key)}>
      <Input data-testid={`provider-${key}`} />
    </Form.Item>
  );

  return (
    <Drawer
      open
      onClose={onClose}
      title={
        provider
          ? t('identity.providers.editTitle', { name: provider.displayName })
          : t('identity.providers.addTitle')
      }
      size={wide ? 640 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="provider-drawer"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={provider ? { ...provider, clientSecret: '' } : DEFAULTS}
        onFinish={submit}
        data-testid="provider-form"
      >
        {save.isError ? <ProblemAlert error={save.error} testId="provider-save-error" /> : null}
        <Form.Item
          name="slug"
          label={t('identity.providers.slug')}
          extra={t('identity.providers.slugHelp')}
          rules={[
            ...required('slug'),
            { pattern: SLUG_PATTERN, message: t('identity.providers.slugInvalid') },
          ]}
        >
          <Input disabled={!!provider} data-testid="provider-slug" />
        </Form.Item>
        {field('displayName', t('identity.providers.displayNameHelp'))}
        <Form.Item
          name="issuer"
          label={t('identity.providers.issuer')}
          extra={t('identity.providers.issuerHelp')}
          rules={[
            ...required('issuer'),
            {
              validator: (_, value: string | undefined) =>
                !value || isHttpUrl(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('identity.providers.issuerInvalid'))),
            },
          ]}
        >
          <Input inputMode="url" data-testid="provider-issuer" />
        </Form.Item>
        {field('clientId')}
        <Form.Item
          name="clientSecret"
          label={t('identity.providers.clientSecret')}
          extra={
            provider?.hasClientSecret
              ? t('identity.providers.clientSecretKept')
              : t('identity.providers.clientSecretHelp')
          }
        >
          <Input.Password autoComplete="new-password" data-testid="provider-clientSecret" />
        </Form.Item>
        {field('scopes', t('identity.providers.scopesHelp'))}
        <fieldset className="provider-claims" aria-labelledby="provider-claims">
          <h3 id="provider-claims" className="drawer-heading">
            {t('identity.providers.claims')}
          </h3>
          {field('claimPersonalId')}
          {field('claimName')}
          {field('claimBirthDate')}
          {field('claimAddress')}
        </fieldset>
        <Form.Item name="enabled" valuePropName="checked">
          <Checkbox data-testid="provider-enabled">{t('identity.providers.enabledLabel')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="provider-save">
          {t('identity.providers.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
