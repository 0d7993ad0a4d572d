/**
 * On the public verification page (issue 16 §4): check a result document by the number and verification code
 * printed on it — the QR code opens `/verify?n=…&c=…` and the check runs at once — and, for an uploaded PDF, the
 * register's record of the very file. The answer shows only the register's record: title, number, agency,
 * dossier, signer and time; never the applicant's personal data.
 */
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';

export type ResultVerdict = {
  registered: {
    title: string;
    numberText: string;
    agencyName: string;
    dossierCode: string | null;
    signerName: string;
    signerTitle: string | null;
    issuedAt: string;
  } | null;
  intact: boolean;
  checks: Array<{ signerName: string; valid: boolean; messages: { vi: string[]; en: string[] } }>;
};

export function useResultVerify() {
  return useMutation({
    mutationFn: (body: { number: string; code: string } | { pdf: string }) =>
      api.post<ResultVerdict>('/results/verify', body),
  });
}

export function RegisteredRecord({ verdict, byFile = false }: { verdict: ResultVerdict; byFile?: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const r = verdict.registered;
  return (
    <section aria-labelledby="register-verdict" data-testid="register-verdict" data-intact={verdict.intact}>
      <h2 id="register-verdict">{t('eforms.verify.recordTitle')}</h2>
      <Alert
        type={verdict.intact && r ? 'success' : 'error'}
        showIcon
        title={
          r
            ? verdict.intact
              ? t('eforms.verify.intact')
              : t('eforms.verify.changed')
            : byFile
              ? t('eforms.verify.notRegistered')
              : t('eforms.verify.changed')
        }
        data-testid="register-verdict-title"
      />
      {r ? (
        <Descriptions bordered size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('eforms.verify.document')}>{r.title}</Descriptions.Item>
          <Descriptions.Item label={t('eforms.verify.number')}>{r.numberText}</Descriptions.Item>
          <Descriptions.Item label={t('eforms.verify.agency')}>{r.agencyName}</Descriptions.Item>
          <Descriptions.Item label={t('eforms.verify.dossier')}>{r.dossierCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('eforms.verify.signer')}>
            {[r.signerName, r.signerTitle].filter(Boolean).join(' — ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('eforms.verify.issuedAt')}>
            {format.dateTime(r.issuedAt)}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </section>
  );
}

export function RegisterCheck() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ number: string; code: string }>();
  const verify = useResultVerify();
  const n = params.get('n');
  const c = params.get('c');
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once for the address the QR code opened
  useEffect(() => {
    if (n && c) {
      form.setFieldsValue({ number: n, code: c });
      verify.mutate({ number: n, code: c });
    }
  }, [n, c]);
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('eforms.verify.byNumber')}</h2>}
      style={{ marginBottom: 16 }}
      data-testid="verify-by-number"
    >
      <Form form={form} layout="inline" onFinish={(v) => verify.mutate(v)}>
        <Form.Item name="number" label={t('eforms.verify.number')} rules={[{ required: true, max: 60 }]}>
          <Input data-testid="verify-number" />
        </Form.Item>
        <Form.Item name="code" label={t('eforms.verify.code')} rules={[{ required: true, max: 40 }]}>
          <Input data-testid="verify-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="verify-submit">
          {t('eforms.verify.check')}
        </Button>
      </Form>
      {verify.error ? <ProblemAlert error={verify.error} testId="verify-number-error" /> : null}
      {verify.data ? <RegisteredRecord verdict={verify.data} /> : null}
    </Card>
  );
}
