/**
 * The route of an area that is not built yet: an honest "being built" page (`data-testid="not-ready"`),
 * or "no access" (`data-testid="forbidden"`) when none of the user's roles works in that area.
 * The server enforces access on its own; this only keeps the menu and the pages consistent.
 */
import { LockOutlined, ToolOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AreaKey, ROLE_AREAS } from '../areas';
import { useCurrentUser, userRoles } from '../auth/current-user';
import { LinkButton } from '../layout/LinkButton';
import { usePageTitle } from '../layout/usePageTitle';

export function AreaPage({ areaKey }: { areaKey: AreaKey }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const title = t(`areas.${areaKey}.title`);
  usePageTitle(title);
  const allowed = userRoles(user).some((role) => ROLE_AREAS[role].includes(areaKey));
  const backHome = (
    <LinkButton to="/" primary>
      {t('common.backHome')}
    </LinkButton>
  );

  if (!allowed) {
    return (
      <div data-testid="forbidden">
        <Result
          status="warning"
          icon={<LockOutlined aria-hidden />}
          title={<h1 className="result-heading">{t('forbidden.title')}</h1>}
          subTitle={t('forbidden.description', { area: title })}
          extra={backHome}
        />
      </div>
    );
  }

  return (
    <div data-testid="not-ready">
      <Result
        status="info"
        icon={<ToolOutlined aria-hidden />}
        title={<h1 className="result-heading">{title}</h1>}
        subTitle={
          <>
            <strong className="not-ready-title">{t('notReady.title')}</strong>
            <br />
            {t('notReady.description', { area: title })}
          </>
        }
        extra={backHome}
      />
    </div>
  );
}
