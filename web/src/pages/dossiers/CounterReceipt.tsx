/**
 * What the counter shows once a registration is saved: the form the outcome issues — 01 receipt (with the code
 * and the tracking secret), 02 supplement request or 03 refusal (Circular 03/2025/TT-VPCP Appendix I) — opened
 * for printing at once ("Lưu và in phiếu") and linked, should the browser keep it from opening.
 */
import { Alert, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formUrl, type Outcome } from './api';

/** The form a reception outcome issues, by the dossier's new status. */
export function formOfOutcome(status: string): '01' | '02' | '03' | null {
  if (status === 'reception_supplement') return '02';
  if (status === 'rejected') return '03';
  if (status === 'processing' || status === 'consulting') return '01';
  return null;
}

export function CounterReceipt({ receipt, applicant }: { receipt: Outcome; applicant: string }) {
  const { t } = useTranslation();
  const form = formOfOutcome(receipt.status);
  const opened = useRef<string | null>(null);
  useEffect(() => {
    // Within the clerk's click ("Lưu và in phiếu"): the browser lets the form open in a new tab to print.
    if (!form || opened.current === receipt.id) return;
    opened.current = receipt.id;
    window.open(formUrl(receipt.id, form), '_blank', 'noopener');
  }, [form, receipt.id]);
  const title =
    form === '02'
      ? t('confirm.print.registered02', { name: applicant })
      : form === '03'
        ? t('confirm.print.registered03', { name: applicant })
        : receipt.code
          ? t('dossiers.counter.receipt', { code: receipt.code })
          : t(`dossiers.status.${receipt.status as 'submitted'}`);
  return (
    <Alert
      type={form === '01' ? 'success' : 'info'}
      showIcon
      title={title}
      description={
        <>
          {receipt.trackingSecret ? (
            <p data-testid="receipt-secret" data-code={receipt.code} data-secret={receipt.trackingSecret}>
              {t('dossiers.counter.secret', { secret: receipt.trackingSecret })}
            </p>
          ) : null}
          <Space wrap>
            {form ? (
              <a
                href={formUrl(receipt.id, form)}
                target="_blank"
                rel="noreferrer"
                data-testid="receipt-print"
                data-form={form}
              >
                {t(`confirm.print.${form}`)}
              </a>
            ) : null}
            <Link to={`/dossiers/${receipt.id}`} data-testid="receipt-open">
              {t('dossiers.open')}
            </Link>
          </Space>
          <p className="cell-note" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('confirm.print.popupBlocked')}
          </p>
        </>
      }
      data-testid="receipt"
      style={{ marginBottom: 16 }}
    />
  );
}
