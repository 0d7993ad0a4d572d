/**
 * The online application (Decree 61/2018 art. 16(3)): a step-by-step form built from the procedure — the procedure
 * (fixed when started from its page) and the receiving centre, the applicant and the declaration, one upload per
 * required paper (type- and size-checked by the server), review and submit once (an Idempotency-Key makes a
 * repeated click harmless). The answer carries the submission reference and tracking secret (issue 15 §3).
 */
import { Button, Card, Form, Input, Select, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { DeclarationForm } from '../eforms/DeclarationForm';
import { DeclarationView } from '../eforms/DeclarationView';
import { type SubmitAnswer, submitApplication, useCatalogue, useCatalogueEntry } from './api';
import { DeclarationSection, DeclarationSummary, type Declared } from './DeclarationSection';
import { PaperUpload } from './PaperUpload';

const PROVINCE = '04';

type Props = {
  /** The procedure chosen on its page ("Nộp hồ sơ"); left out, the applicant picks it in the first step. */
  procedureCode?: string;
  province?: string;
  /** The signed-in citizen's own name, to start from. */
  initialApplicant?: Record<string, string>;
  onDone: (answer: SubmitAnswer) => void;
};

export function ApplyWizard({ procedureCode, province = PROVINCE, initialApplicant, onDone }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [q, setQ] = useState('');
  const [code, setCode] = useState<string | null>(procedureCode ?? null);
  const catalogue = useCatalogue(province, procedureCode ? '' : q);
  const entry = useCatalogueEntry(province, code);
  const [centre, setCentre] = useState<string | null>(null);
  const [applicant, setApplicant] = useState<Record<string, string>>(initialApplicant ?? {});
  const [declared, setDeclared] = useState<Declared>({});
  const [files, setFiles] = useState<Record<string, { fileId: string; fileName: string }>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(`apply-${crypto.randomUUID()}`);
  const documents = entry.data?.procedure.documents ?? [];
  const missing = documents.filter((d) => d.required && !files[d.name]);
  // The procedure version's e-form (issue 16), filled after the applicant's details; without one, free text.
  const declarationForm = entry.data?.procedure.declarationForm ?? null;
  const [declaring, setDeclaring] = useState(false);
  const [declaration, setDeclaration] = useState<Record<string, unknown> | undefined>();

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const answer = await submitApplication(
        {
          procedureCode: code,
          receivingAgencyId: centre,
          applicant: Object.fromEntries(Object.entries(applicant).filter(([, v]) => v)),
          ...(Object.keys(declared).length ? { declared } : {}),
          ...(declarationForm && declaration ? { declaration } : {}),
          resultMethod: 'online',
          documents: documents
            .filter((d) => files[d.name])
            .map((d) => ({ name: d.name, fileId: files[d.name]!.fileId })),
        },
        key.current,
      );
      onDone(answer);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('dossiers.apply.title')}</h2>}
      data-testid="apply-wizard"
    >
      <Steps
        current={step}
        size="small"
        items={[
          t('dossiers.apply.stepProcedure'),
          t('dossiers.apply.stepApplicant'),
          t('dossiers.apply.stepDocuments'),
          t('dossiers.apply.stepReview'),
        ].map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
      />
      {step === 0 ? (
        <Form layout="vertical">
          {procedureCode ? (
            <p data-testid="apply-fixed-procedure">
              {t('front.apply.fixedProcedure')}:{' '}
              <strong>
                {entry.data ? `${entry.data.procedure.name} (${procedureCode})` : procedureCode}
              </strong>
            </p>
          ) : (
            <Form.Item label={t('dossiers.counter.procedure')} required>
              <Select
                showSearch
                filterOption={false}
                onSearch={setQ}
                value={code ?? undefined}
                onChange={(value: string) => setCode(value)}
                placeholder={t('dossiers.counter.procedureSearch')}
                options={(catalogue.data?.items ?? []).map((p) => ({
                  value: p.code,
                  label: `${p.code} — ${p.name}`,
                }))}
                aria-label={t('dossiers.counter.procedure')}
                data-testid="apply-procedure"
              />
            </Form.Item>
          )}
          {entry.data ? (
            <p>{t('dossiers.apply.duration', { text: entry.data.procedure.durationText })}</p>
          ) : null}
          <Form.Item label={t('dossiers.counter.centre')} required>
            <Select
              value={centre ?? undefined}
              onChange={(value: string) => setCentre(value)}
              showSearch
              optionFilterProp="label"
              options={(entry.data?.publication.receiving.agencies ?? []).map((a) => ({
                value: a.id,
                label: a.name,
              }))}
              aria-label={t('dossiers.counter.centre')}
              data-testid="apply-centre"
            />
          </Form.Item>
          <Button
            type="primary"
            disabled={!code || !centre}
            onClick={() => setStep(1)}
            data-testid="apply-next"
          >
            {t('dossiers.apply.next')}
          </Button>
        </Form>
      ) : null}
      {step === 1 && declaring && declarationForm ? (
        <DeclarationForm
          form={declarationForm}
          profile={{ name: applicant.name, address: applicant.address }}
          initial={declaration}
          onBack={() => setDeclaring(false)}
          onSubmit={(data) => {
            setDeclaration(data);
            setDeclaring(false);
            setStep(2);
          }}
          testId="apply-declaration"
        />
      ) : null}
      {step === 1 && !declaring ? (
        <Form
          layout="vertical"
          initialValues={applicant}
          onFinish={(values) => {
            setApplicant(values);
            if (declarationForm) setDeclaring(true);
            else setStep(2);
          }}
        >
          <Form.Item
            name="name"
            label={t('dossiers.counter.applicantName')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input data-testid="apply-name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('dossiers.counter.phone')}
            rules={[{ pattern: /^\+?[0-9 .-]{6,20}$/ }]}
          >
            <Input maxLength={20} data-testid="apply-phone" />
          </Form.Item>
          <Form.Item name="email" label={t('dossiers.counter.email')} rules={[{ type: 'email', max: 254 }]}>
            <Input data-testid="apply-email" />
          </Form.Item>
          <Form.Item name="address" label={t('dossiers.counter.address')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
          {declarationForm ? null : <DeclarationSection value={declared} onChange={setDeclared} />}
          <Button onClick={() => setStep(0)}>{t('dossiers.apply.back')}</Button>{' '}
          <Button type="primary" htmlType="submit" data-testid="apply-next">
            {t('dossiers.apply.next')}
          </Button>
        </Form>
      ) : null}
      {step === 2 ? (
        <div>
          <ul className="plain-list">
            {documents.map((doc, i) => (
              <li key={doc.name} style={{ marginBottom: 12 }}>
                <div>
                  {doc.name} {doc.required ? <em>({t('dossiers.apply.required')})</em> : null}
                </div>
                <PaperUpload
                  stored={files[doc.name]}
                  onStored={(stored) => {
                    setFiles((f) => ({ ...f, [doc.name]: stored }));
                    setError(null);
                  }}
                  onError={setError}
                  label={t('dossiers.apply.upload', { name: doc.name })}
                  testId={`apply-upload-${i}`}
                />
              </li>
            ))}
          </ul>
          {error ? <ProblemAlert error={error} /> : null}
          <Button onClick={() => setStep(1)}>{t('dossiers.apply.back')}</Button>{' '}
          <Button
            type="primary"
            disabled={missing.length > 0}
            onClick={() => setStep(3)}
            data-testid="apply-next"
          >
            {t('dossiers.apply.next')}
          </Button>
        </div>
      ) : null}
      {step === 3 ? (
        <div>
          <p>
            <strong>{entry.data?.procedure.name}</strong>
          </p>
          <p>{applicant.name}</p>
          <DeclarationSummary value={declared} />
          {declarationForm && declaration ? (
            <DeclarationView form={declarationForm} data={declaration} testId="apply-declaration-review" />
          ) : null}
          <ul>
            {Object.entries(files).map(([name, f]) => (
              <li key={name}>
                {name}: {f.fileName}
              </li>
            ))}
          </ul>
          {error ? <ProblemAlert error={error} testId="apply-error" /> : null}
          <Button onClick={() => setStep(2)}>{t('dossiers.apply.back')}</Button>{' '}
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="apply-submit">
            {t('dossiers.apply.submit')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
