/** The main navigation: home and the areas of the user's roles, as plain links (`aria-current` on the page). */
import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { areasForRoles } from '../areas';
import { useCurrentUser, userRoles } from '../auth/current-user';
import { AreaIcon } from './AreaIcon';

type Props = {
  /** Called after a link is followed (the drawer closes). */
  onNavigate?: () => void;
};

export function SideNav({ onNavigate }: Props) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const areas = areasForRoles(userRoles(user));
  return (
    <nav aria-label={t('nav.label')} className="side-nav" data-testid="side-nav">
      <ul>
        <li>
          <NavLink to="/" end onClick={onNavigate}>
            <HomeOutlined aria-hidden className="side-nav-icon" />
            <span>{t('nav.home')}</span>
          </NavLink>
        </li>
        {areas.map((area) => (
          <li key={area.key}>
            {area.external ? (
              <a href={area.path} onClick={onNavigate}>
                <AreaIcon name={area.icon} className="side-nav-icon" />
                <span>{t(`areas.${area.key}.title`)}</span>
              </a>
            ) : (
              <NavLink to={area.path} onClick={onNavigate}>
                <AreaIcon name={area.icon} className="side-nav-icon" />
                <span>{t(`areas.${area.key}.title`)}</span>
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
