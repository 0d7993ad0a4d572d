/**
 * `/dossiers/:id`: one dossier for an official or its applicant — status, appointment and the clock, the process
 * control slip (form 06) with early / on time / late per step, the history of statuses, documents and forms, and
 * the actions the reader may take now.
 */
import { Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { DeclarationView } from '../eforms/DeclarationView';
import { ActionPanel } from './ActionPanel';
import { ApplicantDetails } from './ApplicantDetails';
import { type Dossier, documentUrl, formUrl, type Step, useAct, useDossier } from './api';
import { PaymentCode } from './PaymentCode';
import { ScrollRegion } from './ScrollRegion';
import { StatusTag, tone } from './StatusTag';
import { TrackingCodes } from './TrackingCodes';
import { RatingForm } from './TrackPage';
import '../data-pages.css';
import { useFormat } from '../../i18n/format';
import { EventDetails } from './EventDetails';

const FORM_EVENTS: Record<string, string> = {
  received: '01',
  reception_supplement_requested: '02',
  supplement_requested: '02',
  rejected: '03',
  extended: '04',
  stopped: '05',
};
const TIMELINESS_TONE = {
  early: tone('#135200', '#f6ffed'),
  on_time: tone('#003a8c', '#e6f4ff'),
  late: tone('#820014', '#fff1f0'),
} as const;

function forms(dossier: Dossier): string[] {
  const issued = new Set(dossier.history.flatMap((e) => (FORM_EVENTS[e.type] ? [FORM_EVENTS[e.type]!] : [])));
  if (dossier.controlSlip.length > 0) issued.add('06');
  return [...issued].sort();
}

function ApplicantRating({ dossier }: { dossier: Dossier }) {
  const act = useAct(dossier.id);
  return (
    <RatingForm
      onSubmit={(scores) => act.mutate({ version: dossier.version, action: { type: 'rate', scores } })}
      pending={act.isPending}
      error={act.error}
      done={act.isSuccess || dossier.rating !== null}
    />
  );
}

export function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const format = useDateFormat();
  const dossier = useDossier(id);
  const d = dossier.data;
  usePageTitle(
    d ? t('dossiers.dossierTitle', { code: d.code ?? t('dossiers.noCode') }) : t('dossiers.summary'),
  );
  if (dossier.isPending) return <InlineLoading />;
  if (dossier.isError || !d)
    return (
      <ProblemAlert error={dossier.error} onRetry={() => void dossier.refetch()} testId="dossier-error" />
    );
  const when = (value: string | null | undefined) => (value ? format.dateTime(value) : '—');
  const hours = d.clock ? Math.round(Math.abs(d.clock.remainingMinutes) / 6) / 10 : 0;
  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-dossier">
          {t('dossiers.dossierTitle', { code: d.code ?? t('dossiers.noCode') })}
        </Typography.Title>
        <StatusTag status={d.status} />
      </div>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} data-testid="dossier-summary">
        <Descriptions.Item label={t('dossiers.columns.procedure')}>
          {d.procedure.name} ({d.procedure.code})
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.columns.applicant')}>{d.applicant.name}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.columns.channel')}>
          {t(`dossiers.channel.${d.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.receivingAgency')}>
          {d.receivingAgency?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.competentAgency')}>
          {d.competentAgency?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.columns.received')}>{when(d.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.appointment')}>{when(d.appointmentAt)}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.dueNow')}>
          {when(d.dueAt)}{' '}
          {d.extended ? <Tag style={tone('#873800', '#fff7e6')}>{t('dossiers.extended')}</Tag> : null}
        </Descriptions.Item>
        {d.clock && d.clock.state !== 'finished' ? (
          <Descriptions.Item label={t('dossiers.clock')}>
            <span data-testid="dossier-clock">
              {d.clock.remainingMinutes >= 0
                ? t('dossiers.minutesLeft', { hours: f.decimal(hours) })
                : t('dossiers.overdueBy', { hours: f.decimal(hours) })}
            </span>
          </Descriptions.Item>
        ) : null}
        {d.currentStep ? (
          <Descriptions.Item label={t('dossiers.currentStep')}>
            {d.currentStep.position}. {d.currentStep.name} — {d.currentStep.agencyName}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('dossiers.fee')}>
          {d.feeTotalDong > 0
            ? `${f.dong(d.feeTotalDong)} — ${d.paidAt ? t('dossiers.paid') : t('dossiers.unpaid')}`
            : f.dong(0)}
          {d.feeTotalDong > 0 && !d.paidAt && d.receivedAt ? (
            <div style={{ marginTop: 8 }}>
              <PaymentCode id={d.id} />
            </div>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.counter.resultMethod')}>
          {t(`dossiers.resultMethod.${d.resultMethod as 'online'}`)}
        </Descriptions.Item>
      </Descriptions>

      <ApplicantDetails dossier={d} />
      <TrackingCodes submissionRef={d.submissionRef} code={d.code} secret={d.trackingSecret ?? null} />
      {d.declaration ? (
        <section aria-labelledby="declaration-heading">
          <h2 id="declaration-heading">{t('eforms.view.heading')}</h2>
          <DeclarationView form={d.declaration.form} data={d.declaration.data} />
        </section>
      ) : null}
      {d.actions.includes('approve') ? (
        <p>
          <a
            href={`/api/v1/dossiers/${d.id}/result-preview`}
            target="_blank"
            rel="noreferrer"
            data-testid="result-preview"
          >
            {t('eforms.verify.preview')}
          </a>
        </p>
      ) : null}
      <ActionPanel dossier={d} onChanged={() => void dossier.refetch()} />
      {d.actions.includes('rate') || (d.isApplicant && d.rating) ? <ApplicantRating dossier={d} /> : null}

      <section aria-labelledby="slip-heading">
        <h2 id="slip-heading">{t('dossiers.controlSlip')}</h2>
        <ScrollRegion label={t('dossiers.controlSlip')}>
          <Table<Step>
            className="data-table"
            rowKey="seq"
            size="small"
            pagination={false}
            style={{ minWidth: 900 }}
            dataSource={d.controlSlip}
            caption={<span className="visually-hidden">{t('dossiers.controlSlip')}</span>}
            columns={[
              { title: t('dossiers.slip.step'), dataIndex: 'stepPosition' },
              {
                title: t('dossiers.slip.name'),
                key: 'name',
                render: (_, s) => `${s.stepName}${s.agencyName ? ` — ${s.agencyName}` : ''}`,
              },
              { title: t('dossiers.slip.received'), key: 'r', render: (_, s) => when(s.receivedAt) },
              { title: t('dossiers.slip.receivedBy'), dataIndex: 'receivedBy' },
              { title: t('dossiers.slip.given'), key: 'g', render: (_, s) => when(s.givenAt) },
              { title: t('dossiers.slip.givenBy'), key: 'gb', render: (_, s) => s.givenBy ?? '' },
              {
                title: t('dossiers.slip.result'),
                key: 'res',
                render: (_, s) =>
                  s.timeliness ? (
                    <Tag style={TIMELINESS_TONE[s.timeliness]}>
                      {t(`dossiers.timeliness.${s.timeliness}`)}
                    </Tag>
                  ) : (
                    ''
                  ),
              },
              { title: t('dossiers.slip.note'), key: 'n', render: (_, s) => s.note ?? '' },
            ]}
            data-testid="control-slip"
          />
        </ScrollRegion>
      </section>

      {d.consultations.length > 0 ? (
        <section aria-labelledby="consult-heading">
          <h2 id="consult-heading">{t('dossiers.consultations')}</h2>
          <ul data-testid="dossier-consultations">
            {d.consultations.map((c) => (
              <li key={c.id}>
                <strong>{c.agencyName ?? '—'}</strong> — {c.content} ({t('dossiers.fields.deadline')}:{' '}
                {when(c.deadlineAt)})
                <br />
                {c.answeredAt
                  ? `${t('dossiers.fields.answer')} (${when(c.answeredAt)}): ${c.answer ?? ''}`
                  : t('dossiers.waitingAnswer')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="docs-heading">
        <h2 id="docs-heading">{t('dossiers.documents')}</h2>
        <ul data-testid="dossier-documents">
          {d.documents.map((doc) => (
            <li key={doc.position}>
              {doc.name}{' '}
              {doc.hasFile ? (
                <a
                  href={documentUrl(d.id, doc.position)}
                  style={{ textDecoration: 'underline' }}
                  data-testid={`document-${doc.kind}-${doc.position}`}
                >
                  {t('dossiers.download')}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
        <h2>{t('dossiers.forms')}</h2>
        <ul data-testid="dossier-forms">
          {forms(d).map((f) => (
            <li key={f}>
              <a
                href={formUrl(d.id, f)}
                target="_blank"
                rel="noreferrer"
                style={{ textDecoration: 'underline' }}
              >
                {t(`dossiers.form.${f as '01'}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('dossiers.history')}</h2>
        <Timeline
          items={d.history.map((e) => ({
            key: e.seq,
            children: (
              <div>
                <span>
                  {when(e.at)} — {t(`dossiers.event.${e.type as 'received'}`, { defaultValue: e.type })} (
                  {t(`dossiers.status.${e.status}`)}) — {e.actorLabel}
                </span>
                <EventDetails lines={e.details} />
              </div>
            ),
          }))}
        />
      </section>
    </div>
  );
}
