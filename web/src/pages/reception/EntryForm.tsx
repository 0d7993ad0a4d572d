/**
 * Entering a reception in the register (Form 03/TCD) and, when it is within competence, turning it into a
 * feedback, complaint or denunciation case — at once, or later from the register (`OpenCaseForm`).
 */
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { FIELDS } from '../feedback/api';
import {
  CLASSIFICATIONS,
  type Classification,
  OUTCOMES,
  type Outcome,
  type Recorded,
  useReceptionPost,
} from './api';

type CaseValues = { caseTitle?: string; field?: string; decisionKnownOn?: Dayjs };
type Values = CaseValues & {
  classification: Classification;
  fullName: string;
  idNumber?: string;
  address?: string;
  phone?: string;
  content: string;
  peopleCount: number;
  previouslyHandledBy?: string;
  withinCompetence: boolean;
  outcome: Outcome;
  referredTo?: string;
  referralNumber?: string;
  followUp?: string;
};

const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

export function caseBody(v: CaseValues, classification: Classification) {
  return {
    title: (v.caseTitle ?? '').trim(),
    field: v.field ?? '',
    ...(classification === 'complaint' && v.decisionKnownOn
      ? { decisionKnownOn: v.decisionKnownOn.format('YYYY-MM-DD') }
      : {}),
  };
}

/** The case fields: title, field and, for a complaint, when the decision was known (Law on Complaints art. 9). */
export function CaseFields({ classification }: { classification: Classification | undefined }) {
  const { t } = useTranslation();
  const rule = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('reception.entry.required', { field: label.toLowerCase() }),
  });
  return (
    <>
      <Form.Item
        name="caseTitle"
        label={t('reception.entry.caseTitle')}
        rules={[rule(t('reception.entry.caseTitle'))]}
      >
        <Input maxLength={300} data-testid="case-title" />
      </Form.Item>
      <Form.Item
        name="field"
        label={t('reception.entry.field')}
        rules={[
          {
            required: true,
            message: t('reception.entry.required', { field: t('reception.entry.field').toLowerCase() }),
          },
        ]}
      >
        <Select
          data-testid="case-field"
          options={FIELDS.map((f) => ({ value: f, label: t(`feedback.fields.${f}`) }))}
        />
      </Form.Item>
      {classification === 'complaint' ? (
        <Form.Item
          name="decisionKnownOn"
          label={t('reception.entry.decisionKnownOn')}
          rules={[
            {
              required: true,
              message: t('reception.entry.required', {
                field: t('reception.entry.decisionKnownOn').toLowerCase(),
              }),
            },
          ]}
        >
          <DatePicker format="DD/MM/YYYY" data-testid="case-decision-known" />
        </Form.Item>
      ) : null}
    </>
  );
}

export function EntryForm({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const post = useReceptionPost<Recorded>('/reception/entries');
  const classification = Form.useWatch('classification', form);
  const outcome = Form.useWatch('outcome', form);
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('reception.entry.required', { field: label.toLowerCase() }),
  });
  const submit = (v: Values) =>
    post.mutate(
      {
        sessionId,
        classification: v.classification,
        person: {
          fullName: v.fullName.trim(),
          ...(text(v.idNumber) ? { idNumber: text(v.idNumber) } : {}),
          ...(text(v.address) ? { address: text(v.address) } : {}),
          ...(text(v.phone) ? { phone: text(v.phone) } : {}),
        },
        content: v.content.trim(),
        peopleCount: v.peopleCount,
        ...(text(v.previouslyHandledBy) ? { previouslyHandledBy: text(v.previouslyHandledBy) } : {}),
        withinCompetence: v.outcome === 'case_opened' ? true : v.withinCompetence,
        outcome: v.outcome,
        ...(v.outcome === 'referred'
          ? {
              referredTo: text(v.referredTo),
              ...(text(v.referralNumber) ? { referralNumber: text(v.referralNumber) } : {}),
            }
          : {}),
        ...(text(v.followUp) ? { followUp: text(v.followUp) } : {}),
        ...(v.outcome === 'case_opened' ? { case: caseBody(v, v.classification) } : {}),
      },
      {
        onSuccess: (r) => {
          void message.success(
            r.caseCode
              ? t('reception.entry.doneCase', { seq: r.seq, code: r.caseCode })
              : t('reception.entry.done', { seq: r.seq }),
          );
          onDone();
        },
        onError: (e) => form.setFields(formFieldErrors(e) as never[]),
      },
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="reception-entry"
      data-testid="entry-form"
      initialValues={{
        classification: 'complaint',
        peopleCount: 1,
        withinCompetence: true,
        outcome: 'pending',
      }}
      onFinish={submit}
    >
      {post.isError ? <ProblemAlert error={post.error} testId="entry-error" /> : null}
      <Form.Item name="classification" label={t('reception.register.classification')}>
        <Select
          data-testid="entry-classification"
          options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`reception.classification.${c}`) }))}
        />
      </Form.Item>
      {classification === 'denunciation' ? (
        <p className="cell-note">{t('reception.entry.denunciationNote')}</p>
      ) : null}
      <Form.Item
        name="fullName"
        label={t('reception.entry.fullName')}
        rules={[required(t('reception.entry.fullName'))]}
      >
        <Input maxLength={200} data-testid="entry-name" />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="idNumber" label={t('reception.entry.idNumber')}>
          <Input maxLength={12} inputMode="numeric" data-testid="entry-id" />
        </Form.Item>
        <Form.Item name="phone" label={t('reception.entry.phone')}>
          <Input maxLength={30} />
        </Form.Item>
      </div>
      <Form.Item name="address" label={t('reception.entry.address')}>
        <Input maxLength={500} data-testid="entry-address" />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('reception.entry.content')}
        rules={[required(t('reception.entry.content'))]}
      >
        <Input.TextArea rows={3} maxLength={10_000} data-testid="entry-content" />
      </Form.Item>
      <div className="form-pair">
        <Form.Item name="peopleCount" label={t('reception.entry.peopleCount')}>
          <InputNumber min={1} max={10_000} precision={0} />
        </Form.Item>
        <Form.Item name="previouslyHandledBy" label={t('reception.entry.previouslyHandledBy')}>
          <Input maxLength={500} />
        </Form.Item>
      </div>
      <Form.Item name="outcome" label={t('reception.entry.outcome')}>
        <Select
          data-testid="entry-outcome"
          options={OUTCOMES.map((o) => ({ value: o, label: t(`reception.outcome.${o}`) }))}
        />
      </Form.Item>
      {outcome !== 'case_opened' ? (
        <Form.Item name="withinCompetence" valuePropName="checked">
          <Checkbox>{t('reception.entry.withinCompetence')}</Checkbox>
        </Form.Item>
      ) : null}
      {outcome === 'referred' ? (
        <div className="form-pair">
          <Form.Item
            name="referredTo"
            label={t('reception.entry.referredTo')}
            rules={[required(t('reception.entry.referredTo'))]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="referralNumber" label={t('reception.entry.referralNumber')}>
            <Input maxLength={100} />
          </Form.Item>
        </div>
      ) : null}
      {outcome === 'case_opened' ? <CaseFields classification={classification} /> : null}
      <Form.Item name="followUp" label={t('reception.entry.followUp')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={post.isPending} data-testid="entry-submit">
        {t('reception.entry.submit')}
      </Button>
    </Form>
  );
}

export function OpenCaseForm({
  entryId,
  classification,
  onDone,
}: {
  entryId: string;
  classification: Classification;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CaseValues>();
  const post = useReceptionPost<Recorded>(`/reception/entries/${encodeURIComponent(entryId)}/case`);
  return (
    <Form<CaseValues>
      form={form}
      layout="vertical"
      name="open-case"
      data-testid="open-case-form"
      onFinish={(v) =>
        post.mutate(caseBody(v, classification), {
          onSuccess: (r) => {
            void message.success(t('reception.openCase.done', { code: r.caseCode ?? '' }));
            onDone();
          },
          onError: (e) => form.setFields(formFieldErrors(e) as never[]),
        })
      }
    >
      <p className="page-intro">{t('reception.openCase.intro')}</p>
      {post.isError ? <ProblemAlert error={post.error} testId="open-case-error" /> : null}
      <CaseFields classification={classification} />
      <Button type="primary" htmlType="submit" loading={post.isPending} data-testid="open-case-submit">
        {t('reception.openCase.submit')}
      </Button>
    </Form>
  );
}
