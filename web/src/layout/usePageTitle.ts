import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page (WCAG 2.4.2), in the UI language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
