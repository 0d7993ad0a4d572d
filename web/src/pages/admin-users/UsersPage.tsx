/**
 * `/admin/users`: the accounts within the administrator's scope — search, filter by kind, page through,
 * create an account, open one to change it. The list state lives in the address (`?q=&kind=&page=&size=&user=`),
 * so the back button and a shared link show the same list.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { SearchField } from '../../layout/SearchField';
import { usePageTitle } from '../../layout/usePageTitle';
import { AccountDrawer } from './AccountDrawer';
import { AccountsTable } from './AccountsTable';
import { type AccountFilters, type AccountKind, useAccounts } from './api';
import { CreateAccountDrawer } from './CreateAccountDrawer';
import '../data-pages.css';

const PAGE_SIZES = [10, 20, 50, 100];

function readFilters(params: URLSearchParams): AccountFilters {
  const kind = params.get('kind');
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    q: params.get('q') ?? '',
    kind: kind === 'official' || kind === 'citizen' ? kind : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(size) ? size : 20,
  };
}

export function UsersPage() {
  const { t } = useTranslation();
  const title = t('areas.users.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const openId = params.get('user');
  const accounts = useAccounts(filters);
  const [text, setText] = useState(filters.q);
  const [creating, setCreating] = useState(false);
  useEffect(() => setText(filters.q), [filters.q]); // back and forward move through searches too

  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const data = accounts.data;
  const openAccount = data?.items.find((a) => a.id === openId);

  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-users">
          {title}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setCreating(true)}
          data-testid="users-create"
        >
          {t('adminUsers.create')}
        </Button>
      </div>
      <Typography.Paragraph className="page-intro">{t('adminUsers.intro')}</Typography.Paragraph>

      <search className="toolbar" aria-label={t('adminUsers.search')}>
        <SearchField
          id="users-search"
          className="toolbar-field toolbar-grow"
          label={t('adminUsers.search')}
          value={text}
          onChange={setText}
          onSubmit={(q) => update({ q, page: null })}
          button={t('adminUsers.searchButton')}
          maxLength={100}
          testId="users-search"
        />
        <div className="toolbar-field">
          <label htmlFor="users-kind">{t('adminUsers.kindFilter')}</label>
          <Select<AccountKind | ''>
            id="users-kind"
            value={filters.kind}
            onChange={(kind) => update({ kind, page: null })}
            options={[
              { value: '', label: t('adminUsers.kindAll') },
              { value: 'official', label: t('adminUsers.kind.official') },
              { value: 'citizen', label: t('adminUsers.kind.citizen') },
            ]}
            className="toolbar-select"
            data-testid="users-kind"
          />
        </div>
      </search>

      <p className="list-status" role="status" aria-live="polite" data-testid="users-total">
        {accounts.isPending ? t('common.loading') : data ? t('adminUsers.total', { count: data.total }) : ''}
      </p>

      {accounts.isError ? (
        <ProblemAlert error={accounts.error} onRetry={() => void accounts.refetch()} testId="users-error" />
      ) : (
        <AccountsTable
          page={data}
          loading={accounts.isFetching}
          filters={filters}
          pageSizes={PAGE_SIZES}
          onPage={(page, pageSize) => update({ page: String(page), size: String(pageSize) })}
          linkFor={(id) => {
            const next = new URLSearchParams(params);
            next.set('user', id);
            return `?${next}`;
          }}
        />
      )}

      <CreateAccountDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(account) => {
          setCreating(false);
          update({ user: account.id });
        }}
      />
      {openId ? (
        <AccountDrawer
          key={openId}
          accountId={openId}
          initial={openAccount}
          onClose={() => update({ user: null })}
        />
      ) : null}
    </div>
  );
}
