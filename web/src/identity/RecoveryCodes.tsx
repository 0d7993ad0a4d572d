/** The recovery codes the first second factor brings (issue 20 §2): shown once, then the person goes on. */
import { Alert, Button, List } from 'antd';
import { useTranslation } from 'react-i18next';
import './identity.css';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="recovery-codes">
      <Alert
        type="warning"
        showIcon
        title={t('identity.totp.recoveryTitle')}
        description={t('identity.totp.recoveryIntro')}
      />
      <List
        size="small"
        className="recovery-codes"
        dataSource={codes}
        renderItem={(code) => (
          <List.Item>
            <span className="code">{code}</span>
          </List.Item>
        )}
      />
      <Button type="primary" onClick={onDone} data-testid="recovery-codes-done">
        {t('identity.totp.done')}
      </Button>
    </div>
  );
}
