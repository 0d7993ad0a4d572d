/**
 * `/sso/consent`: a person's first single sign-on — what the provider vouched for and the consent text; agreeing
 * creates the citizen account and signs in (issue 20 §1), declining keeps nothing.
 */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, setCsrfToken } from '../../api/client';
import { meQueryKey } from '../../auth/queries';
import { useFormat } from '../../i18n/format';
import type { CitizenProfile } from '../../identity/api';
import { FullPageLoading } from '../../layout/FullPageLoading';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';

export function SsoConsentPage() {
  const { t } = useTranslation();
  usePageTitle(t('identity.sso.consent.title'));
  const fmt = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pending = useQuery({
    queryKey: ['auth', 'sso-consent'],
    queryFn: ({ signal }) =>
      api.get<{ provider: string; profile: CitizenProfile }>('/auth/sso/consent', signal),
    retry: false,
  });
  const answer = useMutation({
    meta: { ignoreUnauthorized: true },
    mutationFn: (accept: boolean) =>
      api.post<{ csrfToken: string } | undefined>('/auth/sso/consent', { accept }),
    onSuccess: async (session, accept) => {
      if (!accept || !session) return;
      setCsrfToken(session.csrfToken);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await navigate('/my/dossiers', { replace: true });
    },
  });
  if (pending.isPending) return <FullPageLoading />;
  const none = t('identity.sso.consent.none');
  return (
    <PublicLayout>
      <div className="login-wrap">
        <Card className="login-card">
          <Typography.Title level={1} className="page-heading" data-testid="page-sso-consent">
            {t('identity.sso.consent.title')}
          </Typography.Title>
          {pending.isError || answer.isError ? (
            <Alert
              type="error"
              showIcon
              title={t('identity.sso.consent.expired')}
              action={<Link to="/login">{t('login.title')}</Link>}
            />
          ) : answer.isSuccess && answer.variables === false ? (
            <Alert
              type="info"
              showIcon
              title={t('identity.sso.consent.declined')}
              data-testid="sso-declined"
              action={<Link to="/login">{t('login.title')}</Link>}
            />
          ) : (
            <>
              <Typography.Paragraph>
                {t('identity.sso.consent.intro', { provider: pending.data.provider })}
              </Typography.Paragraph>
              <Descriptions
                column={1}
                size="small"
                bordered
                data-testid="sso-profile"
                items={[
                  {
                    key: 'id',
                    label: t('identity.sso.consent.personalId'),
                    children: <span className="code">{pending.data.profile.personalId}</span>,
                  },
                  {
                    key: 'n',
                    label: t('identity.sso.consent.fullName'),
                    children: pending.data.profile.fullName,
                  },
                  {
                    key: 'b',
                    label: t('identity.sso.consent.birthDate'),
                    children: pending.data.profile.birthDate ? fmt.day(pending.data.profile.birthDate) : none,
                  },
                  {
                    key: 'a',
                    label: t('identity.sso.consent.address'),
                    children: pending.data.profile.address ?? none,
                  },
                ]}
              />
              <Typography.Paragraph className="sso-consent-text">
                {t('identity.sso.consent.text')}
              </Typography.Paragraph>
              <Space wrap>
                <Button
                  type="primary"
                  disabled={answer.isPending}
                  onClick={() => answer.mutate(true)}
                  data-testid="sso-accept"
                >
                  {t('identity.sso.consent.accept')}
                </Button>
                <Button
                  disabled={answer.isPending}
                  onClick={() => answer.mutate(false)}
                  data-testid="sso-decline"
                >
                  {t('identity.sso.consent.decline')}
                </Button>
              </Space>
            </>
          )}
        </Card>
      </div>
    </PublicLayout>
  );
}
