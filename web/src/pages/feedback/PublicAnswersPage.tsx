/**
 * `/public/feedback` — published answers to PAKN (Decree 20/2008 art. 14), for anyone, without sign-in: search
 * without diacritics, filter by field, page through; links to filing feedback and following it. What is shown
 * lives in the address (`?q=&field=&page=`).
 */
import { Empty, Pagination, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useSystemInfo } from '../../auth/queries';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { LinkButton } from '../../layout/LinkButton';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { SearchField } from '../../layout/SearchField';
import { usePageTitle } from '../../layout/usePageTitle';
import { FIELDS, known, type PublishedAnswer, usePublishedAnswers } from './api';
import { useFeedbackLabels } from './labels';
import '../data-pages.css';
import './feedback.css';

export function PublicAnswersPage() {
  const { t } = useTranslation();
  const title = t('feedback.public.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const province = useSystemInfo().data?.province?.code;
  const q = params.get('q') ?? '';
  const field = params.get('field') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const answers = usePublishedAnswers({ provinceCode: province, q, field: known(FIELDS, field), page });
  const labels = useFeedbackLabels();
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  return (
    <PublicLayout>
      <div className="data-page feedback-page">
        <div className="page-head">
          <Typography.Title level={1} className="page-heading" data-testid="page-feedback-answers">
            {title}
          </Typography.Title>
          <div className="feedback-links">
            <LinkButton to="/public/feedback/new" primary>
              {t('feedback.public.submit')}
            </LinkButton>
            <LinkButton to="/public/feedback/track">{t('feedback.public.track')}</LinkButton>
          </div>
        </div>
        <Typography.Paragraph className="page-intro">{t('feedback.public.intro')}</Typography.Paragraph>
        <search className="panel" aria-label={t('feedback.public.searchLabel')}>
          <div className="toolbar">
            <SearchField
              id="feedback-search"
              className="toolbar-field toolbar-grow"
              label={t('feedback.public.searchLabel')}
              value={text}
              placeholder={t('feedback.public.searchPlaceholder')}
              onChange={setText}
              onSubmit={(value) => update({ q: value || null })}
              button={t('feedback.public.searchButton')}
              maxLength={100}
              testId="feedback-search"
            />
            <div className="toolbar-field">
              <label htmlFor="feedback-field">{t('feedback.public.field')}</label>
              <Select
                id="feedback-field"
                value={field}
                className="toolbar-select"
                popupMatchSelectWidth={false}
                options={[
                  { value: '', label: t('feedback.public.all') },
                  ...FIELDS.map((f) => ({ value: f, label: labels.field(f) })),
                ]}
                onChange={(value: string) => update({ field: value || null })}
              />
            </div>
          </div>
        </search>
        <p className="list-status" role="status" aria-live="polite" data-testid="feedback-answers-total">
          {answers.data ? t('feedback.public.total', { count: answers.data.total }) : ''}
        </p>
        {answers.isError ? (
          <ProblemAlert error={answers.error} onRetry={() => void answers.refetch()} />
        ) : !answers.data ? (
          <InlineLoading />
        ) : answers.data.items.length === 0 ? (
          <Empty description={t('feedback.public.empty')} />
        ) : (
          <>
            <ul
              className="feedback-list"
              aria-label={t('feedback.public.caption')}
              data-testid="feedback-answers"
            >
              {answers.data.items.map((item) => (
                <AnswerItem key={item.code} item={item} />
              ))}
            </ul>
            <Pagination
              current={page}
              pageSize={10}
              total={answers.data.total}
              showSizeChanger={false}
              onChange={(next) => update({ page: String(next) })}
            />
          </>
        )}
      </div>
    </PublicLayout>
  );
}

function AnswerItem({ item }: { item: PublishedAnswer }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const labels = useFeedbackLabels();
  return (
    <li className="feedback-item">
      <Link
        to={`/public/feedback/answers/${item.code}`}
        className="feedback-item-link"
        aria-label={t('feedback.public.openAnswer', { title: item.title })}
        data-testid={`answer-${item.code}`}
      >
        {item.title}
      </Link>
      <p className="feedback-item-answer">{item.answer}</p>
      <div className="feedback-meta">
        <span className="code">{item.code}</span>
        <span>{labels.field(item.field)}</span>
        <span>{item.agencyName}</span>
        <span>{t('feedback.public.publishedOn', { date: format.dateTime(item.publishedAt) })}</span>
      </div>
    </li>
  );
}
