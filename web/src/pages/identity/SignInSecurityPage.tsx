/**
 * `/admin/sign-in`: how officials and citizens sign in (issue 20, ADR 0022) — the roles that require a second
 * factor with the step-up minutes, and the OpenID Connect identity providers. National administrators only;
 * anyone else sees the server's refusal in their language.
 */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { usePageTitle } from '../../layout/usePageTitle';
import { IdentityProviders } from './IdentityProviders';
import { SecondFactorRules } from './SecondFactorRules';
import '../data-pages.css';

export function SignInSecurityPage() {
  const { t } = useTranslation();
  const title = t('areas.signInSecurity.title');
  usePageTitle(title);
  // The server decides (national system administrators only); this keeps a provincial one from a dead-end form.
  const national = useCurrentUser().roles.some((g) => g.role === 'system_admin' && g.unitCode === 'VN');
  return (
    <div className="data-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-sign-in-security">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('identity.adminPage.intro')}</Typography.Paragraph>
      {national ? null : (
        <Alert
          type="info"
          showIcon
          title={t('identity.adminPage.nationalOnly')}
          data-testid="sign-in-security-national-only"
        />
      )}
      <SecondFactorRules readOnly={!national} />
      {national ? <IdentityProviders /> : null}
    </div>
  );
}
