/** A code from the authenticator app (or a recovery code), or a security key: to finish signing in or to step up. */
import { KeyOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerWithSecurityKey, giveCode } from './api';
import { FactorAlert } from './FactorAlert';

export function SecondFactorForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onDone();
    } catch (caught) {
      setError(caught);
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<{ code: string }>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void run(() => giveCode(values.code.trim()))}
      data-testid="second-factor-form"
    >
      {error ? <FactorAlert error={error} /> : null}
      <Form.Item
        label={t('identity.secondFactor.code')}
        name="code"
        rules={[{ required: true, whitespace: true, message: t('identity.secondFactor.codeRequired') }]}
      >
        <Input
          autoComplete="one-time-code"
          inputMode="numeric"
          size="large"
          autoFocus
          data-testid="second-factor-code"
        />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          disabled={busy}
          aria-busy={busy}
          data-testid="second-factor-submit"
        >
          {t('identity.secondFactor.verify')}
        </Button>
        <Button
          icon={<KeyOutlined aria-hidden />}
          disabled={busy}
          onClick={() => void run(answerWithSecurityKey)}
          data-testid="second-factor-key"
        >
          {t('identity.secondFactor.useKey')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('identity.secondFactor.cancel')}</Button> : null}
      </Space>
    </Form>
  );
}
