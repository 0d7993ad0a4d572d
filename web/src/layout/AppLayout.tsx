/**
 * The signed-in frame: a header (product, unit, language, account), the navigation (a side column from
 * 768 px up, a drawer behind a menu button below), the page, a footer.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { primaryGrant, useCurrentUser } from '../auth/current-user';
import { AppFooter } from './AppFooter';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';
import { useMediaQuery, WIDE_SCREEN } from './useMediaQuery';

export function AppLayout() {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const user = useCurrentUser();
  const unitName = primaryGrant(user)?.unitName ?? '';
  const { pathname } = useLocation();

  // After moving to another page, put keyboard and screen-reader focus on the new content.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [pathname]);

  // The drawer has no place on a wide screen.
  useEffect(() => {
    if (wide) setDrawerOpen(false);
  }, [wide]);

  return (
    <Layout className="app-root">
      <SkipLink />
      <Layout.Header className="app-header">
        {wide ? null : (
          <Button
            type="text"
            icon={<MenuOutlined aria-hidden />}
            aria-label={t('nav.openMenu')}
            aria-haspopup="dialog"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
            data-testid="menu-button"
          />
        )}
        <Brand />
        {unitName ? (
          <span className="header-unit" data-testid="header-unit">
            {unitName}
          </span>
        ) : null}
        <div className="header-spacer" />
        <LanguageSwitch />
        <UserMenu />
      </Layout.Header>
      <Layout hasSider={wide}>
        {wide ? (
          <Layout.Sider width={248} theme="light" className="app-sider">
            <SideNav />
          </Layout.Sider>
        ) : null}
        <Layout className="app-body">
          <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} className="app-content">
            <Outlet />
          </Layout.Content>
          <AppFooter />
        </Layout>
      </Layout>
      {wide ? null : (
        <Drawer
          title={t('nav.menuTitle')}
          placement="left"
          size={280}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          className="nav-drawer"
          data-testid="nav-drawer"
        >
          <SideNav onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
