/**
 * An administrator resets an account's second factors (lost phone or key; issue 20 §2, ADR 0022): every factor
 * and recovery code goes and the account's sessions end, so the dialog says so before anything is sent.
 */
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type Account, useResetSecondFactor } from './api';

export function AccountSecondFactor({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reset = useResetSecondFactor(account.id);

  const confirm = () =>
    modal.confirm({
      title: t('identity.adminReset.confirmTitle', { name: account.displayName }),
      content: t('identity.adminReset.confirmText'),
      okText: t('identity.adminReset.action'),
      okButtonProps: { danger: true, 'data-testid': 'user-reset-2fa-ok' } as never,
      cancelText: t('identity.adminReset.cancel'),
      onOk: () =>
        reset
          .mutateAsync(undefined, {
            onSuccess: () =>
              void message.success(t('identity.adminReset.done', { name: account.displayName })),
          })
          .catch(() => undefined),
    });

  return (
    <section aria-labelledby="account-second-factor">
      <h2 id="account-second-factor" className="drawer-heading">
        {t('identity.adminReset.title')}
      </h2>
      {reset.isError ? <ProblemAlert error={reset.error} testId="user-reset-2fa-error" /> : null}
      <p>{t('identity.adminReset.help')}</p>
      {reset.isSuccess ? (
        <p role="status" data-testid="user-reset-2fa-done">
          {t('identity.adminReset.done', { name: account.displayName })}
        </p>
      ) : null}
      <Button danger loading={reset.isPending} onClick={confirm} data-testid="user-reset-2fa">
        {t('identity.adminReset.action')}
      </Button>
    </section>
  );
}
