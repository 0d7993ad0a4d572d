/**
 * Add a security key or passkey (WebAuthn, issue 20 §2): the browser creates it, the server checks and keeps it.
 * The account's first factor brings its recovery codes, handed to `onAdded` for the page to show once.
 */
import { KeyOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSecurityKey } from './api';
import { FactorAlert } from './FactorAlert';

export function KeyEnrolment({ onAdded }: { onAdded: (recoveryCodes: string[] | null) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      onAdded((await registerSecurityKey(t('identity.security.keyLabel'))).recoveryCodes);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical">
      {error ? <FactorAlert error={error} /> : null}
      <Button
        icon={<KeyOutlined aria-hidden />}
        disabled={busy}
        aria-busy={busy}
        onClick={() => void add()}
        data-testid="security-add-key"
      >
        {t('identity.security.addKey')}
      </Button>
    </Space>
  );
}
