import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The product name in the header, linking home. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <span className="brand-name">{t('app.name')}</span>
      <span className="brand-full">{t('app.fullName')}</span>
    </Link>
  );
}
