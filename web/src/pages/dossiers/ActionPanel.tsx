/**
 * The actions the reader may take on a dossier now (the server lists them): each opens a short form when it needs
 * input, sends the version the reader saw, and shows the new state — or, when someone else was first (409), the
 * dossier as it is now.
 */
import { Alert, Button, Form, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ActionFields, type PaperFiles } from './ActionFields';
import { type Decision, type Dossier, formUrl, useAct, useReception } from './api';

const RECEPTION = ['receive', 'request_reception_supplement', 'reject'] as const;
const NO_INPUT = ['forward', 'approve', 'receive', 'reissue_tracking_secret'];
// Rating has its own form on the page.
const HIDDEN = ['rate'];

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function ActionPanel({ dossier, onChanged }: { dossier: Dossier; onChanged: () => void }) {
  const { t } = useTranslation();
  const act = useAct(dossier.id);
  const reception = useReception(dossier.id);
  const [open, setOpen] = useState<string | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [receipt, setReceipt] = useState<{
    code: string | null;
    secret: string | null;
    reissued?: boolean;
  } | null>(null);
  const [form] = Form.useForm();
  const actions = dossier.actions.filter((a) => !HIDDEN.includes(a));
  const error = act.error ?? reception.error;

  async function run(type: string, values: Record<string, unknown>) {
    setConflict(false);
    setRunning(type);
    try {
      if ((RECEPTION as readonly string[]).includes(type)) {
        const decision: Decision =
          type === 'receive'
            ? { kind: 'complete' }
            : type === 'reject'
              ? { kind: 'refused', reasons: lines(values.reasons as string) }
              : { kind: 'incomplete', missing: lines(values.missing as string) };
        const outcome = await reception.mutateAsync({ version: dossier.version, decision });
        if (outcome.code) setReceipt({ code: outcome.code, secret: outcome.trackingSecret });
      } else {
        const action: Record<string, unknown> = { type };
        if (values.note) action.note = values.note;
        if (type === 'request_supplement') action.missing = lines(values.missing as string);
        if (type === 'refuse') action.reasons = lines(values.reasons as string);
        if (type === 'return_step') action.note = values.note ?? '';
        if (type === 'extend' || type === 'stop') action.reason = values.reason;
        if (type === 'extend')
          action.newDueDate = (values.newDueDate as { format: (f: string) => string }).format('YYYY-MM-DD');
        if (type === 'consult') {
          action.agencyId = values.agencyId;
          action.content = values.content;
          action.deadlineDate = (values.deadlineDate as { format: (f: string) => string }).format(
            'YYYY-MM-DD',
          );
        }
        if (type === 'answer_consultation') {
          action.consultationId = values.consultationId;
          action.answer = values.answer;
        }
        if (type === 'provide_supplement' || type === 'resubmit') {
          const files = (form.getFieldValue('files') ?? {}) as PaperFiles;
          action.documents = lines(values.missing as string).map((name) =>
            files[name] ? { name, fileId: files[name].fileId } : { name },
          );
        }
        if (type === 'return_result') {
          action.method = values.method ?? 'counter';
          if (values.tracking) action.postalTrackingNumber = values.tracking;
        }
        if (type === 'record_payment') action.method = values.paymentMethod ?? 'cash';
        if (type === 'withdraw' && values.reason) action.reason = values.reason;
        const changed = await act.mutateAsync({ version: dossier.version, action });
        // A reissued secret is shown once, to print or tell the applicant; it is never stored.
        if (changed.trackingSecret)
          setReceipt({ code: changed.code, secret: changed.trackingSecret, reissued: true });
      }
      setOpen(null);
      form.resetFields();
      form.setFieldValue('files', {});
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setOpen(null);
        setConflict(true);
        onChanged();
      }
    } finally {
      setRunning(null);
    }
  }

  const start = (type: string) => (NO_INPUT.includes(type) ? void run(type, {}) : setOpen(type));

  return (
    <section aria-labelledby="actions-heading" className="dossier-actions">
      <h2 id="actions-heading">{t('dossiers.actionsTitle')}</h2>
      {receipt ? (
        <Alert
          type="success"
          showIcon
          title={t(receipt.reissued ? 'dossiers.counter.reissued' : 'dossiers.counter.receipt', {
            code: receipt.code,
          })}
          description={
            <>
              <p data-testid="receipt-secret" data-code={receipt.code} data-secret={receipt.secret}>
                {t('dossiers.counter.secret', { secret: receipt.secret })}
              </p>
              <a href={formUrl(dossier.id, '01')} target="_blank" rel="noreferrer">
                {t('dossiers.counter.printReceipt')}
              </a>
            </>
          }
          data-testid="receipt"
        />
      ) : null}
      {conflict ? (
        <Alert type="warning" showIcon title={t('dossiers.conflict')} data-testid="action-conflict" />
      ) : null}
      {error && !(error instanceof ApiError && error.status === 409) ? (
        <ProblemAlert error={error} testId="action-error" />
      ) : null}
      {actions.length === 0 ? (
        <p>{t('dossiers.noActions')}</p>
      ) : (
        <Space wrap>
          {actions.map((type) => (
            <Button
              key={type}
              type={type === 'approve' || type === 'receive' || type === 'forward' ? 'primary' : 'default'}
              loading={running === type && open === null}
              onClick={() => start(type)}
              data-testid={`action-${type}`}
            >
              {t(`dossiers.action.${type as 'forward'}`)}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={open !== null}
        title={open ? t(`dossiers.action.${open as 'forward'}`) : ''}
        okText={t('dossiers.confirm')}
        cancelText={t('dossiers.cancel')}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        confirmLoading={act.isPending || reception.isPending}
        okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => open && void run(open, values)}>
          {open ? <ActionFields open={open} dossier={dossier} /> : null}
        </Form>
      </Modal>
    </section>
  );
}
