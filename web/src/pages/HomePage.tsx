/**
 * `/`: the home of the user's primary (first) role. Each role has its own heading, introduction and areas;
 * the heading carries `data-testid="home-<role>"`.
 */
import { UserOutlined } from '@ant-design/icons';
import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { AREAS, ROLE_AREAS } from '../areas';
import { primaryGrant, useCurrentUser } from '../auth/current-user';
import { usePageTitle } from '../layout/usePageTitle';
import { AreaCards } from './AreaCards';

export function HomePage() {
  const user = useCurrentUser();
  const grant = primaryGrant(user);
  if (!grant) return <NoRoleHome />;
  return <RoleHome role={grant.role} displayName={user.displayName} unitName={grant.unitName} />;
}

type RoleHomeProps = {
  role: Role;
  displayName: string;
  unitName: string;
};

function RoleHome({ role, displayName, unitName }: RoleHomeProps) {
  const { t } = useTranslation();
  const title = t(`home.${role}.title`);
  usePageTitle(title);
  const areas = ROLE_AREAS[role].map((key) => AREAS[key]);
  return (
    <div className={`home home-${role}`}>
      <Typography.Title level={1} className="page-heading" data-testid={`home-${role}`}>
        {title}
      </Typography.Title>
      <p className="home-identity">
        <strong data-testid="home-user">{displayName}</strong>
        <span className="home-identity-sep" aria-hidden>
          {' · '}
        </span>
        <span data-testid="home-role">{t(`roles.${role}`)}</span>
        {unitName ? (
          <>
            <span className="home-identity-sep" aria-hidden>
              {' · '}
            </span>
            <span data-testid="home-unit">{unitName}</span>
          </>
        ) : null}
      </p>
      <Typography.Paragraph className="home-intro">{t(`home.${role}.intro`)}</Typography.Paragraph>
      <Typography.Title level={2} className="section-heading">
        {t('home.functions')}
      </Typography.Title>
      <AreaCards areas={areas} />
    </div>
  );
}

function NoRoleHome() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const title = t('home.noRole.title');
  usePageTitle(title);
  return (
    <div data-testid="home-none">
      <Result
        status="warning"
        icon={<UserOutlined aria-hidden />}
        title={<h1 className="result-heading">{title}</h1>}
        subTitle={
          <>
            <strong>{user.displayName}</strong>
            <br />
            {t('home.noRole.description')}
          </>
        }
      />
    </div>
  );
}
