/** "Verify chain": recomputes every hash of the trail on the server and reports intact, or the first broken link. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useVerifyChain } from './api';

export function VerifyChain() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <div className="verify-chain">
      <Button
        icon={<SafetyCertificateOutlined aria-hidden />}
        onClick={() => verify.mutate()}
        loading={verify.isPending}
        data-testid="audit-verify"
      >
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </Button>
      <div aria-live="polite">
        {verify.isError ? (
          <ProblemAlert error={verify.error} title={t('audit.verifyFailed')} testId="audit-verify-result" />
        ) : result?.ok ? (
          <Alert
            type="success"
            showIcon
            className="problem-alert"
            title={t('audit.intact', {
              checked: fmt.count(result.checked),
              lastSeq: fmt.count(result.lastSeq),
            })}
            data-testid="audit-verify-result"
            data-ok="true"
          />
        ) : result ? (
          <Alert
            type="error"
            showIcon
            className="problem-alert"
            title={t('audit.broken', {
              chain: result.firstBroken?.chain ?? '',
              link: result.firstBroken?.link ?? result.lastSeq,
            })}
            description={
              result.firstBroken ? t('audit.brokenReason', { reason: result.firstBroken.reason }) : undefined
            }
            data-testid="audit-verify-result"
            data-ok="false"
          />
        ) : null}
      </div>
    </div>
  );
}
