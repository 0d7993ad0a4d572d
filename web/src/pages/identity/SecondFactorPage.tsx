/**
 * `/login/second-factor`: after a right password, the second factor — given (a code or a security key), or enrolled
 * first when the person's role requires one and none is enrolled (issue 20 §2).
 */
import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { safeNextPath } from '../../auth/next';
import { useMe } from '../../auth/queries';
import { useRefreshSession } from '../../identity/api';
import { KeyEnrolment } from '../../identity/KeyEnrolment';
import { RecoveryCodes } from '../../identity/RecoveryCodes';
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
  // The recovery codes a passkey enrolled here brought: shown alone, once (the session is already full).
  const [keyCodes, setKeyCodes] = useState<string[] | null>(null);
  const [totpStarted, setTotpStarted] = useState(false);
  const title = enrol ? t('identity.secondFactor.enrolTitle') : t('identity.secondFactor.title');
  usePageTitle(title);
  if (me.isPending) return <FullPageLoading />;
  if (!me.data) return <Navigate to="/login" replace />;
  if (me.data.stage === 'full' && !keyCodes) return <Navigate to={next} replace />;
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
          {keyCodes ? (
            <RecoveryCodes codes={keyCodes} onDone={() => void done()} />
          ) : enrol ? (
            <>
              <TotpEnrolment onDone={() => void done()} onStarted={() => setTotpStarted(true)} />
              {totpStarted ? null : (
                <>
                  <Typography.Paragraph className="enrol-or">
                    {t('identity.secondFactor.orKey')}
                  </Typography.Paragraph>
                  <KeyEnrolment onAdded={(codes) => (codes ? setKeyCodes(codes) : void done())} />
                </>
              )}
            </>
          ) : (
            <SecondFactorForm onDone={() => void done()} />
          )}
        </Card>
      </div>
    </PublicLayout>
  );
}
