/** A failed request shown in place: the problem's `detail` (or a readable fallback), with an optional retry. */
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './ErrorState';

type Props = {
  error: unknown;
  /** A short heading; "That did not work" when left out. */
  title?: ReactNode;
  onRetry?: () => void;
  testId?: string;
  className?: string;
};

export function ProblemAlert({ error, title, onRetry, testId = 'problem', className }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      className={className ?? 'problem-alert'}
      title={title ?? t('errors.requestFailed')}
      description={errorText(error)}
      data-testid={testId}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
