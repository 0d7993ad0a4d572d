/**
 * `/admin/audit`: the hash-chained audit trail, newest first, filtered by entity, action and dates, with older
 * entries loaded on request; national administrators can verify the whole chain. Filters live in the address,
 * so a link such as `?entityType=user&entityId=…` (from an account) opens the trail of that record.
 */
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/current-user';
import { useFormat } from '../../i18n/format';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { type AuditFilters, FILTER_KEYS, useAuditEntries } from './api';
import { VerifyChain } from './VerifyChain';
import '../data-pages.css';

function readFilters(params: URLSearchParams): AuditFilters {
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  };
  return {
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    action: params.get('action') ?? '',
    from: date('from'),
    to: date('to'),
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = t('areas.audit.title');
  usePageTitle(title);
  const user = useCurrentUser();
  const national = user.roles.some((g) => g.role === 'system_admin' && g.unitCode === 'VN');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const entries = useAuditEntries(filters);
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];
  const total = entries.data?.pages[0]?.total ?? 0;

  const applyFilters = (next: AuditFilters) =>
    setParams((previous) => {
      const out = new URLSearchParams(previous);
      for (const key of FILTER_KEYS) {
        const value = next[key].trim();
        if (value) out.set(key, value);
        else out.delete(key);
      }
      return out;
    });

  return (
    <div className="data-page">
      <div className="page-head">
        <Typography.Title level={1} className="page-heading" data-testid="page-audit">
          {title}
        </Typography.Title>
      </div>
      <Typography.Paragraph className="page-intro">{t('audit.intro')}</Typography.Paragraph>
      {national ? <VerifyChain /> : null}

      <AuditFilterForm filters={filters} onApply={applyFilters} />

      <p className="list-status" role="status" aria-live="polite" data-testid="audit-total">
        {entries.isPending
          ? t('common.loading')
          : entries.data
            ? t('audit.shown', { shown: fmt.count(items.length), total: fmt.count(total) })
            : ''}
      </p>

      {entries.isError && items.length === 0 ? (
        <ProblemAlert error={entries.error} onRetry={() => void entries.refetch()} testId="audit-error" />
      ) : (
        <>
          <AuditTable
            items={items}
            loading={entries.isPending || (entries.isFetching && !entries.isFetchingNextPage)}
          />
          {entries.isFetchNextPageError ? (
            <ProblemAlert
              error={entries.error}
              onRetry={() => void entries.fetchNextPage()}
              testId="audit-more-error"
            />
          ) : null}
          <div className="load-more">
            {entries.hasNextPage ? (
              <Button
                onClick={() => void entries.fetchNextPage()}
                loading={entries.isFetchingNextPage}
                data-testid="audit-load-more"
              >
                {t('audit.loadMore')}
              </Button>
            ) : items.length > 0 ? (
              <span className="muted">{t('audit.allLoaded')}</span>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
