/**
 * The VietQR code of a dossier's unpaid fee (Decree 61 art. 22; issue 6 §4): the applicant pays by bank transfer
 * with the dossier code as the content; the clerk then records the payment (manual reconciliation).
 */
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePaymentCode } from './api';

export function PaymentCode({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [shown, setShown] = useState(false);
  const code = usePaymentCode(id, shown);
  if (!shown)
    return (
      <Button size="small" onClick={() => setShown(true)} data-testid="payment-code-show">
        {t('dossiers.paymentCode.show')}
      </Button>
    );
  if (code.isError) return <ProblemAlert error={code.error} onRetry={() => void code.refetch()} />;
  if (!code.data) return <span>{t('dossiers.paymentCode.loading')}</span>;
  return (
    <div data-testid="payment-code">
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.data.svg)}`}
        alt={t('dossiers.paymentCode.alt', {
          amount: f.count(code.data.amountDong),
          reference: code.data.reference,
        })}
        width={180}
        height={180}
      />
      <div>{t('dossiers.paymentCode.content', { reference: code.data.reference })}</div>
      {code.data.demoAccount ? (
        <Alert type="info" showIcon title={t('dossiers.paymentCode.demo')} style={{ marginTop: 8 }} />
      ) : null}
    </div>
  );
}
