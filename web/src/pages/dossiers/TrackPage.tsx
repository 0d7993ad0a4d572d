/**
 * `/track`, open to everyone: follow a dossier by its code and the secret on the receipt (Circular 22/2019 art. 4:
 * every status with its date, and the appointment), then rate the service on the nine indicators of Circular
 * 01/2018 (0, 1 or 2 each) once the result is out. Failed look-ups are rate-limited by the server (429).
 */
import { Alert, Button, Descriptions, Form, Input, Radio, Timeline, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { type Tracking, useRateByCode, useTrack } from './api';
import { StatusTag } from './StatusTag';
import '../data-pages.css';
import { EventDetails } from './EventDetails';

/** The nine indicators of Circular 01/2018, each scored 0, 1 or 2; shared by tracking and the applicant's page. */
export function RatingForm({
  onSubmit,
  pending,
  error,
  done,
}: {
  onSubmit: (scores: number[]) => void;
  pending: boolean;
  error: unknown;
  done: boolean;
}) {
  const { t } = useTranslation();
  const indicators = t('dossiers.indicators', { returnObjects: true }) as string[];
  const [scores, setScores] = useState<number[]>(indicators.map(() => 2));
  if (done) return <Alert type="success" showIcon title={t('dossiers.track.rated')} data-testid="rated" />;
  return (
    <section aria-labelledby="rate-heading">
      <h2 id="rate-heading">{t('dossiers.track.rateTitle')}</h2>
      {indicators.map((label, i) => (
        <fieldset key={label} className="rating-row" style={{ border: 0, padding: 0, marginBottom: 8 }}>
          <legend>
            {i + 1}. {label}
          </legend>
          <Radio.Group
            value={scores[i]}
            onChange={(e) => setScores((s) => s.map((x, j) => (j === i ? Number(e.target.value) : x)))}
            options={[0, 1, 2].map((v) => ({
              value: v,
              label: t(`dossiers.track.score.${String(v) as '0'}`),
            }))}
          />
        </fieldset>
      ))}
      {error ? <ProblemAlert error={error} /> : null}
      <Button type="primary" loading={pending} onClick={() => onSubmit(scores)} data-testid="rate-submit">
        {t('dossiers.track.rateSubmit')}
      </Button>
    </section>
  );
}

function Rating({ code, secret }: { code: string; secret: string }) {
  const rate = useRateByCode();
  return (
    <RatingForm
      onSubmit={(scores) => rate.mutate({ code, secret, scores })}
      pending={rate.isPending}
      error={rate.error}
      done={rate.isSuccess}
    />
  );
}

/** Why a look-up found nothing, in the visitor's words: not found, too many tries, or what the server said. */
function LookupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return (
      <Alert type="warning" showIcon title={t('dossiers.track.notFound')} data-testid="track-not-found" />
    );
  if (error instanceof ApiError && error.status === 429)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('dossiers.track.rateLimited', {
          minutes: Math.ceil((error.retryAfter ?? 900) / 60),
        })}
        data-testid="track-rate-limited"
      />
    );
  return <ProblemAlert error={error} />;
}

function TrackingResult({ found, code, secret }: { found: Tracking; code: string; secret: string }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const when = (v: string | null) => (v ? format.dateTime(v) : '—');
  return (
    <div data-testid="track-result">
      <h2>{t('dossiers.track.resultTitle', { code: found.code ?? found.submissionRef ?? '' })}</h2>
      <Descriptions bordered size="small" column={1} data-testid="track-summary">
        <Descriptions.Item label={t('dossiers.columns.procedure')}>{found.procedureName}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.receivingAgency')}>
          {found.receivingAgency ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.columns.status')}>
          <StatusTag status={found.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dossiers.columns.received')}>{when(found.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('dossiers.appointment')}>
          <span data-testid="track-appointment">{when(found.appointmentAt)}</span>
        </Descriptions.Item>
        {found.extended ? (
          <Descriptions.Item label={t('dossiers.track.newAppointment')}>
            {when(found.dueAt)}
          </Descriptions.Item>
        ) : null}
        {found.finishedAt ? (
          <Descriptions.Item label={t('dossiers.track.finished')}>{when(found.finishedAt)}</Descriptions.Item>
        ) : null}
        {found.returnedAt ? (
          <Descriptions.Item label={t('dossiers.track.returned')}>
            {when(found.returnedAt)}
            {found.postalTrackingNumber
              ? ` — ${t('dossiers.fields.tracking')}: ${found.postalTrackingNumber}`
              : ''}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('dossiers.counter.resultMethod')}>
          {t(`dossiers.resultMethod.${found.resultMethod as 'online'}`)}
        </Descriptions.Item>
      </Descriptions>
      <h2>{t('dossiers.history')}</h2>
      <Timeline
        data-testid="track-history"
        items={found.history.map((h, i) => ({
          key: i,
          children: (
            <div>
              <strong>{t(`dossiers.event.${h.type as 'received'}`, { defaultValue: h.statusLabel })}</strong>
              <div>
                {when(h.at)} — {t(`dossiers.status.${h.status}`)}
              </div>
              <EventDetails lines={h.details} />
            </div>
          ),
        }))}
      />
      {found.canRate ? <Rating code={code} secret={secret} /> : null}
    </div>
  );
}

export function TrackPage() {
  const { t } = useTranslation();
  const title = t('areas.trackDossier.title');
  usePageTitle(title);
  const [params] = useSearchParams();
  const track = useTrack();
  const [asked, setAsked] = useState<{ code: string; secret: string } | null>(null);
  // The QR code of Form 01 and the link of the success screen carry both: track at once (issue 15 §3).
  const given = { code: params.get('code')?.trim() ?? '', secret: params.get('secret')?.trim() ?? '' };
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !given.code || !given.secret) return;
    opened.current = true;
    setAsked(given);
    track.mutate(given);
  });
  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-trackDossier">
          {title}
        </Typography.Title>
      </div>
      <Typography.Paragraph className="page-intro">{t('dossiers.track.intro')}</Typography.Paragraph>
      <Form
        layout="vertical"
        style={{ maxWidth: 480 }}
        initialValues={given}
        onFinish={(values: { code: string; secret: string }) => {
          const asking = { code: values.code.trim(), secret: values.secret.trim() };
          setAsked(asking);
          track.mutate(asking);
        }}
      >
        <Form.Item
          name="code"
          label={t('dossiers.track.code')}
          extra={t('dossiers.track.codeHint')}
          rules={[{ required: true, whitespace: true, max: 60, message: t('dossiers.track.codeRequired') }]}
        >
          <Input autoComplete="off" maxLength={60} data-testid="track-code" />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('dossiers.track.secret')}
          rules={[{ required: true, whitespace: true, max: 40, message: t('dossiers.track.secretRequired') }]}
        >
          <Input autoComplete="off" maxLength={40} data-testid="track-secret" />
        </Form.Item>
        {/* Disabled while asking rather than `loading`: the button stays, and its spinner was seen left running. */}
        <Button type="primary" htmlType="submit" disabled={track.isPending} data-testid="track-submit">
          {t('dossiers.track.submit')}
        </Button>
      </Form>
      <div role="status" aria-live="polite" style={{ marginTop: 24 }}>
        {track.isError ? <LookupError error={track.error} /> : null}
        {track.isSuccess ? <span className="visually-hidden">{t('dossiers.track.found')}</span> : null}
      </div>
      {track.isSuccess && asked ? (
        <TrackingResult found={track.data} code={asked.code} secret={asked.secret} />
      ) : null}
    </div>
  );
}
