/**
 * `/public/feedback/answers/:code` — one published answer: the feedback and the answer (personal data removed),
 * who answered and when, and the like / dislike rating (Decision 766 sub-indicator 5.3), for signed-in people.
 */
import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { loginPathFor } from '../../auth/next';
import { useMe } from '../../auth/queries';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { LinkButton } from '../../layout/LinkButton';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { usePageTitle } from '../../layout/usePageTitle';
import { type PublishedAnswer, usePublishedAnswer, useRate } from './api';
import { useFeedbackLabels } from './labels';
import '../data-pages.css';
import './feedback.css';

export function PublicAnswerPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const answer = usePublishedAnswer(code);
  usePageTitle(answer.data?.title ?? t('feedback.public.title'));
  return (
    <PublicLayout>
      <div className="data-page feedback-page">
        {answer.isPending ? (
          <InlineLoading />
        ) : answer.isError ? (
          isApiError(answer.error) && answer.error.status === 404 ? (
            <Result
              status="404"
              title={<h1 className="result-heading">{t('feedback.answer.notFound')}</h1>}
              extra={<LinkButton to="/public/feedback">{t('feedback.answer.back')}</LinkButton>}
            />
          ) : (
            <>
              <h1 className="page-heading">{t('feedback.public.title')}</h1>
              <ProblemAlert error={answer.error} onRetry={() => void answer.refetch()} />
            </>
          )
        ) : (
          <AnswerBody answer={answer.data} />
        )}
      </div>
    </PublicLayout>
  );
}

function AnswerBody({ answer }: { answer: PublishedAnswer }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const labels = useFeedbackLabels();
  return (
    <article data-testid={`published-${answer.code}`}>
      <Link to="/public/feedback" className="back-link">
        {t('feedback.answer.back')}
      </Link>
      <Typography.Title level={1} className="page-heading" data-testid="page-feedback-answer">
        {answer.title}
      </Typography.Title>
      <div className="feedback-meta">
        <span className="code">{answer.code}</span>
        <span>{labels.field(answer.field)}</span>
      </div>
      <section className="panel" aria-labelledby="feedback-question">
        <h2 id="feedback-question" className="section-heading-small">
          {t('feedback.answer.question')}
        </h2>
        <p className="feedback-text">{answer.content}</p>
      </section>
      <section className="panel feedback-answer" aria-labelledby="feedback-answer">
        <h2 id="feedback-answer" className="section-heading-small">
          {t('feedback.answer.answer')}
        </h2>
        <p className="feedback-text" data-testid="published-answer-text">
          {answer.answer}
        </p>
        <Descriptions column={1} size="small" className="feedback-facts">
          <Descriptions.Item label={t('feedback.answer.agency')}>{answer.agencyName}</Descriptions.Item>
          {answer.communeName ? (
            <Descriptions.Item label={t('feedback.answer.place')}>{answer.communeName}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('feedback.answer.received')}>
            {format.dateTime(answer.receivedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.answer.answered')}>
            {format.dateTime(answer.answeredAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.answer.published')}>
            {format.dateTime(answer.publishedAt)}
          </Descriptions.Item>
        </Descriptions>
      </section>
      <Rating answer={answer} />
    </article>
  );
}

function Rating({ answer }: { answer: PublishedAnswer }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const rate = useRate(answer.code);
  return (
    <section className="panel" aria-labelledby="feedback-rate">
      <h2 id="feedback-rate" className="section-heading-small">
        {t('feedback.answer.rate')}
      </h2>
      {me.data ? (
        <Space wrap>
          <Button
            icon={<LikeOutlined aria-hidden />}
            aria-pressed={answer.myVote === 'like'}
            type={answer.myVote === 'like' ? 'primary' : 'default'}
            loading={rate.isPending && rate.variables === 'like'}
            onClick={() => rate.mutate('like')}
            data-testid="rate-like"
          >
            {t('feedback.answer.like', { count: answer.likes })}
          </Button>
          <Button
            icon={<DislikeOutlined aria-hidden />}
            aria-pressed={answer.myVote === 'dislike'}
            type={answer.myVote === 'dislike' ? 'primary' : 'default'}
            loading={rate.isPending && rate.variables === 'dislike'}
            onClick={() => rate.mutate('dislike')}
            data-testid="rate-dislike"
          >
            {t('feedback.answer.dislike', { count: answer.dislikes })}
          </Button>
        </Space>
      ) : (
        <p>
          {t('feedback.answer.like', { count: answer.likes })} ·{' '}
          {t('feedback.answer.dislike', { count: answer.dislikes })}
          <br />
          <Link to={loginPathFor(location)}>{t('feedback.answer.signInToRate')}</Link>
        </p>
      )}
      <div role="status" aria-live="polite">
        {rate.isSuccess ? <Alert type="success" showIcon title={t('feedback.answer.thanks')} /> : null}
      </div>
      {rate.isError ? <ProblemAlert error={rate.error} /> : null}
    </section>
  );
}
