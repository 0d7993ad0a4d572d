/** The frame of pages seen before signing in: the product name, the language switch, the content. */
import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { AppFooter } from './AppFooter';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Layout className="app-root">
      <SkipLink />
      <Layout.Header className="app-header">
        <Brand />
        <div className="header-spacer" />
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} className="public-content">
        {children}
      </Layout.Content>
      <AppFooter />
    </Layout>
  );
}
