/** Enrol an authenticator app: QR code and secret, a first code, then the recovery codes (shown once). */
import { Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../layout/ProblemAlert';
import { confirmTotp, startTotp, type TotpStart } from './api';
import { RecoveryCodes } from './RecoveryCodes';
import './identity.css';

/** `onStarted`: the secret is shown (a page offering other ways to enrol hides them then). */
export function TotpEnrolment({ onDone, onStarted }: { onDone: () => void; onStarted?: () => void }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState<TotpStart | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (!started) {
    return (
      <Space direction="vertical">
        {error ? <ProblemAlert error={error} /> : null}
        <Button
          type="primary"
          disabled={busy}
          onClick={() =>
            void attempt(async () => {
              setStarted(await startTotp());
              onStarted?.();
            })
          }
          data-testid="totp-start"
        >
          {t('identity.totp.start')}
        </Button>
      </Space>
    );
  }
  return (
    <div data-testid="totp-enrolment">
      <Typography.Paragraph>{t('identity.totp.scan')}</Typography.Paragraph>
      <img
        className="totp-qr"
        alt={t('identity.totp.qr')}
        src={`data:image/svg+xml;base64,${btoa(started.qrSvg)}`}
        width={180}
        height={180}
      />
      <Typography.Paragraph>
        {t('identity.totp.secret')}:{' '}
        <span className="code" data-testid="totp-secret">
          {started.secret}
        </span>
      </Typography.Paragraph>
      <Form<{ code: string }>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) =>
          void attempt(async () => {
            const done = await confirmTotp(started.factorId, values.code.trim());
            if (done.recoveryCodes) setCodes(done.recoveryCodes);
            else onDone();
          })
        }
      >
        {error ? <ProblemAlert error={error} /> : null}
        <Form.Item
          label={t('identity.totp.code')}
          name="code"
          rules={[{ required: true, message: t('identity.secondFactor.codeRequired') }]}
        >
          <Input autoComplete="one-time-code" inputMode="numeric" data-testid="totp-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={busy} data-testid="totp-confirm">
          {t('identity.totp.confirm')}
        </Button>
      </Form>
    </div>
  );
}
