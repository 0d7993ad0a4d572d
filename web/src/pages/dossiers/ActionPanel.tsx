/**
 * The actions the reader may take on a dossier now (the server lists them): each is deliberate (issue 15 §5) —
 * a dialog asks to confirm it with the opinion or reason the law expects, the button cannot be pressed twice
 * while it runs, and it sends the version the reader saw (the server refuses a stale one: someone else was first,
 * 409, and the dossier is shown as it is now). Success is told, the dialog closes, and the form an action issues
 * (01–05) opens to print.
 */
import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ActionFields, type PaperFiles } from './ActionFields';
import { type Decision, type Dossier, formUrl, useAct, useReception } from './api';

const RECEPTION = ['receive', 'request_reception_supplement', 'reject'] as const;
/** Actions with a sentence saying what confirming does (confirm.action.*). */
const EXPLAINED = ['forward', 'approve', 'receive', 'reissue_tracking_secret'] as const;
/** The form an action issues, printed at once (Circular 03/2025/TT-VPCP Appendix I). */
const FORM_OF: Record<string, string> = {
  receive: '01',
  request_reception_supplement: '02',
  request_supplement: '02',
  reject: '03',
  extend: '04',
  stop: '05',
};
// Rating has its own form on the page.
const HIDDEN = ['rate'];

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function ActionPanel({ dossier, onChanged }: { dossier: Dossier; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
  const [printed, setPrinted] = useState<string | null>(null);
  const [form] = Form.useForm();
  const actions = dossier.actions.filter((a) => !HIDDEN.includes(a));
  const error = act.error ?? reception.error;

  async function run(type: string, values: Record<string, unknown>) {
    if (running) return; // one submission at a time
    setConflict(false);
    setPrinted(null);
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
        if (type === 'refuse') {
          action.reasons = lines(values.reasons as string);
          const basis = String(values.legalBasis ?? '').trim();
          if (basis) action.legalBasis = basis;
        }
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
      void message.success(t('confirm.action.done', { action: t(`dossiers.action.${type as 'forward'}`) }));
      const issued = FORM_OF[type];
      if (issued) {
        setPrinted(issued);
        // Within the click that confirmed: the browser lets the form open in a new tab to print.
        window.open(formUrl(dossier.id, issued), '_blank', 'noopener');
      }
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

  const start = (type: string) => {
    act.reset();
    reception.reset();
    setOpen(type);
  };
  const explained = (EXPLAINED as readonly string[]).includes(open ?? '');

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
      {printed && printed !== '01' ? (
        <Alert
          type="success"
          showIcon
          title={
            <a
              href={formUrl(dossier.id, printed)}
              target="_blank"
              rel="noreferrer"
              data-testid="action-print"
            >
              {t(`confirm.print.${printed as '02'}`)}
            </a>
          }
          data-testid="action-printed"
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
              loading={running === type}
              disabled={running !== null && running !== type}
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
        onCancel={() => (running ? undefined : setOpen(null))}
        onOk={() => form.submit()}
        confirmLoading={running !== null}
        okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
        destroyOnHidden
      >
        <p data-testid="action-question">
          {open ? t('confirm.action.question', { action: t(`dossiers.action.${open as 'forward'}`) }) : null}
        </p>
        {open && explained ? <p className="cell-note">{t(`confirm.action.${open as 'forward'}`)}</p> : null}
        <Form form={form} layout="vertical" onFinish={(values) => open && void run(open, values)}>
          {open ? <ActionFields open={open} dossier={dossier} /> : null}
        </Form>
      </Modal>
    </section>
  );
}
