/**
 * `/verify`, open to everyone: anyone holding a signed electronic document checks its signatures — intact or
 * changed, who signed, with which certificate and whether tinhso trusts its issuer, when (timestamp), and whether
 * long-term validation data is embedded (issue 19 §2, §4). The file stays in the browser until it is sent, and the
 * answer shows only what the document itself carries.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { RegisterCheck, RegisteredRecord, useResultVerify } from '../eforms/RegisterCheck';
import { type SignatureCheck, useVerifyPdf } from './api';
import '../data-pages.css';

/** The server takes at most 1 MiB of JSON: a PDF of up to ~750 KB once in base64. */
const MAX_PDF_BYTES = 750 * 1024;

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('signatures.verify.title'));
  const verify = useVerifyPdf();
  const registered = useResultVerify(); // eforms: the register's record of the very file (issue 16 §4)
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const check = async (file: File) => {
    setFileName(file.name);
    verify.reset();
    setTooLarge(file.size > MAX_PDF_BYTES);
    registered.reset();
    if (file.size <= MAX_PDF_BYTES) {
      const pdf = toBase64(await file.arrayBuffer());
      verify.mutate(pdf);
      registered.mutate({ pdf });
    }
    return false;
  };
  return (
    <div className="data-page" data-testid="page-verify">
      <h1>{t('signatures.verify.title')}</h1>
      <p>{t('signatures.verify.intro')}</p>
      <RegisterCheck />
      <Upload accept="application/pdf,.pdf" showUploadList={false} beforeUpload={check} maxCount={1}>
        <Button icon={<UploadOutlined />} loading={verify.isPending} data-testid="verify-choose">
          {t('signatures.verify.choose')}
        </Button>
      </Upload>
      {fileName ? <p data-testid="verify-file">{t('signatures.verify.file', { name: fileName })}</p> : null}
      {tooLarge ? <Alert type="warning" showIcon title={t('signatures.verify.tooLarge')} /> : null}
      {verify.error ? <ProblemAlert error={verify.error} /> : null}
      {registered.data ? <RegisteredRecord verdict={registered.data} byFile /> : null}
      {verify.data ? <Verdicts checks={verify.data} /> : null}
    </div>
  );
}

function Verdicts({ checks }: { checks: SignatureCheck[] }) {
  const { t } = useTranslation();
  if (checks.length === 0)
    return (
      <Alert type="warning" showIcon title={t('signatures.verify.unsigned')} data-testid="verify-unsigned" />
    );
  return (
    <section aria-labelledby="verify-result" data-testid="verify-result">
      <h2 id="verify-result">{t('signatures.verify.resultTitle', { count: checks.length })}</h2>
      {checks.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one file's signatures, in document order, never reorder
        <Verdict key={i} check={c} />
      ))}
    </section>
  );
}

function Verdict({ check }: { check: SignatureCheck }) {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const words = i18n.language.startsWith('en') ? check.messages.en : check.messages.vi;
  const intact = check.valid && (check.coversWholeDocument || check.onlyValidationDataAfter);
  return (
    <div className="verify-signature" data-testid="verify-signature">
      <Alert
        type={intact ? (check.installationCa ? 'warning' : 'success') : 'error'}
        showIcon
        title={intact ? t('signatures.verify.intact') : t('signatures.verify.broken')}
        description={
          <ul data-testid="verify-messages">
            {words.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        }
      />
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('signatures.verify.signer')}>{check.signerName}</Descriptions.Item>
        <Descriptions.Item label={t('signatures.verify.position')}>
          {[check.title, check.organization].filter(Boolean).join(', ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('signatures.verify.timestamp')}>
          {check.timestampedAt ? format.dateTime(check.timestampedAt) : t('signatures.verify.noTimestamp')}
        </Descriptions.Item>
        <Descriptions.Item label={t('signatures.verify.certificate')}>
          {check.installationCa ? (
            <Tag color="red">{t('signatures.sources.installation')}</Tag>
          ) : (
            t(`signatures.verify.chain.${check.chainStatus as 'trusted'}`, {
              defaultValue: check.chainStatus,
            })
          )}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
