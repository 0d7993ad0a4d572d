/**
 * `/public/feedback/new` — file a PAKN (anyone, with or without an account), or, signed in, a complaint or a
 * denunciation (an identified person: name, personal number, address; Law on Complaints art. 8, Law on
 * Denunciations art. 23). The answer: the case code, the first legal deadline, and for an anonymous sender the
 * tracking key, shown once.
 */
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Result, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { formFieldErrors } from '../../api/field-errors';
import { loginPathFor } from '../../auth/next';
import { useMe, useSystemInfo } from '../../auth/queries';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import {
  FIELDS,
  type Field,
  KINDS,
  type Kind,
  type SubmitInput,
  type Submitted,
  useCommunes,
  useSubmit,
} from './api';
import { useFeedbackLabels } from './labels';
import '../data-pages.css';
import './feedback.css';

type Values = {
  kind: Kind;
  channel?: 'portal' | 'counter' | 'post';
  field: Field;
  title: string;
  content: string;
  communeCode?: string;
  address?: string;
  fullName?: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  personAddress?: string;
  decisionKnownOn?: Dayjs;
  secondLevel?: boolean;
  previousCaseCode?: string;
};

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function SubmitFeedbackPage() {
  const { t } = useTranslation();
  const title = t('feedback.submit.title');
  usePageTitle(title);
  const [done, setDone] = useState<Submitted | null>(null);
  return (
    <PublicLayout>
      <div className="data-page feedback-page feedback-form-page">
        {done ? (
          <Done submitted={done} onAgain={() => setDone(null)} />
        ) : (
          <SubmitForm title={title} onDone={setDone} />
        )}
      </div>
    </PublicLayout>
  );
}

function SubmitForm({ title, onDone }: { title: string; onDone: (s: Submitted) => void }) {
  const { t } = useTranslation();
  const labels = useFeedbackLabels();
  const location = useLocation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  // An official registers what a counter or the post received, for an identified person (issue 10 §1).
  const official = me.data?.user.kind === 'official';
  const province = useSystemInfo().data?.province?.code ?? '';
  const communes = useCommunes(province);
  const submit = useSubmit();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'pakn';
  const identified = kind !== 'pakn';
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submit.error) errorRef.current?.focus();
  }, [submit.error]);
  const required = { required: true, message: t('feedback.submit.required') };

  const send = (v: Values) => {
    const person = {
      fullName: trimmed(v.fullName),
      idNumber: trimmed(v.idNumber),
      phone: trimmed(v.phone),
      email: trimmed(v.email),
      address: trimmed(v.personAddress),
    };
    const input: SubmitInput = {
      provinceCode: province,
      kind: v.kind,
      ...(official ? { channel: v.channel ?? 'counter' } : {}),
      field: v.field,
      title: v.title.trim(),
      content: v.content.trim(),
      ...(v.communeCode ? { communeCode: v.communeCode } : {}),
      ...(trimmed(v.address) ? { address: trimmed(v.address) } : {}),
      ...(Object.values(person).some(Boolean)
        ? { person: Object.fromEntries(Object.entries(person).filter(([, value]) => value)) }
        : {}),
      ...(v.kind === 'complaint' && v.decisionKnownOn
        ? { decisionKnownOn: v.decisionKnownOn.format('YYYY-MM-DD') }
        : {}),
      ...(v.kind === 'complaint' && v.secondLevel && trimmed(v.previousCaseCode)
        ? { previousCaseCode: trimmed(v.previousCaseCode)!.toUpperCase() }
        : {}),
    };
    submit.mutate(input, {
      onSuccess: onDone,
      onError: (error) =>
        form.setFields(
          formFieldErrors(error).map((f) =>
            f.name[0] === 'person' ? { ...f, name: [personField(String(f.name[1]))] } : f,
          ) as Parameters<typeof form.setFields>[0],
        ),
    });
  };

  return (
    <>
      <Typography.Title level={1} className="page-heading" data-testid="page-feedback-submit">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('feedback.submit.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        className="panel feedback-form"
        initialValues={{ kind: 'pakn', field: 'administrative_procedure', channel: 'counter' }}
        onFinish={send}
        requiredMark
        data-testid="feedback-form"
      >
        <Form.Item
          name="kind"
          label={t('feedback.submit.kind')}
          extra={signedIn ? undefined : t('feedback.submit.kindHelp')}
        >
          <Radio.Group
            options={KINDS.map((k) => ({
              value: k,
              label: labels.kind(k),
              disabled: k !== 'pakn' && !signedIn,
            }))}
          />
        </Form.Item>
        {official ? (
          <Form.Item name="channel" label={t('feedback.submit.channel')}>
            <Radio.Group
              options={(['counter', 'post', 'portal'] as const).map((c) => ({
                value: c,
                label: t(`feedback.submit.channels.${c}`),
              }))}
            />
          </Form.Item>
        ) : null}
        {signedIn ? null : (
          <p className="feedback-note">
            <Link to={loginPathFor(location)}>{t('feedback.submit.signInForOthers')}</Link>
          </p>
        )}
        <Form.Item name="field" label={t('feedback.submit.field')} rules={[required]}>
          <Select
            options={FIELDS.map((f) => ({ value: f, label: labels.field(f) }))}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('feedback.submit.titleLabel')}
          rules={[required, { min: 3 }, { max: 200 }]}
        >
          <Input maxLength={200} data-testid="feedback-title" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('feedback.submit.content')}
          extra={t('feedback.submit.contentHelp')}
          rules={[required, { min: 10 }, { max: 4000 }]}
        >
          <Input.TextArea rows={6} maxLength={4000} showCount data-testid="feedback-content" />
        </Form.Item>
        <Form.Item name="communeCode" label={t('feedback.submit.commune')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={communes.isPending}
            options={(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
            data-testid="feedback-commune"
          />
        </Form.Item>
        <Form.Item name="address" label={t('feedback.submit.address')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        {kind === 'complaint' ? (
          <Form.Item name="decisionKnownOn" label={t('feedback.submit.decisionKnownOn')} rules={[required]}>
            <DatePicker format={t('feedback.submit.dateFormat')} />
          </Form.Item>
        ) : null}
        {kind === 'complaint' ? <SecondLevel /> : null}
        <fieldset className="feedback-fieldset">
          <legend>{t('feedback.submit.person')}</legend>
          <p className="feedback-note">
            {identified ? t('feedback.submit.personHelpOther') : t('feedback.submit.personHelpPakn')}
          </p>
          <Form.Item
            name="fullName"
            label={t('feedback.submit.fullName')}
            rules={identified ? [required] : []}
          >
            <Input maxLength={100} autoComplete="name" />
          </Form.Item>
          {identified ? (
            <Form.Item
              name="idNumber"
              label={t('feedback.submit.idNumber')}
              rules={[required, { pattern: /^(\d{9}|\d{12})$/ }]}
            >
              <Input maxLength={12} inputMode="numeric" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="phone"
            label={t('feedback.submit.phone')}
            rules={[{ pattern: /^\+?[0-9 .-]{6,20}$/ }]}
          >
            <Input maxLength={20} autoComplete="tel" inputMode="tel" />
          </Form.Item>
          <Form.Item name="email" label={t('feedback.submit.email')} rules={[{ type: 'email' }]}>
            <Input maxLength={254} autoComplete="email" />
          </Form.Item>
          {identified ? (
            <Form.Item
              name="personAddress"
              label={t('feedback.submit.personAddress')}
              rules={[required, { max: 300 }]}
            >
              <Input maxLength={300} autoComplete="street-address" />
            </Form.Item>
          ) : null}
        </fieldset>
        {submit.isError ? (
          <div ref={errorRef} tabIndex={-1}>
            <ProblemAlert error={submit.error} testId="feedback-submit-error" />
          </div>
        ) : null}
        <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="feedback-send">
          {submit.isPending ? t('feedback.submit.sending') : t('feedback.submit.send')}
        </Button>
      </Form>
    </>
  );
}

/** The server names person fields `person.fullName`; the form keeps them flat. */
function personField(name: string): string {
  return name === 'address' ? 'personAddress' : name;
}

function Done({ submitted, onAgain }: { submitted: Submitted; onAgain: () => void }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  // The key rides in the history state, never in the URL the server, proxies and logs see (issue 18 §6).
  const trackUrl = submitted.trackingKey ? `/public/feedback/track?code=${submitted.code}` : '/feedback';
  return (
    <Result
      status="success"
      title={<h1 className="result-heading">{t('feedback.submit.doneTitle')}</h1>}
      subTitle={
        <div className="feedback-done" data-testid="feedback-done">
          <p data-testid="feedback-done-code">{t('feedback.submit.doneCode', { code: submitted.code })}</p>
          <p>{t('feedback.submit.doneAgency', { agency: submitted.agency.name })}</p>
          <p>{t('feedback.submit.doneDue', { date: format.dateTime(submitted.firstStep.dueAt) })}</p>
          {submitted.trackingKey ? (
            <Alert
              type="warning"
              showIcon
              title={t('feedback.submit.doneKey', { key: submitted.trackingKey })}
            />
          ) : null}
        </div>
      }
      extra={
        <div className="feedback-links">
          <Link
            to={trackUrl}
            state={submitted.trackingKey ? { key: submitted.trackingKey } : undefined}
            className="link-button link-button-primary"
          >
            {t('feedback.submit.trackNow')}
          </Link>
          <Button onClick={onAgain}>{t('feedback.submit.another')}</Button>
        </div>
      }
    />
  );
}

/**
 * Khiếu nại lần hai (Law on Complaints art. 33): after the first decision (or when its time ran out), within 30
 * days (45 in remote areas), naming the first complaint by its code; the server checks both.
 */
function SecondLevel() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const second = Form.useWatch('secondLevel', form) ?? false;
  return (
    <>
      <Form.Item name="secondLevel" valuePropName="checked" extra={t('feedback.second.help')}>
        <Checkbox data-testid="feedback-second-level">{t('feedback.second.label')}</Checkbox>
      </Form.Item>
      {second ? (
        <Form.Item
          name="previousCaseCode"
          label={t('feedback.second.code')}
          rules={[
            { required: true, whitespace: true, message: t('feedback.submit.required') },
            { pattern: /^\s*(KN|kn)-\d{2}-\d{6}-\d{4,}\s*$/, message: t('feedback.second.codeFormat') },
          ]}
        >
          <Input maxLength={30} placeholder="KN-04-261101-0001" data-testid="feedback-previous-code" />
        </Form.Item>
      ) : null}
    </>
  );
}
