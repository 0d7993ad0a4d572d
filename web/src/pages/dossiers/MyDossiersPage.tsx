/**
 * `/my/dossiers`: a citizen's own dossiers and the online application (Decree 61/2018 art. 16(3)): a step-by-step
 * form built from the procedure — choose it and the receiving centre, give the applicant's details and what is
 * asked, upload each required document (type- and size-checked by the server), review and submit once (an
 * Idempotency-Key makes a repeated click harmless).
 */
import { Alert, Button, Card, Form, Input, Select, Steps, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { DeclarationForm } from '../eforms/DeclarationForm';
import { DeclarationView } from '../eforms/DeclarationView';
import { submitApplication, useCatalogue, useCatalogueEntry, useMyDossiers } from './api';
import { DossierTable } from './DossierTable';
import { PaperUpload } from './PaperUpload';
import '../data-pages.css';

const PROVINCE = '04';

function ApplyWizard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [q, setQ] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const catalogue = useCatalogue(PROVINCE, q);
  const entry = useCatalogueEntry(PROVINCE, code);
  const [centre, setCentre] = useState<string | null>(null);
  const [applicant, setApplicant] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Record<string, { fileId: string; fileName: string }>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(`apply-${crypto.randomUUID()}`);
  const documents = entry.data?.procedure.documents ?? [];
  const missing = documents.filter((d) => d.required && !files[d.name]);
  // eforms (issue 16): the version's declaration e-form, filled after the applicant's details.
  const declarationForm = entry.data?.procedure.declarationForm ?? null;
  const [declaring, setDeclaring] = useState(false);
  const [declaration, setDeclaration] = useState<Record<string, unknown> | undefined>();

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const { request, ...person } = applicant;
      await submitApplication(
        {
          procedureCode: code,
          receivingAgencyId: centre,
          applicant: Object.fromEntries(Object.entries(person).filter(([, v]) => v)),
          ...(request ? { declared: { 'Nội dung đề nghị': request } } : {}),
          ...(declarationForm && declaration ? { declaration } : {}),
          resultMethod: 'online',
          documents: documents
            .filter((d) => files[d.name])
            .map((d) => ({ name: d.name, fileId: files[d.name]!.fileId })),
        },
        key.current,
      );
      onDone();
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
          <Form.Item name="request" label={t('dossiers.apply.declared')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} data-testid="apply-request" />
          </Form.Item>
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
          <ul>
            {Object.entries(files).map(([name, f]) => (
              <li key={name}>
                {name}: {f.fileName}
              </li>
            ))}
          </ul>
          {declarationForm && declaration ? (
            <DeclarationView form={declarationForm} data={declaration} testId="apply-declaration-review" />
          ) : null}
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

export function MyDossiersPage() {
  const { t } = useTranslation();
  const title = t('areas.myDossiers.title');
  usePageTitle(title);
  const [page, setPage] = useState(1);
  const [applying, setApplying] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const mine = useMyDossiers(page);
  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-myDossiers">
          {title}
        </Typography.Title>
        {!applying ? (
          <Button type="primary" onClick={() => setApplying(true)} data-testid="apply-start">
            {t('dossiers.apply.button')}
          </Button>
        ) : null}
      </div>
      {submitted ? (
        <Alert
          type="success"
          showIcon
          title={t('dossiers.apply.submitted')}
          data-testid="apply-done"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {applying ? (
        <ApplyWizard
          onDone={() => {
            setApplying(false);
            setSubmitted(true);
            void mine.refetch();
          }}
        />
      ) : null}
      <Typography.Paragraph className="page-intro">{t('dossiers.mine.intro')}</Typography.Paragraph>
      {mine.isError ? (
        <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <DossierTable
          data={mine.data}
          loading={mine.isPending}
          page={page}
          onPage={setPage}
          caption={title}
          testId="my-dossiers"
        />
      )}
    </div>
  );
}
