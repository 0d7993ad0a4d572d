/**
 * `/account` — "Tài khoản của tôi / My account", reached from the user menu: the account's details and the
 * change of its own password (issue 18 §3). After an administrator's reset the app brings the user here first.
 */
import { Alert, App, Button, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { useCurrentUser } from '../../auth/current-user';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { useChangeOwnPassword } from './api';
import { usePasswordMessage } from './password-messages';
import { SecuritySection } from './SecuritySection';
import { SessionsSection } from './SessionsSection';
import '../data-pages.css';
import './account.css';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function MyAccountPage() {
  const { t } = useTranslation();
  const title = t('account.title');
  usePageTitle(title);
  const user = useCurrentUser();
  return (
    <div className="data-page account-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-account">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('account.intro')}</Typography.Paragraph>
      {user.mustChangePassword ? (
        <Alert
          type="warning"
          showIcon
          className="problem-alert"
          title={t('account.mustChangeTitle')}
          description={t('account.mustChange')}
          data-testid="account-must-change"
        />
      ) : null}
      <section aria-labelledby="account-summary" className="account-section">
        <h2 id="account-summary" className="drawer-heading">
          {t('account.summary')}
        </h2>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'u',
              label: t('account.username'),
              children: <span className="code">{user.username}</span>,
            },
            { key: 'n', label: t('account.displayName'), children: user.displayName },
            { key: 'k', label: t('account.kind'), children: t(`adminUsers.kind.${user.kind}`) },
            { key: 'h', label: t('account.homeUnit'), children: user.homeUnitName },
            {
              key: 'r',
              label: t('account.roles'),
              children:
                user.roles.length > 0 ? (
                  <span className="tag-list">
                    {user.roles.map((grant) => (
                      <Tag key={`${grant.role}-${grant.unitCode}`}>
                        {t(`roles.${grant.role}`)} · {grant.unitName}
                      </Tag>
                    ))}
                  </span>
                ) : (
                  t('account.noRoles')
                ),
            },
          ]}
        />
      </section>
      <ChangePasswordForm />
      <SecuritySection />
      <SessionsSection />
    </div>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeOwnPassword();
  const passwordMessage = usePasswordMessage();
  const user = useCurrentUser();
  // A field error is shown on its field; anything else (a lock, the server down) above the form.
  const general = change.isError && formFieldErrors(change.error).length === 0 ? change.error : null;

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.changed'));
        },
        onError: (error) =>
          form.setFields(formFieldErrors(error, passwordMessage) as Parameters<typeof form.setFields>[0]),
      },
    );

  return (
    <section aria-labelledby="account-password" className="account-section">
      <h2 id="account-password" className="drawer-heading">
        {t('account.changePassword')}
      </h2>
      {general ? (
        <ProblemAlert
          error={general}
          title={(general as { status?: number }).status === 429 ? t('account.locked') : undefined}
          testId="account-password-error"
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        className="account-form"
        data-testid="account-password-form"
      >
        {/* The username, for password managers to file the new password under. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('account.validation.current') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="account-current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('account.passwordHelp')}
          rules={[{ required: true, message: t('account.validation.new') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="account-new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.validation.confirm') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.validation.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="account-confirm-password" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={change.isPending}
          data-testid="account-password-submit"
        >
          {t('account.submit')}
        </Button>
      </Form>
    </section>
  );
}
