import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while the session is being checked; announced to screen readers as a status. */
export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="loading-text">{t('common.loading')}</span>
    </div>
  );
}
