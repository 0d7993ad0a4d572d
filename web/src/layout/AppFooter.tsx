import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSystemInfo } from '../auth/queries';

/** Version and province, from the public system info (nothing until it has loaded). */
export function AppFooter() {
  const { t } = useTranslation();
  const info = useSystemInfo();
  return (
    <Layout.Footer className="app-footer" data-testid="app-footer">
      {info.data ? <span>{t('app.footer', { version: info.data.version })}</span> : null}
      {info.data?.province ? <span> · {info.data.province.name}</span> : null}
    </Layout.Footer>
  );
}
