/**
 * The inputs an action needs, inside the action dialog: papers to add, reasons, the note of a return, the new
 * appointment of an extension (Form 04), the reason of a stop (Form 05) or a withdrawal, the agency, content and
 * deadline of a consultation and its answer (Decree 61 art. 19), the way a result is returned, a payment.
 */
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type Dossier, useProvinceAgencies } from './api';
import { PaperUpload, type StoredFile } from './PaperUpload';
import { RefusalFields } from './RefusalFields';

/** Files attached to the papers of a supplement, by the paper's name (one line of `missing`). */
export type PaperFiles = Record<string, StoredFile>;

const paperLines = (text: unknown) =>
  (typeof text === 'string' ? text : '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The papers the last supplement request asked for (Form 02), to prefill what is being supplied. */
function requestedPapers(dossier: Dossier): string {
  const asked = [...dossier.history]
    .reverse()
    .find((e) => e.type === 'supplement_requested' || e.type === 'reception_supplement_requested');
  return (asked?.details ?? []).join('\n');
}

/**
 * Supplying papers (after Form 02, or a supplement asked during processing): each paper named on its own line,
 * and a scan attached to each (Decree 61 art. 16: online dossiers carry their documents electronically).
 */
function SupplyFields({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const named = paperLines(Form.useWatch('missing', form));
  const [files, setFiles] = useState<PaperFiles>({});
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Form.Item
        name="missing"
        label={t('dossiers.fields.supplied')}
        rules={[{ required: true }]}
        initialValue={requestedPapers(dossier)}
      >
        <Input.TextArea rows={4} maxLength={2000} data-testid="field-missing" />
      </Form.Item>
      {named.length > 0 ? (
        <ul style={{ paddingInlineStart: 20 }} data-testid="supply-files">
          {named.map((name, i) => (
            <li key={name} style={{ marginBottom: 8 }}>
              <div>{name}</div>
              <PaperUpload
                stored={files[name]}
                onStored={(stored) =>
                  setFiles((f) => {
                    const next = { ...f, [name]: stored };
                    form.setFieldValue('files', next);
                    return next;
                  })
                }
                onError={setError}
                label={files[name] ? t('dossiers.supply.replace') : t('dossiers.supply.choose')}
                accessibleName={`${files[name] ? t('dossiers.supply.replace') : t('dossiers.supply.choose')}: ${name}`}
                testId={`supply-upload-${i}`}
                uploadedTestId={`supply-uploaded-${i}`}
                small
              />
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
    </>
  );
}

function ConsultFields({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const agencies = useProvinceAgencies(dossier.provinceCode);
  const own = new Set([dossier.competentAgency?.id, dossier.receivingAgency?.id]);
  return (
    <>
      <Form.Item name="agencyId" label={t('dossiers.fields.agency')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={agencies.isPending}
          options={(agencies.data?.agencies ?? [])
            .filter((a) => !own.has(a.id))
            .map((a) => ({ value: a.id, label: a.name }))}
          data-testid="field-agency"
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('dossiers.fields.content')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="field-content" />
      </Form.Item>
      <Form.Item
        name="deadlineDate"
        label={t('dossiers.fields.deadline')}
        rules={[{ required: true }]}
        initialValue={dayjs().add(5, 'day')}
      >
        <DatePicker
          format="DD/MM/YYYY"
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          data-testid="field-deadline"
        />
      </Form.Item>
    </>
  );
}

function AnswerFields({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const open = dossier.consultations.filter((c) => !c.answeredAt);
  return (
    <>
      <Form.Item
        name="consultationId"
        label={t('dossiers.fields.consultation')}
        rules={[{ required: true }]}
        initialValue={open[0]?.id}
      >
        <Select
          options={open.map((c) => ({ value: c.id, label: `${c.agencyName ?? ''}: ${c.content}` }))}
          data-testid="field-consultation"
        />
      </Form.Item>
      <Form.Item
        name="answer"
        label={t('dossiers.fields.answer')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={4} maxLength={4000} data-testid="field-answer" />
      </Form.Item>
    </>
  );
}

export function ActionFields({ open, dossier }: { open: string; dossier: Dossier }) {
  const { t } = useTranslation();
  const asksPapers = open === 'request_supplement' || open === 'request_reception_supplement';
  const suppliesPapers = open === 'provide_supplement' || open === 'resubmit';
  return (
    <>
      {suppliesPapers ? <SupplyFields dossier={dossier} /> : null}
      {asksPapers ? (
        <Form.Item name="missing" label={t('dossiers.fields.missing')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={2000} data-testid="field-missing" />
        </Form.Item>
      ) : null}
      {open === 'refuse' ? <RefusalFields dossier={dossier} /> : null}
      {open === 'reject' ? (
        <Form.Item name="reasons" label={t('dossiers.fields.reasons')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={2000} data-testid="field-reasons" />
        </Form.Item>
      ) : null}
      {open === 'forward' || open === 'approve' ? (
        <Form.Item
          name="note"
          label={t('confirm.action.opinion')}
          extra={t('confirm.action.opinionHint')}
          rules={[{ max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="field-opinion" />
        </Form.Item>
      ) : null}
      {open === 'return_step' ? (
        <Form.Item name="note" label={t('dossiers.fields.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="field-note" />
        </Form.Item>
      ) : null}
      {open === 'consult' ? <ConsultFields dossier={dossier} /> : null}
      {open === 'answer_consultation' ? <AnswerFields dossier={dossier} /> : null}
      {open === 'extend' ? (
        <Form.Item
          name="newDueDate"
          label={t('dossiers.fields.newDueDate')}
          extra={t('dossiers.fields.extendHint')}
          rules={[{ required: true }]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            disabledDate={(d) => (dossier.dueAt ? !d.isAfter(dayjs(dossier.dueAt), 'day') : false)}
            data-testid="field-new-due"
          />
        </Form.Item>
      ) : null}
      {open === 'extend' || open === 'stop' || open === 'withdraw' ? (
        <Form.Item
          name="reason"
          label={t('dossiers.fields.reason')}
          rules={[{ required: open !== 'withdraw' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="field-reason" />
        </Form.Item>
      ) : null}
      {open === 'return_result' ? (
        <>
          <Form.Item
            name="method"
            label={t('dossiers.fields.method')}
            initialValue={dossier.resultMethod === 'post' ? 'post' : 'counter'}
          >
            <Select
              options={(['counter', 'post'] as const).map((m) => ({
                value: m,
                label: t(`dossiers.resultMethod.${m}`),
              }))}
              data-testid="field-method"
            />
          </Form.Item>
          <Form.Item name="tracking" label={t('dossiers.fields.tracking')}>
            <Input maxLength={30} data-testid="field-tracking" />
          </Form.Item>
        </>
      ) : null}
      {open === 'record_payment' ? (
        <Form.Item name="paymentMethod" label={t('dossiers.fields.paymentMethod')} initialValue="cash">
          <Select
            options={(['cash', 'transfer', 'vietqr', 'post'] as const).map((m) => ({
              value: m,
              label: t(`dossiers.payment.${m}`),
            }))}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
