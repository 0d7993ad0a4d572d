/** The roles an account holds (each on a unit and its sub-units): revoke one after confirming, or grant another. */
import { App, Button, Empty, Form, Popconfirm, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import type { Role } from '../../api/types';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { UnitCodeInput } from '../units/UnitCodeInput';
import { type Account, type Grant, useGrantRole, useRevokeRole } from './api';
import { rolesForKind } from './CreateAccountDrawer';
import type { OnChangeError } from './change-error';
import { UNIT_CODE_PATTERN, useAccountLabels } from './labels';

type GrantValues = { role?: Role; unitCode: string };

export function AccountRoles({ account, onChangeError }: { account: Account; onChangeError: OnChangeError }) {
  const { t } = useTranslation();
  const labels = useAccountLabels();
  const format = useDateFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();
  const grant = useGrantRole(account.id);
  const revoke = useRevokeRole(account.id);
  const failed = [grant, revoke].find((m) => m.isError);

  const columns: TableColumnsType<Grant> = [
    {
      key: 'role',
      title: t('adminUsers.fields.role'),
      render: (_, g) => <Tag className="tag-info">{t(`roles.${g.role}`)}</Tag>,
    },
    {
      key: 'unit',
      title: t('adminUsers.fields.unit'),
      render: (_, g) => (
        <>
          {g.unitName || g.unitCode} <span className="code">({g.unitCode})</span>
          <div className="cell-note">
            {t('adminUsers.detail.validFrom', { date: format.date(g.validFrom) })}
          </div>
        </>
      ),
    },
    {
      key: 'revoke',
      title: <span className="visually-hidden">{t('adminUsers.detail.revoke')}</span>,
      render: (_, g) => {
        const names = { role: t(`roles.${g.role}`), unit: g.unitName || g.unitCode };
        return (
          <Popconfirm
            title={t('adminUsers.detail.revokeConfirm', names)}
            okText={t('adminUsers.detail.revokeOk')}
            cancelText={t('adminUsers.detail.revokeCancel')}
            okButtonProps={{ danger: true, 'data-testid': 'user-revoke-confirm' }}
            onConfirm={() => {
              grant.reset(); // only the latest failure is shown
              return revoke.mutateAsync(g.id).then(
                () => void message.success(t('adminUsers.detail.revoked')),
                (error: unknown) => onChangeError(error),
              );
            }}
          >
            <Button
              danger
              size="small"
              aria-label={t('adminUsers.detail.revokeLabel', names)}
              data-testid={`user-revoke-${g.id}`}
            >
              {t('adminUsers.detail.revoke')}
            </Button>
          </Popconfirm>
        );
      },
    },
  ];

  return (
    <section aria-labelledby="account-roles">
      <h2 id="account-roles" className="drawer-heading">
        {t('adminUsers.detail.roles')}
      </h2>
      {failed ? <ProblemAlert error={failed.error} testId="user-roles-error" /> : null}
      <Table<Grant>
        className="data-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={account.roles}
        caption={<span className="visually-hidden">{t('adminUsers.detail.rolesCaption')}</span>}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('adminUsers.noRoles')} /> }}
        data-testid="user-roles"
      />
      <h3 className="drawer-subheading">{t('adminUsers.detail.grant')}</h3>
      <Form<GrantValues>
        form={form}
        layout="vertical"
        initialValues={{ unitCode: '' }}
        onFinish={(values) => {
          revoke.reset();
          grant.mutate(
            { role: values.role as Role, unitCode: values.unitCode.trim() },
            {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('adminUsers.detail.granted'));
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
        className="grant-form"
        data-testid="user-grant-form"
      >
        <Form.Item
          name="role"
          label={t('adminUsers.fields.role')}
          rules={[
            {
              required: true,
              message: t('adminUsers.validation.choose', {
                field: t('adminUsers.fields.role').toLowerCase(),
              }),
            },
          ]}
        >
          <Select<Role>
            options={rolesForKind(account.kind).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            data-testid="user-grant-role"
          />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label={t('adminUsers.fields.unitCode')}
          extra={t('adminUsers.fields.unitCodeHelp')}
          rules={[
            { required: true, message: t('adminUsers.validation.unitCode') },
            { pattern: UNIT_CODE_PATTERN, message: t('adminUsers.validation.unitCode') },
          ]}
        >
          <UnitCodeInput data-testid="user-grant-unit" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={grant.isPending} data-testid="user-grant-submit">
          {t('adminUsers.detail.grantSubmit')}
        </Button>
      </Form>
    </section>
  );
}
