/** "Đăng nhập bằng VNeID" — one button per configured identity provider, and why the last attempt failed. */
import { IdcardOutlined } from '@ant-design/icons';
import { Alert, Button, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ssoStartUrl, useSsoProviders } from './api';
import './identity.css';

const REASONS = [
  'unknown_provider',
  'unavailable',
  'expired',
  'state',
  'token',
  'denied',
  'no_personal_id',
] as const;

export function SsoButtons() {
  const { t } = useTranslation();
  const providers = useSsoProviders();
  const [params] = useSearchParams();
  const reason = params.get('sso_error');
  const known = REASONS.find((r) => r === reason);
  const items = providers.data?.items ?? [];
  return (
    <>
      {reason ? (
        <Alert
          type="error"
          role="alert"
          showIcon
          className="login-error"
          title={t('identity.sso.errors.title')}
          description={t(`identity.sso.errors.${known ?? 'token'}`)}
          data-testid="sso-error"
        />
      ) : null}
      {items.length > 0 ? (
        <div className="sso-buttons" data-testid="sso-buttons">
          {items.map((provider) => (
            <Button
              key={provider.slug}
              href={ssoStartUrl(provider.slug)}
              size="large"
              block
              icon={<IdcardOutlined aria-hidden />}
              data-testid={`sso-${provider.slug}`}
            >
              {t('identity.sso.signInWith', { name: provider.displayName })}
            </Button>
          ))}
          <Divider plain>{t('identity.sso.or')}</Divider>
        </div>
      ) : null}
    </>
  );
}
