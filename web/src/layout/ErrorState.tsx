/** A readable error with a retry button, for failures that are not the user's fault (server down, 5xx). */
import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { usePageTitle } from './usePageTitle';

export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.kind === 'network') return t('errors.network');
      // Saturated (503 with Retry-After, ADR 0017): the server's own words are not for the person waiting.
      if (error.status === 503)
        return error.retryAfter ? t('front.busy', { seconds: error.retryAfter }) : t('front.busyNoTime');
      if (error.detail) return error.detail;
      if (error.status >= 500) return t('errors.server', { status: error.status });
      if (error.title) return error.title;
    }
    return t('errors.unexpected');
  };
}

type Props = {
  error: unknown;
  titleKey: 'errors.sessionTitle' | 'errors.pageTitle';
  onRetry?: () => void;
};

export function ErrorState({ error, titleKey, onRetry }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const title = t(titleKey);
  usePageTitle(title);
  return (
    <div data-testid="error-state">
      <Result
        status="error"
        icon={<CloseCircleFilled aria-hidden />}
        title={<h1 className="result-heading">{title}</h1>}
        subTitle={errorText(error)}
        extra={
          onRetry ? (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : null
        }
      />
    </div>
  );
}
