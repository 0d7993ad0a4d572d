/** The accounts table: each username opens the account; roles are tags naming their unit. */
import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { type Account, type AccountFilters, type AccountPage, isLocked } from './api';
import { useAccountLabels } from './labels';

type Props = {
  page: AccountPage | undefined;
  loading: boolean;
  filters: AccountFilters;
  pageSizes: number[];
  onPage: (page: number, pageSize: number) => void;
  /** The address that opens an account's drawer. */
  linkFor: (id: string) => string;
};

export function AccountsTable({ page, loading, filters, pageSizes, onPage, linkFor }: Props) {
  const { t } = useTranslation();
  const labels = useAccountLabels();
  const format = useDateFormat();

  const columns: TableColumnsType<Account> = [
    {
      key: 'username',
      title: t('adminUsers.columns.username'),
      render: (_, account) => (
        <Link
          to={linkFor(account.id)}
          className="code"
          aria-label={t('adminUsers.open', { name: account.username })}
          data-testid={`user-open-${account.username}`}
        >
          {account.username}
        </Link>
      ),
    },
    { key: 'displayName', title: t('adminUsers.columns.displayName'), dataIndex: 'displayName' },
    {
      key: 'kind',
      title: t('adminUsers.columns.kind'),
      render: (_, account) => t(`adminUsers.kind.${account.kind}`),
    },
    {
      key: 'status',
      title: t('adminUsers.columns.status'),
      render: (_, account) => (
        <span className="tag-list">
          <Tag className={account.status === 'active' ? 'tag-ok' : 'tag-bad'}>
            {t(`adminUsers.status.${account.status}`)}
          </Tag>
          {isLocked(account) && account.lockedUntil ? (
            <Tag className="tag-warn" data-testid="user-locked">
              {t('adminUsers.locked', { time: format.dateTime(account.lockedUntil) })}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      key: 'roles',
      title: t('adminUsers.columns.roles'),
      render: (_, account) =>
        account.roles.length === 0 ? (
          <span className="muted">{t('adminUsers.noRoles')}</span>
        ) : (
          <span className="tag-list">
            {account.roles.map((grant) => (
              <Tag key={grant.id} className="wrap-tag">
                {labels.grant(grant)}
              </Tag>
            ))}
          </span>
        ),
    },
  ];

  return (
    <Table<Account>
      className="data-table"
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      caption={<span className="visually-hidden">{t('adminUsers.tableCaption')}</span>}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('adminUsers.empty')} /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: pageSizes,
        onChange: onPage,
      }}
      data-testid="users-table"
    />
  );
}
