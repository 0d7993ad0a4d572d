/** `/public/feedback/track?code=&key=` — an anonymous sender follows their PAKN with the code and the tracking key. */
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
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
  const code = params.get('code') ?? '';
  const key = params.get('key') ?? '';
  const found = useTrack(code, key);
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
          initialValues={{ code, key }}
          onFinish={(v: { code: string; key: string }) =>
            setParams({ code: v.code.trim(), key: v.key.trim() })
          }
        >
          <Form.Item name="code" label={t('feedback.track.code')} rules={[{ required: true, max: 40 }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="key" label={t('feedback.track.key')} rules={[{ required: true, min: 8, max: 64 }]}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('feedback.track.find')}
          </Button>
        </Form>
        <div role="status" aria-live="polite">
          {!code || !key ? null : found.isPending ? (
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
