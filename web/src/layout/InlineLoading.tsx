import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A loading indicator inside a page or panel, announced to screen readers as a status. */
export function InlineLoading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="inline-loading" role="status" aria-live="polite" data-testid="loading">
      <Spin />
      <span className="loading-text">{label ?? t('common.loading')}</span>
    </div>
  );
}
