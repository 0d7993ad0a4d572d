/**
 * `/public/feedback/track?code=` — an anonymous sender follows their PAKN with the code and the tracking key.
 * The key is a secret: typed into the form (or handed over in the history state right after filing) and sent
 * in a POST body, never put in the address. An old link that still carries `key=` shows the form with the code
 * filled in, and the key is dropped from the address bar (issue 18 §6).
 */
import { Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import { useTrack } from './api';
import { OwnCaseView } from './OwnCaseView';
import '../data-pages.css';
import './feedback.css';

export function TrackPage() {
  const { t } = useTranslation();
  const title = t('feedback.track.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const handedOver = (useLocation().state as { key?: unknown } | null)?.key;
  const [query, setQuery] = useState(() => ({
    code: params.get('code') ?? '',
    key: typeof handedOver === 'string' ? handedOver : '',
  }));
  useEffect(() => {
    if (params.has('key')) setParams(query.code ? { code: query.code } : {}, { replace: true });
  }, [params, setParams, query.code]);
  const found = useTrack(query.code, query.key);
  return (
    <PublicLayout>
      <div className="data-page feedback-page">
        <Typography.Title level={1} className="page-heading" data-testid="page-feedback-track">
          {title}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{t('feedback.track.intro')}</Typography.Paragraph>
        <Form
          layout="vertical"
          className="panel feedback-form"
          initialValues={query}
          onFinish={(v: { code: string; key: string }) => {
            const next = { code: v.code.trim(), key: v.key.trim() };
            setQuery(next);
            setParams({ code: next.code }, { replace: true });
          }}
        >
          <Form.Item name="code" label={t('feedback.track.code')} rules={[{ required: true, max: 40 }]}>
            <Input maxLength={40} data-testid="track-code" />
          </Form.Item>
          <Form.Item name="key" label={t('feedback.track.key')} rules={[{ required: true, min: 8, max: 64 }]}>
            <Input.Password maxLength={64} autoComplete="off" data-testid="track-key" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="track-find">
            {t('feedback.track.find')}
          </Button>
        </Form>
        <div role="status" aria-live="polite">
          {!query.code || !query.key ? null : found.isPending ? (
            <InlineLoading />
          ) : found.isError ? (
            isApiError(found.error) && (found.error.status === 404 || found.error.status === 400) ? (
              <p className="feedback-note">{t('feedback.track.notFound')}</p>
            ) : (
              <ProblemAlert error={found.error} onRetry={() => void found.refetch()} />
            )
          ) : (
            <section className="panel">
              <OwnCaseView own={found.data} />
            </section>
          )}
        </div>
      </div>
    </PublicLayout>
  );
}
