/**
 * The public menu of every page open to visitors (issue 15 §1), as the national portal has it: home, procedures,
 * tracking, feedback, figures. In the header from 768 px up; below, folded behind a menu button into a drawer.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSystemInfo } from '../auth/queries';

function useLinks() {
  const { t } = useTranslation();
  const province = useSystemInfo().data?.province?.code;
  return [
    { to: '/', label: t('front.nav.home'), end: true },
    { to: '/procedures', label: t('front.nav.procedures') },
    { to: '/track', label: t('front.nav.track') },
    { to: '/public/feedback', label: t('front.nav.feedback') },
    ...(province ? [{ to: `/public/reports/${province}`, label: t('front.nav.figures') }] : []),
  ];
}

function Links({ onNavigate, vertical }: { onNavigate?: () => void; vertical?: boolean }) {
  const links = useLinks();
  return (
    <ul className={vertical ? 'public-nav-list public-nav-vertical' : 'public-nav-list'}>
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end={link.end ?? false} onClick={onNavigate} className="public-nav-link">
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function PublicNav({ wide }: { wide: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (wide)
    return (
      <nav aria-label={t('front.nav.label')} className="public-nav" data-testid="public-nav">
        <Links />
      </nav>
    );
  return (
    <>
      <Button
        type="text"
        icon={<MenuOutlined aria-hidden />}
        aria-label={t('nav.openMenu')}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-testid="public-menu-button"
      />
      <Drawer
        title={t('nav.menuTitle')}
        placement="left"
        size={280}
        open={open}
        onClose={() => setOpen(false)}
        data-testid="public-nav-drawer"
      >
        <nav aria-label={t('front.nav.label')}>
          <Links vertical onNavigate={() => setOpen(false)} />
        </nav>
      </Drawer>
    </>
  );
}
