/** "New account": the account's identity, a first password, and its first roles (each a role on a unit). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ROLES, type Role } from '../../api/types';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { UnitCodeInput } from '../units/UnitCodeInput';
import { type Account, type AccountKind, type NewAccount, useCreateAccount } from './api';
import {
  PASSWORD_MAX,
  PASSWORD_MIN,
  PHONE_PATTERN,
  UNIT_CODE_PATTERN,
  USERNAME_PATTERN,
  useAccountLabels,
} from './labels';

type Props = { open: boolean; onClose: () => void; onCreated: (account: Account) => void };

export function CreateAccountDrawer({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('adminUsers.createForm.title')}
      size={wide ? 560 : '100%'}
      destroyOnHidden
      closable={{ 'aria-label': t('common.close') }}
      data-testid="user-create-drawer"
    >
      <CreateAccountForm onCancel={onClose} onCreated={onCreated} />
    </Drawer>
  );
}

type FormValues = Omit<NewAccount, 'roles'> & { roles: Array<{ role?: Role; unitCode?: string }> };

/** Roles that fit an account kind: citizens hold only the citizen role, officials never do. */
export function rolesForKind(kind: AccountKind): Role[] {
  return ROLES.filter((role) => (role === 'citizen') === (kind === 'citizen'));
}

function CreateAccountForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (a: Account) => void;
}) {
  const { t } = useTranslation();
  const labels = useAccountLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  // A refused creation: the summary at the top takes focus (the fields keep their own messages).
  const errorRef = useRef<HTMLDivElement>(null);
  const create = useCreateAccount();
  useEffect(() => {
    if (create.error) errorRef.current?.focus();
  }, [create.error]);
  const kind = Form.useWatch('kind', form) ?? 'official';
  const required = (field: string) => ({
    required: true,
    message: t('adminUsers.validation.required', { field }),
  });

  const submit = (values: FormValues) => {
    const input: NewAccount = {
      username: values.username.trim().toLowerCase(),
      displayName: values.displayName.trim(),
      kind: values.kind,
      password: values.password,
      ...(values.email?.trim() ? { email: values.email.trim() } : {}),
      ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      roles: (values.roles ?? []).map((r) => ({ role: r.role as Role, unitCode: (r.unitCode ?? '').trim() })),
      ...(values.homeUnitCode?.trim() ? { homeUnitCode: values.homeUnitCode.trim() } : {}),
    };
    create.mutate(input, {
      onSuccess: (account) => {
        void message.success(t('adminUsers.createForm.created', { username: account.username }));
        onCreated(account);
      },
      onError: (error) => {
        const fields = formFieldErrors(error, labels.fieldMessage);
        if ((error as { status?: number }).status === 409) {
          fields.push({ name: ['username'], errors: [t('adminUsers.createForm.usernameTaken')] });
        }
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
      },
    });
  };

  const f = (key: 'username' | 'displayName' | 'password' | 'email' | 'phone' | 'role' | 'unitCode') =>
    t(`adminUsers.fields.${key}`);

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ kind: 'official', roles: [{ unitCode: '' }] }}
      onValuesChange={(changed: Partial<FormValues>) => {
        if (changed.kind) {
          const fit = rolesForKind(changed.kind);
          const roles = form.getFieldValue('roles') as FormValues['roles'];
          form.setFieldValue(
            'roles',
            roles.map((r) => (r.role && fit.includes(r.role) ? r : { ...r, role: undefined })),
          );
        }
      }}
      requiredMark
      scrollToFirstError={{ focus: true }}
      data-testid="user-create-form"
    >
      <div ref={errorRef} tabIndex={-1} className="focus-target">
        {create.isError ? <ProblemAlert error={create.error} testId="user-create-error" /> : null}
      </div>
      <Form.Item name="kind" label={t('adminUsers.fields.kind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'official', label: t('adminUsers.kind.official') },
            { value: 'citizen', label: t('adminUsers.kind.citizen') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="username"
        label={f('username')}
        extra={t('adminUsers.fields.usernameHelp')}
        rules={[
          required(f('username').toLowerCase()),
          { pattern: USERNAME_PATTERN, message: t('adminUsers.validation.username') },
        ]}
        normalize={(v: string) => v.toLowerCase()}
      >
        <Input autoComplete="off" maxLength={64} data-testid="user-create-username" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={f('displayName')}
        rules={[required(f('displayName').toLowerCase())]}
      >
        <Input maxLength={200} autoComplete="off" data-testid="user-create-display-name" />
      </Form.Item>
      <Form.Item
        name="password"
        label={f('password')}
        extra={t('adminUsers.fields.passwordHelp')}
        rules={[
          required(f('password').toLowerCase()),
          { min: PASSWORD_MIN, max: PASSWORD_MAX, message: t('adminUsers.validation.password') },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="user-create-password" />
      </Form.Item>
      <Form.Item
        name="email"
        label={f('email')}
        rules={[{ type: 'email', message: t('adminUsers.validation.email') }]}
      >
        <Input type="email" autoComplete="off" maxLength={254} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={f('phone')}
        rules={[{ pattern: PHONE_PATTERN, message: t('adminUsers.validation.phone') }]}
      >
        <Input type="tel" autoComplete="off" maxLength={20} />
      </Form.Item>

      <Form.Item
        name="homeUnitCode"
        label={t('adminUsers.fields.homeUnit')}
        extra={t('adminUsers.fields.homeUnitHelp')}
        rules={[{ pattern: UNIT_CODE_PATTERN, message: t('adminUsers.validation.unitCode') }]}
      >
        <UnitCodeInput />
      </Form.Item>

      <fieldset className="role-rows">
        <legend>{t('adminUsers.createForm.roles')}</legend>
        <p className="field-help">{t('adminUsers.createForm.rolesHelp')}</p>
        <Form.List name="roles">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <fieldset key={row.key} className="role-row" data-testid={`user-create-role-${index}`}>
                  <legend>{t('adminUsers.createForm.roleRow', { n: index + 1 })}</legend>
                  <Form.Item
                    name={[row.name, 'role']}
                    label={f('role')}
                    rules={[
                      {
                        required: true,
                        message: t('adminUsers.validation.choose', { field: f('role').toLowerCase() }),
                      },
                    ]}
                  >
                    <Select<Role>
                      options={rolesForKind(kind).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'unitCode']}
                    label={f('unitCode')}
                    extra={index === 0 ? t('adminUsers.fields.unitCodeHelp') : undefined}
                    rules={[
                      required(f('unitCode').toLowerCase()),
                      { pattern: UNIT_CODE_PATTERN, message: t('adminUsers.validation.unitCode') },
                    ]}
                  >
                    <UnitCodeInput />
                  </Form.Item>
                  <Button
                    className="role-row-remove"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('adminUsers.createForm.removeRole', { n: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </fieldset>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ unitCode: '' })}
                block
              >
                {t('adminUsers.createForm.addRole')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>

      <Space wrap className="form-actions">
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="user-create-submit">
          {t('adminUsers.createForm.submit')}
        </Button>
        <Button onClick={onCancel}>{t('adminUsers.createForm.cancel')}</Button>
      </Space>
    </Form>
  );
}
