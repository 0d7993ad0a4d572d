/**
 * A national administrator chooses the roles that require a second factor and how recent it must be to approve
 * and sign (issue 20 §2, ADR 0022). The rule binds every official of the installation, so it is confirmed first.
 */
import { App, Button, Checkbox, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/types';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useSecondFactorPolicy, useSetSecondFactorPolicy } from './admin-api';

type Values = { required: Role[]; stepUpMinutes: number | null };

/** The server's bounds (`PUT /identity/second-factor-policy`). */
const MINUTES_MIN = 1;
const MINUTES_MAX = 24 * 60;

export function SecondFactorRules({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const policy = useSecondFactorPolicy();
  const save = useSetSecondFactorPolicy();

  useEffect(() => {
    if (!policy.data) return;
    form.setFieldsValue({
      required: policy.data.roles.filter((r) => r.required).map((r) => r.role),
      stepUpMinutes: policy.data.stepUpMinutes,
    });
  }, [policy.data, form]);

  const submit = (values: Values) => {
    const input = { required: values.required ?? [], stepUpMinutes: values.stepUpMinutes ?? MINUTES_MIN };
    const names = input.required.map((role) => t(`roles.${role}`)).join(', ') || t('identity.rules.noRole');
    modal.confirm({
      title: t('identity.rules.confirmTitle'),
      content: t('identity.rules.confirmText', { roles: names, minutes: input.stepUpMinutes }),
      okText: t('identity.rules.save'),
      okButtonProps: { 'data-testid': 'rules-confirm-ok' } as never,
      cancelText: t('identity.adminReset.cancel'),
      onOk: () =>
        save
          .mutateAsync(input, { onSuccess: () => void message.success(t('identity.rules.saved')) })
          .catch(() => undefined),
    });
  };

  return (
    <section aria-labelledby="rules-heading">
      <Typography.Title level={2} id="rules-heading">
        {t('identity.rules.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('identity.rules.intro')}</Typography.Paragraph>
      {policy.isError ? (
        <ProblemAlert error={policy.error} onRetry={() => void policy.refetch()} testId="rules-load-error" />
      ) : !policy.data ? (
        <InlineLoading />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={readOnly}
          onFinish={submit}
          data-testid="rules-form"
        >
          {save.isError ? <ProblemAlert error={save.error} testId="rules-save-error" /> : null}
          <Form.Item name="required" label={t('identity.rules.roles')}>
            <Checkbox.Group
              options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              data-testid="rules-roles"
            />
          </Form.Item>
          <Form.Item
            name="stepUpMinutes"
            label={t('identity.rules.minutes')}
            extra={t('identity.rules.minutesHelp')}
            rules={[
              { required: true, message: t('identity.rules.minutesInvalid') },
              {
                type: 'integer',
                min: MINUTES_MIN,
                max: MINUTES_MAX,
                message: t('identity.rules.minutesInvalid'),
              },
            ]}
          >
            <InputNumber<number> style={{ width: 160 }} data-testid="rules-minutes" />
          </Form.Item>
          {readOnly ? null : (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rules-save">
              {t('identity.rules.save')}
            </Button>
          )}
        </Form>
      )}
    </section>
  );
}
