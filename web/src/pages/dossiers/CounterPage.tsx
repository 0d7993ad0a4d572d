/**
 * `/counter/receive`: the reception desk (Decree 61/2018 art. 17). Online dossiers waiting for reception, and a
 * form to register a dossier brought in person or by public post with the completeness decision (forms 01, 02,
 * 03); a receipt shows the dossier code, the tracking secret and the printable form 01.
 */
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { DeclarationForm } from '../eforms/DeclarationForm';
import { DeclarationView } from '../eforms/DeclarationView';
import { type Outcome, useCatalogue, useCatalogueEntry, useQueue, useRegister } from './api';
import { CounterDeclaration, DECLARATION_FIELD, declaredOf } from './CounterDeclaration';
import { CounterReceipt } from './CounterReceipt';
import { DossierTable } from './DossierTable';
import { missingPapers, PaperChecklist, type PaperState, receivedPapers } from './PaperChecklist';
import '../data-pages.css';

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const newKey = () => `counter-${crypto.randomUUID()}`;

export function CounterPage() {
  const { t } = useTranslation();
  const title = t('areas.receiveDossier.title');
  usePageTitle(title);
  const user = useCurrentUser();
  // The server sends each grant's province beside its unit (identity's grant view).
  const grant = user.roles.find((g) => g.role === 'counter_clerk') as { provinceCode?: string } | undefined;
  const provinceCode = grant?.provinceCode ?? '04';
  const [page, setPage] = useState(1);
  const waiting = useQueue('new', page, '');
  const [q, setQ] = useState('');
  const catalogue = useCatalogue(provinceCode, q);
  const [code, setCode] = useState<string | null>(null);
  const entry = useCatalogueEntry(provinceCode, code);
  const register = useRegister();
  const key = useRef(newKey());
  const [receipt, setReceipt] = useState<{ outcome: Outcome; applicant: string } | null>(null);
  const [papers, setPapers] = useState<PaperState>({});
  const [form] = Form.useForm();
  const decision = Form.useWatch('decision', form) ?? 'complete';
  const channel = Form.useWatch('channel', form) ?? 'in_person';
  const listed = entry.data?.procedure.documents ?? [];
  const missing = missingPapers(listed, papers);
  const missingText = missing.join('\n');

  // What is missing drives Form 02: an incomplete dossier, the required papers not ticked listed at once
  // (Decree 61 art. 15(3)); the clerk may add to the list.
  useEffect(() => {
    if (!code) return;
    if (missingText) {
      form.setFieldValue('decision', 'incomplete');
      form.setFieldValue('detail', missingText);
    } else if (form.getFieldValue('decision') === 'incomplete') {
      form.setFieldValue('decision', 'complete');
    }
  }, [code, missingText, form]);
  // eforms (issue 16): the clerk may key in the paper declaration; it is checked against the version's form.
  const declarationForm = entry.data?.procedure.declarationForm ?? null;
  const [declaration, setDeclaration] = useState<Record<string, unknown> | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const applicantName = Form.useWatch('name', form) as string | undefined;
  const applicantId = Form.useWatch('idNumber', form) as string | undefined;

  async function submit(values: Record<string, string & { toISOString?: () => string }>) {
    const kind = values.decision as 'complete' | 'incomplete' | 'refused';
    const declared = declaredOf(values[DECLARATION_FIELD], t('confirm.declaration.contentKey'));
    const body = {
      procedureCode: code,
      receivingAgencyId: values.centre,
      channel: values.channel,
      ...(values.subject ? { subjectUnitCode: values.subject } : {}),
      ...(values.channel === 'post' && values.handedOverAt
        ? { handedOverAt: (values.handedOverAt as unknown as { toISOString(): string }).toISOString() }
        : {}),
      applicant: {
        name: values.name,
        ...(values.idNumber ? { idNumber: values.idNumber } : {}),
        ...(values.phone ? { phone: values.phone } : {}),
        ...(values.email ? { email: values.email } : {}),
        ...(values.address ? { address: values.address } : {}),
      },
      ...(declared ? { declared } : {}),
      resultMethod: values.resultMethod,
      // Only the papers ticked as handed in are recorded as received, each with its scan (issue 15 §4).
      documents: receivedPapers(listed, papers),
      ...(declarationForm && declaration ? { declaration } : {}),
      decision:
        kind === 'complete'
          ? { kind }
          : kind === 'incomplete'
            ? { kind, missing: lines(values.detail) }
            : { kind, reasons: lines(values.detail) },
    };
    // One key per registration: a retry after a lost answer replays it instead of registering the person twice.
    const outcome = await register.mutateAsync({ body, key: key.current }).catch(() => null);
    if (!outcome) return;
    key.current = newKey();
    setReceipt({ outcome, applicant: values.name ?? '' });
    setPapers({});
    form.resetFields(['name', 'idNumber', 'phone', 'email', 'address', 'detail', DECLARATION_FIELD]);
    setDeclaration(null);
  }

  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-receiveDossier">
          {title}
        </Typography.Title>
      </div>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">{t('dossiers.counter.waiting')}</h2>
        {waiting.isError ? (
          <ProblemAlert error={waiting.error} onRetry={() => void waiting.refetch()} />
        ) : (
          <DossierTable
            data={waiting.data}
            loading={waiting.isPending}
            page={page}
            onPage={setPage}
            caption={t('dossiers.counter.waiting')}
            testId="counter-waiting"
          />
        )}
      </section>
      <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('dossiers.counter.register')}</h2>}>
        {receipt ? <CounterReceipt receipt={receipt.outcome} applicant={receipt.applicant} /> : null}
        {register.isError ? <ProblemAlert error={register.error} testId="register-error" /> : null}
        {/* No <form> element: the e-form below is one of its own, and nested forms lose their submit (see DeclarationForm). */}
        <Form
          form={form}
          component={false}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ channel: 'in_person', resultMethod: 'counter', decision: 'complete' }}
        >
          <Form.Item label={t('dossiers.counter.procedure')} required>
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              value={code ?? undefined}
              onChange={(value: string) => {
                setCode(value);
                setPapers({});
              }}
              placeholder={t('dossiers.counter.procedureSearch')}
              loading={catalogue.isPending}
              options={(catalogue.data?.items ?? []).map((p) => ({
                value: p.code,
                label: `${p.code} — ${p.name}`,
              }))}
              aria-label={t('dossiers.counter.procedure')}
              data-testid="counter-procedure"
            />
          </Form.Item>
          <Form.Item name="centre" label={t('dossiers.counter.centre')} rules={[{ required: true }]}>
            <Select
              options={(entry.data?.publication.receiving.agencies ?? []).map((a) => ({
                value: a.id,
                label: a.name,
              }))}
              showSearch
              optionFilterProp="label"
              data-testid="counter-centre"
            />
          </Form.Item>
          <Form.Item name="subject" label={t('dossiers.counter.subject')} rules={[{ pattern: /^\d{5}$/ }]}>
            <Input maxLength={5} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="channel" label={t('dossiers.counter.channel')}>
            <Radio.Group
              options={(['in_person', 'post'] as const).map((c) => ({
                value: c,
                label: t(`dossiers.channel.${c}`),
              }))}
            />
          </Form.Item>
          {channel === 'post' ? (
            <Form.Item
              name="handedOverAt"
              label={t('dossiers.counter.handedOverAt')}
              rules={[{ required: true }]}
            >
              <DatePicker showTime format="DD/MM/YYYY HH:mm" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="name"
            label={t('dossiers.counter.applicantName')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input data-testid="counter-name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('dossiers.counter.idNumber')}
            rules={[{ pattern: /^[0-9A-Z]{6,20}$/ }]}
          >
            <Input maxLength={20} data-testid="counter-id-number" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('dossiers.counter.phone')}
            rules={[{ pattern: /^\+?[0-9 .-]{6,20}$/ }]}
          >
            <Input maxLength={20} data-testid="counter-phone" />
          </Form.Item>
          <Form.Item name="address" label={t('dossiers.counter.address')} rules={[{ max: 500 }]}>
            <Input maxLength={500} data-testid="counter-address" />
          </Form.Item>
          <Form.Item name="email" label={t('dossiers.counter.email')} rules={[{ type: 'email' }]}>
            <Input maxLength={254} type="email" />
          </Form.Item>
          {code ? <PaperChecklist papers={listed} state={papers} onChange={setPapers} /> : null}
          {declarationForm ? (
            <Form.Item label={t('eforms.title')}>
              {declaring ? (
                <DeclarationForm
                  form={declarationForm}
                  profile={{ name: applicantName, idNumber: applicantId }}
                  initial={declaration ?? undefined}
                  onBack={() => setDeclaring(false)}
                  onSubmit={(data) => {
                    setDeclaration(data);
                    setDeclaring(false);
                  }}
                  testId="counter-declaration"
                />
              ) : (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {declaration ? <DeclarationView form={declarationForm} data={declaration} /> : null}
                  <Button onClick={() => setDeclaring(true)} data-testid="counter-declare">
                    {declaration ? t('eforms.edit') : t('eforms.keyIn')}
                  </Button>
                </Space>
              )}
            </Form.Item>
          ) : (
            // Without an e-form, the declared content is typed as text (issue 15 §4).
            <section aria-labelledby="declaration-heading" className="counter-declaration">
              <h3 id="declaration-heading">{t('confirm.declaration.title')}</h3>
              <CounterDeclaration />
            </section>
          )}
          <Form.Item name="resultMethod" label={t('dossiers.counter.resultMethod')}>
            <Radio.Group
              options={(['counter', 'post'] as const).map((c) => ({
                value: c,
                label: t(`dossiers.resultMethod.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="decision" label={t('dossiers.counter.decision')}>
            <Radio.Group
              options={(['complete', 'incomplete', 'refused'] as const).map((c) => ({
                value: c,
                label: t(`dossiers.counter.${c}`),
                disabled: c === 'complete' && missing.length > 0,
              }))}
              data-testid="counter-decision"
            />
          </Form.Item>
          {missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('confirm.papers.missing', { names: missing.join('; ') })}
              data-testid="counter-missing"
              style={{ marginBottom: 16 }}
            />
          ) : null}
          {decision !== 'complete' ? (
            <Form.Item
              name="detail"
              label={decision === 'incomplete' ? t('dossiers.fields.missing') : t('dossiers.fields.reasons')}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={4} maxLength={2000} data-testid="counter-detail" />
            </Form.Item>
          ) : null}
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={register.isPending}
            disabled={!code}
            data-testid="counter-submit"
          >
            {t('dossiers.counter.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
