/**
 * The route of an area that is not built yet: an honest "being built" page (`data-testid="not-ready"`),
 * or "no access" (`data-testid="forbidden"`) when none of the user's roles works in that area.
 * `AreaGate` puts the same "no access" page in front of a built area.
 * The server enforces access on its own; this only keeps the menu and the pages consistent.
 */
import { LockOutlined, ToolOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type AreaKey, mayUseArea } from '../areas';
import { useCurrentUser, userRoles } from '../auth/current-user';
import { LinkButton } from '../layout/LinkButton';
import { usePageTitle } from '../layout/usePageTitle';

function BackHome() {
  const { t } = useTranslation();
  return (
    <LinkButton to="/" primary>
      {t('common.backHome')}
    </LinkButton>
  );
}

function Forbidden({ areaKey }: { areaKey: AreaKey }) {
  const { t } = useTranslation();
  const title = t(`areas.${areaKey}.title`);
  usePageTitle(title);
  return (
    <div data-testid="forbidden">
      <Result
        status="warning"
        icon={<LockOutlined aria-hidden />}
        title={<h1 className="result-heading">{t('forbidden.title')}</h1>}
        subTitle={t('forbidden.description', { area: title })}
        extra={<BackHome />}
      />
    </div>
  );
}

/** Shows `children` to users whose roles work in the area, "no access" to the others. */
export function AreaGate({ areaKey, children }: { areaKey: AreaKey; children: ReactNode }) {
  const user = useCurrentUser();
  return mayUseArea(userRoles(user), areaKey) ? children : <Forbidden areaKey={areaKey} />;
}

export function AreaPage({ areaKey }: { areaKey: AreaKey }) {
  return (
    <AreaGate areaKey={areaKey}>
      <NotReady areaKey={areaKey} />
    </AreaGate>
  );
}

function NotReady({ areaKey }: { areaKey: AreaKey }) {
  const { t } = useTranslation();
  const title = t(`areas.${areaKey}.title`);
  usePageTitle(title);
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
        extra={<BackHome />}
      />
    </div>
  );
}
