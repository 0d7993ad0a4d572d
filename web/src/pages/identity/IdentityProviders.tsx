/**
 * The OpenID Connect identity providers citizens sign in with (issue 20 §1, ADR 0022): listed, added and changed
 * by a national administrator. Those from the environment (`TINHSO_OIDC_PROVIDERS`) are shown but not editable.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type IdentityProvider, useIdentityProviders } from './admin-api';
import { ProviderDrawer } from './ProviderDrawer';

export function IdentityProviders() {
  const { t } = useTranslation();
  const providers = useIdentityProviders();
  // undefined: closed; null: a new provider; else the one being changed.
  const [editing, setEditing] = useState<IdentityProvider | null | undefined>(undefined);

  return (
    <section aria-labelledby="providers-heading">
      <div className="page-head">
        <Typography.Title level={2} id="providers-heading">
          {t('identity.providers.title')}
        </Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="provider-add">
          {t('identity.providers.add')}
        </Button>
      </div>
      <Typography.Paragraph>{t('identity.providers.intro')}</Typography.Paragraph>
      {providers.isError ? (
        <ProblemAlert
          error={providers.error}
          onRetry={() => void providers.refetch()}
          testId="providers-load-error"
        />
      ) : providers.data?.items.length === 0 ? (
        // A plain sentence rather than the table's pale placeholder, which is too faint to read (WCAG 1.4.3).
        <p data-testid="providers-none">{t('identity.providers.none')}</p>
      ) : (
        <Table<IdentityProvider>
          rowKey="id"
          size="small"
          loading={providers.isLoading}
          dataSource={providers.data?.items ?? []}
          pagination={false}
          data-testid="providers-table"
          columns={[
            { key: 'n', title: t('identity.providers.displayName'), dataIndex: 'displayName' },
            {
              key: 'i',
              title: t('identity.providers.issuer'),
              render: (_, p) => <span className="code">{p.issuer}</span>,
            },
            { key: 'c', title: t('identity.providers.clientId'), dataIndex: 'clientId' },
            {
              key: 's',
              title: t('identity.providers.state'),
              render: (_, p) => (
                <span className="tag-list">
                  <Tag className={p.enabled ? 'tag-ok' : 'tag-bad'}>
                    {t(p.enabled ? 'identity.providers.enabled' : 'identity.providers.disabled')}
                  </Tag>
                  {p.source === 'env' ? <Tag>{t('identity.providers.fromEnv')}</Tag> : null}
                </span>
              ),
            },
            {
              key: 'a',
              title: <span className="visually-hidden">{t('identity.providers.actions')}</span>,
              render: (_, p) =>
                p.source === 'env' ? null : (
                  <Button
                    size="small"
                    onClick={() => setEditing(p)}
                    aria-label={t('identity.providers.editNamed', { name: p.displayName })}
                    data-testid={`provider-edit-${p.slug}`}
                  >
                    {t('identity.providers.edit')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      {editing !== undefined ? (
        <ProviderDrawer provider={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </section>
  );
}
