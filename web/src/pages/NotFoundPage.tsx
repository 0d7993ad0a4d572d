import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../layout/LinkButton';
import { usePageTitle } from '../layout/usePageTitle';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t('notFound.title');
  usePageTitle(title);
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={<h1 className="result-heading">{title}</h1>}
        subTitle={t('notFound.description')}
        extra={
          <LinkButton to="/" primary>
            {t('common.backHome')}
          </LinkButton>
        }
      />
    </div>
  );
}
