/**
 * The frame of pages open to visitors (issue 15 §1): the product name, the public menu (folded on a phone), the
 * language switch, and "Đăng nhập" — or the account menu when someone is signed in — the same on every public page.
 */
import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { CurrentUserContext } from '../auth/current-user';
import { loginPathFor } from '../auth/next';
import { useMe } from '../auth/queries';
import { AppFooter } from './AppFooter';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { PublicNav } from './PublicNav';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';
import { useMediaQuery, WIDE_SCREEN } from './useMediaQuery';

function Account() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const user = me.data?.user;
  if (user)
    return (
      <CurrentUserContext.Provider value={user}>
        <UserMenu />
      </CurrentUserContext.Provider>
    );
  if (me.isPending || location.pathname === '/login') return null;
  return (
    <Link to={loginPathFor(location)} className="link-button link-button-primary" data-testid="sign-in-link">
      {t('front.nav.signIn')}
    </Link>
  );
}

export function PublicLayout({ children }: { children: ReactNode }) {
  const wide = useMediaQuery(WIDE_SCREEN);
  return (
    <Layout className="app-root">
      <SkipLink />
      <Layout.Header className="app-header public-header">
        {wide ? null : <PublicNav wide={false} />}
        <Brand />
        {wide ? <PublicNav wide /> : null}
        <div className="header-spacer" />
        <LanguageSwitch />
        <Account />
      </Layout.Header>
      <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} className="public-content">
        {children}
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
