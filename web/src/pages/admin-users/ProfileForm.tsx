/** An account's name, contact details and status; only what changed is sent, with the version last read. */
import { App, Button, Form, Input, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import {
  type Account,
  type AccountChange,
  type AccountStatus,
  conflictCurrent,
  useChangeAccount,
} from './api';
import type { OnChangeError } from './change-error';
import { PHONE_PATTERN, useAccountLabels } from './labels';

type Values = { displayName: string; email: string; phone: string; status: AccountStatus };

function valuesOf(account: Account): Values {
  return {
    displayName: account.displayName,
    email: account.email ?? '',
    phone: account.phone ?? '',
    status: account.status,
  };
}

export function ProfileForm({ account, onChangeError }: { account: Account; onChangeError: OnChangeError }) {
  const { t } = useTranslation();
  const labels = useAccountLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeAccount(account.id);
  // The account changed (saved, reloaded after a conflict, changed elsewhere): show it as it is now.
  useEffect(() => form.setFieldsValue(valuesOf(account)), [form, account]);

  const submit = (values: Values) => {
    const email = values.email.trim() || null;
    const phone = values.phone.trim() || null;
    const diff: AccountChange = { version: account.version };
    if (values.displayName.trim() !== account.displayName) diff.displayName = values.displayName.trim();
    if (email !== account.email) diff.email = email;
    if (phone !== account.phone) diff.phone = phone;
    if (values.status !== account.status) diff.status = values.status;
    if (Object.keys(diff).length === 1) {
      void message.info(t('adminUsers.detail.noChanges'));
      return;
    }
    change.mutate(diff, {
      onSuccess: () => void message.success(t('adminUsers.detail.saved')),
      onError: (error) => {
        onChangeError(error);
        form.setFields(formFieldErrors(error, labels.fieldMessage) as Parameters<typeof form.setFields>[0]);
      },
    });
  };

  const field = (key: 'displayName' | 'email' | 'phone' | 'status') => t(`adminUsers.fields.${key}`);
  return (
    <section aria-labelledby="account-profile">
      <h2 id="account-profile" className="drawer-heading">
        {t('adminUsers.detail.profile')}
      </h2>
      {change.isError && !conflictCurrent(change.error) ? (
        <ProblemAlert error={change.error} testId="user-profile-error" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={valuesOf(account)}
        scrollToFirstError={{ focus: true }}
        data-testid="user-profile-form"
      >
        <Form.Item
          name="displayName"
          label={field('displayName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('adminUsers.validation.required', { field: field('displayName').toLowerCase() }),
            },
          ]}
        >
          <Input maxLength={200} autoComplete="off" data-testid="user-display-name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={field('email')}
          rules={[{ type: 'email', message: t('adminUsers.validation.email') }]}
        >
          <Input type="email" maxLength={254} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={field('phone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('adminUsers.validation.phone') }]}
        >
          <Input type="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item name="status" label={field('status')}>
          <Radio.Group
            options={[
              { value: 'active', label: t('adminUsers.status.active') },
              { value: 'disabled', label: t('adminUsers.status.disabled') },
            ]}
            data-testid="user-status-choice"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="user-save">
          {t('adminUsers.detail.save')}
        </Button>
      </Form>
    </section>
  );
}
