/** Find a unit by name or code, ignoring diacritics ("co to" finds Cô Tô), optionally among pre-2025 units. */
import { Checkbox, Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { SearchField } from '../../layout/SearchField';
import { type FoundUnit, useUnitSearch } from './api';
import { typeColour, useUnitLabels } from './labels';
import type { UnitsView } from './units-view';

type Props = {
  view: UnitsView;
  q: string;
  legacy: boolean;
  onSearch: (q: string, legacy: boolean) => void;
};

export function UnitSearch({ view, q, legacy, onSearch }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useUnitLabels();
  const [text, setText] = useState(q);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  // A new search starts at its first page; the box follows the address (back and forward).
  const searchKey = `${q}|${legacy}|${view.asOf}`;
  const [pagedFor, setPagedFor] = useState(searchKey);
  if (pagedFor !== searchKey) {
    setPagedFor(searchKey);
    setPage(1);
  }
  useEffect(() => setText(q), [q]);
  const search = useUnitSearch({
    q,
    asOf: view.asOf,
    legacy,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const english = i18n.resolvedLanguage === 'en';

  const columns: TableColumnsType<FoundUnit> = [
    { key: 'code', title: t('units.columns.code'), render: (_, u) => <span className="code">{u.code}</span> },
    {
      key: 'name',
      title: t('units.columns.name'),
      render: (_, u) => (
        <>
          <Link to={view.linkWith({ unit: u.code })} aria-label={t('units.open', { name: u.name })}>
            {u.name}
          </Link>
          {english && u.nameEn ? <div className="cell-note">{u.nameEn}</div> : null}
        </>
      ),
    },
    {
      key: 'type',
      title: t('units.columns.type'),
      render: (_, u) => <Tag color={typeColour(u.type)}>{labels.type(u.type)}</Tag>,
    },
    { key: 'level', title: t('units.columns.level'), render: (_, u) => labels.level(u.level) },
    {
      key: 'province',
      title: t('units.columns.province'),
      render: (_, u) => <span className="code">{u.provinceCode ?? '—'}</span>,
    },
    {
      key: 'status',
      title: t('units.columns.status'),
      render: (_, u) =>
        u.legacy ? <Tag>{t('units.legacy')}</Tag> : <Tag className="tag-ok">{t('units.current')}</Tag>,
    },
  ];

  return (
    <section aria-labelledby="units-search-heading" className="panel">
      <h2 id="units-search-heading" className="section-heading-small">
        {t('units.search.heading')}
      </h2>
      <search className="toolbar" aria-labelledby="units-search-heading">
        <SearchField
          id="units-search"
          className="toolbar-field toolbar-grow"
          label={t('units.search.label')}
          value={text}
          placeholder={t('units.search.placeholder')}
          onChange={setText}
          onSubmit={(value) => onSearch(value, legacy)}
          button={t('units.search.button')}
          maxLength={100}
          testId="units-search"
        />
        <Checkbox
          checked={legacy}
          onChange={(event) => onSearch(text.trim(), event.target.checked)}
          className="toolbar-check"
          data-testid="units-legacy"
        >
          {t('units.search.legacy')}
        </Checkbox>
      </search>
      {q ? (
        <>
          <p className="list-status" role="status" aria-live="polite" data-testid="units-search-total">
            {search.isPending
              ? t('common.loading')
              : search.data
                ? t('units.search.total', { count: search.data.total })
                : ''}
          </p>
          {search.isError ? (
            <ProblemAlert
              error={search.error}
              onRetry={() => void search.refetch()}
              testId="units-search-error"
            />
          ) : (
            <Table<FoundUnit>
              className="data-table"
              size="small"
              rowKey={(u) => `${u.legacy ? 'old' : 'new'}-${u.level}-${u.code}-${u.name}`}
              columns={columns}
              dataSource={search.data?.items ?? []}
              loading={search.isFetching}
              caption={<span className="visually-hidden">{t('units.search.caption')}</span>}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={t('units.search.empty')} /> }}
              pagination={{
                current: page,
                pageSize,
                total: search.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                onChange: (nextPage, nextSize) => {
                  setPage(nextSize === pageSize ? nextPage : 1);
                  setPageSize(nextSize);
                },
              }}
              data-testid="units-search-table"
            />
          )}
        </>
      ) : null}
    </section>
  );
}
