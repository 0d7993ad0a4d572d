/** "Bảo mật đăng nhập": one's second factors, enrolling an authenticator app or a security key (issue 20 §2). */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownFactorsKey, useOwnFactors } from '../../identity/api';
import { KeyEnrolment } from '../../identity/KeyEnrolment';
import { RecoveryCodes } from '../../identity/RecoveryCodes';
import { TotpEnrolment } from '../../identity/TotpEnrolment';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useWhen } from './when';

export function SecuritySection() {
  const { t } = useTranslation();
  const when = useWhen();
  const factors = useOwnFactors();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [enrolling, setEnrolling] = useState(false);
  // The recovery codes the account's first factor brought, when that factor is a passkey (shown once).
  const [keyCodes, setKeyCodes] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ownFactorsKey });
  return (
    <section aria-labelledby="account-security" className="account-section" data-testid="account-security">
      <h2 id="account-security" className="drawer-heading">
        {t('identity.security.title')}
      </h2>
      {factors.error ? <ProblemAlert error={factors.error} onRetry={() => void factors.refetch()} /> : null}
      {factors.data?.required ? <Alert type="info" showIcon title={t('identity.security.required')} /> : null}
      {factors.data ? (
        factors.data.factors.length === 0 ? (
          <Typography.Paragraph>{t('identity.security.none')}</Typography.Paragraph>
        ) : (
          <List
            size="small"
            data-testid="factor-list"
            dataSource={factors.data.factors}
            renderItem={(factor) => (
              <List.Item>
                <span>
                  <strong>{t(`identity.security.kind.${factor.kind}`)}</strong>
                  {factor.label ? ` — ${factor.label}` : ''} ·{' '}
                  {t('identity.security.added', { date: when(factor.createdAt) })}
                  {factor.lastUsedAt
                    ? `, ${t('identity.security.lastUsed', { date: when(factor.lastUsedAt) })}`
                    : ''}
                </span>
              </List.Item>
            )}
          />
        )
      ) : null}
      {factors.data && factors.data.factors.length > 0 ? (
        <Typography.Paragraph>
          {t('identity.security.recoveryLeft', { count: factors.data.recoveryCodesLeft })}
        </Typography.Paragraph>
      ) : null}
      {keyCodes ? (
        <RecoveryCodes codes={keyCodes} onDone={() => setKeyCodes(null)} />
      ) : enrolling ? (
        <TotpEnrolment
          onDone={() => {
            setEnrolling(false);
            void message.success(t('identity.security.enrolled'));
            void refresh();
          }}
        />
      ) : (
        <Space wrap>
          <Button onClick={() => setEnrolling(true)} data-testid="security-add-totp">
            {t('identity.totp.start')}
          </Button>
          <KeyEnrolment
            onAdded={(codes) => {
              void message.success(t('identity.security.keyAdded'));
              setKeyCodes(codes);
              void refresh();
            }}
          />
        </Space>
      )}
    </section>
  );
}
