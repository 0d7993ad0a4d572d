/**
 * `/login/second-factor`: after a right password, the second factor — given (a code or a security key), or enrolled
 * first when the person's role requires one and none is enrolled (issue 20 §2).
 */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { safeNextPath } from '../../auth/next';
import { useMe } from '../../auth/queries';
import { useRefreshSession } from '../../identity/api';
import { SecondFactorForm } from '../../identity/SecondFactorForm';
import { TotpEnrolment } from '../../identity/TotpEnrolment';
import { FullPageLoading } from '../../layout/FullPageLoading';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';

export const SECOND_FACTOR_PATH = '/login/second-factor';

export function SecondFactorPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const enrol = me.data?.stage === 'enrol';
  const title = enrol ? t('identity.secondFactor.enrolTitle') : t('identity.secondFactor.title');
  usePageTitle(title);
  if (me.isPending) return <FullPageLoading />;
  if (!me.data) return <Navigate to="/login" replace />;
  if (me.data.stage === 'full') return <Navigate to={next} replace />;
  const done = async () => {
    await refresh();
    await navigate(next, { replace: true });
  };
  return (
    <PublicLayout>
      <div className="login-wrap">
        <Card className="login-card">
          <Typography.Title level={1} className="page-heading" data-testid="page-second-factor">
            {title}
          </Typography.Title>
          <Typography.Paragraph>
            {enrol ? t('identity.secondFactor.enrolIntro') : t('identity.secondFactor.intro')}
          </Typography.Paragraph>
          {enrol ? (
            <TotpEnrolment onDone={() => void done()} />
          ) : (
            <SecondFactorForm onDone={() => void done()} />
          )}
        </Card>
      </div>
    </PublicLayout>
  );
}
