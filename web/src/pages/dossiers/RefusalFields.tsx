/**
 * The leader's refusal after appraisal (Decree 61 art. 19; issue 16 §3): the reasons and the provision the
 * dossier fails, written once, and the written refusal (Phiếu từ chối giải quyết hồ sơ) previewed as the exact
 * PDF the leader will sign — the server renders it from what is typed now. Confirming numbers and signs it.
 */
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch, apiUrl, errorOf } from '../../api/client';
import { ProblemAlert } from '../../layout/ProblemAlert';
import type { Dossier } from './api';

export const reasonLines = (text: unknown) =>
  (typeof text === 'string' ? text : '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function RefusalFields({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const [preview, setPreview] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  async function showPreview() {
    setError(null);
    try {
      await form.validateFields(['reasons']);
    } catch {
      return; // the field says what is missing
    }
    setLoading(true);
    try {
      const legalBasis = String(form.getFieldValue('legalBasis') ?? '').trim();
      const response = await apiFetch(
        new Request(apiUrl(`/dossiers/${dossier.id}/refusal-preview`), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/pdf, application/problem+json',
          },
          body: JSON.stringify({
            reasons: reasonLines(form.getFieldValue('reasons')),
            ...(legalBasis ? { legalBasis } : {}),
          }),
          credentials: 'same-origin',
        }),
      );
      if (!response.ok) throw await errorOf(response);
      const url = URL.createObjectURL(await response.blob());
      setPreview(url);
      window.open(url, '_blank', 'noopener');
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <Form.Item name="reasons" label={t('results.refusal.reasons')} rules={[{ required: true }]}>
        <Input.TextArea rows={4} maxLength={2000} data-testid="field-reasons" />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('results.refusal.legalBasis')}
        extra={t('results.refusal.legalBasisHint')}
        rules={[{ max: 1000 }]}
      >
        <Input maxLength={1000} data-testid="field-legal-basis" />
      </Form.Item>
      <p className="cell-note">{t('results.refusal.signs')}</p>
      <Button onClick={() => void showPreview()} loading={loading} data-testid="refusal-preview">
        {t('results.refusal.preview')}
      </Button>
      {preview ? (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={
            <a href={preview} target="_blank" rel="noreferrer" data-testid="refusal-preview-link">
              {t('results.refusal.open')}
            </a>
          }
        />
      ) : null}
      {error ? <ProblemAlert error={error} testId="refusal-preview-error" /> : null}
    </>
  );
}
