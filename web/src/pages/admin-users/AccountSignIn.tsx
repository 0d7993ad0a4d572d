/** Sign-in of an account: lift a lock after failed attempts, or set a new password (ends its sessions). */
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type Account, conflictCurrent, isLocked, useChangeAccount } from './api';
import type { OnChangeError } from './change-error';
import { PASSWORD_MAX, PASSWORD_MIN, useAccountLabels } from './labels';

export function AccountSignIn({
  account,
  onChangeError,
}: {
  account: Account;
  onChangeError: OnChangeError;
}) {
  const { t } = useTranslation();
  const labels = useAccountLabels();
  const format = useDateFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const unlock = useChangeAccount(account.id);
  const reset = useChangeAccount(account.id);
  const locked = isLocked(account);
  const failed = [unlock, reset].find((m) => m.isError && !conflictCurrent(m.error));

  return (
    <section aria-labelledby="account-sign-in">
      <h2 id="account-sign-in" className="drawer-heading">
        {t('adminUsers.detail.signIn')}
      </h2>
      {failed ? <ProblemAlert error={failed.error} testId="user-sign-in-error" /> : null}
      <div className="sign-in-lock">
        <p>
          {locked && account.lockedUntil
            ? t('adminUsers.detail.lockedNow', { time: format.dateTime(account.lockedUntil) })
            : t('adminUsers.detail.notLocked')}
        </p>
        {locked ? (
          <Button
            loading={unlock.isPending}
            onClick={() => {
              reset.reset();
              unlock.mutate(
                { version: account.version, unlock: true },
                {
                  onSuccess: () => void message.success(t('adminUsers.detail.unlocked')),
                  onError: onChangeError,
                },
              );
            }}
            data-testid="user-unlock"
          >
            {t('adminUsers.detail.unlock')}
          </Button>
        ) : null}
      </div>
      <Form<{ password: string }>
        form={form}
        layout="vertical"
        onFinish={({ password }) => {
          unlock.reset();
          reset.mutate(
            { version: account.version, password },
            {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('adminUsers.detail.passwordReset'));
              },
              onError: (error) => {
                onChangeError(error);
                form.setFields(
                  formFieldErrors(error, labels.fieldMessage) as Parameters<typeof form.setFields>[0],
                );
              },
            },
          );
        }}
        data-testid="user-password-form"
      >
        <Form.Item
          name="password"
          label={t('adminUsers.detail.newPassword')}
          extra={`${t('adminUsers.fields.passwordHelp')} ${t('adminUsers.detail.resetHelp')}`}
          rules={[
            { required: true, message: t('adminUsers.validation.password') },
            { min: PASSWORD_MIN, max: PASSWORD_MAX, message: t('adminUsers.validation.password') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-new-password" />
        </Form.Item>
        <Button htmlType="submit" loading={reset.isPending} data-testid="user-reset-password">
          {t('adminUsers.detail.resetPassword')}
        </Button>
      </Form>
    </section>
  );
}
