/**
 * `/procedures` — the public catalogue (issue 5 §4): a province's published procedures, found by name without
 * diacritics ("dang ky khai sinh"), by field, level, deciding agency and online level. No sign-in. What is shown
 * lives in the address (`?province=&q=&field=&level=&agency=&online=&page=`), so a search can be shared.
 */
import { Button, Empty, Pagination, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { PublicLayout } from '../../layout/PublicLayout';
import { SearchField } from '../../layout/SearchField';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { usePageTitle } from '../../layout/usePageTitle';
import { type CatalogueItem, useCatalogue, useFacets } from './api';
import { onlineColour, useProcedureLabels } from './labels';
import { useCatalogueProvince } from './useProvince';
import '../data-pages.css';
import './procedures.css';

const FILTERS = ['field', 'level', 'agency', 'online'] as const;

export function CataloguePage() {
  const { t } = useTranslation();
  const title = t('procedures.catalogue.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const { province, provinces, loading } = useCatalogueProvince();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const catalogue = useCatalogue({ province, q, ...filters, page, pageSize: 20 });
  const facets = useFacets(province);
  const labels = useProcedureLabels();
  // On a phone the filters fold behind one "Bộ lọc" button, so results start on the first screen (issue 15 §7).
  const wide = useMediaQuery(WIDE_SCREEN);
  const active = FILTERS.filter((k) => filters[k]).length;
  const [filtersOpen, setFiltersOpen] = useState(false);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const options = (values: Array<{ value: string; label: string; count: number }>) => [
    { value: '', label: t('procedures.catalogue.all') },
    ...values.map((v) => ({ value: v.value, label: `${v.label} (${v.count})` })),
  ];
  const f = facets.data;
  const selects: Array<{
    key: (typeof FILTERS)[number];
    label: string;
    options: Array<{ value: string; label: string }>;
  }> = [
    {
      key: 'field',
      label: t('procedures.catalogue.field'),
      options: options((f?.fields ?? []).map((x) => ({ ...x, label: x.value }))),
    },
    {
      key: 'level',
      label: t('procedures.catalogue.level'),
      options: options((f?.levels ?? []).map((x) => ({ ...x, label: labels.level(x.value) }))),
    },
    {
      key: 'agency',
      label: t('procedures.catalogue.agency'),
      options: options((f?.agencies ?? []).map((x) => ({ ...x, label: labels.agency(x) }))),
    },
    {
      key: 'online',
      label: t('procedures.catalogue.online'),
      options: options((f?.online ?? []).map((x) => ({ ...x, label: labels.online(x.value as 'full') }))),
    },
  ];

  return (
    <PublicLayout>
      <div className="data-page procedures-page">
        <Typography.Title level={1} className="page-heading" data-testid="page-procedures">
          {title}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{t('procedures.catalogue.intro')}</Typography.Paragraph>
        {province ? (
          <Link to={`/public/reports/${province}`} data-testid="procedures-public-report">
            {t('reports.public.link')}
          </Link>
        ) : null}
        {!loading && !province ? <Empty description={t('procedures.catalogue.noProvince')} /> : null}
        <search className="panel" aria-label={t('procedures.catalogue.filters')}>
          {provinces.length > 1 ? (
            <div className="toolbar-field">
              <label htmlFor="procedures-province">{t('procedures.catalogue.province')}</label>
              <Select
                id="procedures-province"
                value={province}
                options={provinces.map((p) => ({ value: p.code, label: p.name }))}
                onChange={(value) => update({ province: value, field: null, agency: null })}
                className="toolbar-select"
              />
            </div>
          ) : null}
          <SearchField
            id="procedures-search"
            className="toolbar-field toolbar-grow"
            label={t('procedures.catalogue.searchLabel')}
            value={text}
            placeholder={t('procedures.catalogue.searchPlaceholder')}
            onChange={setText}
            onSubmit={(value) => update({ q: value || null })}
            button={t('procedures.catalogue.searchButton')}
            maxLength={200}
            testId="procedures-search"
          />
          {wide ? null : (
            <Button
              className="procedures-filters-toggle"
              aria-expanded={filtersOpen}
              aria-controls="procedures-filters"
              onClick={() => setFiltersOpen((open) => !open)}
              data-testid="procedures-filters-toggle"
            >
              {t('procedures.catalogue.filters')}
              {active ? ` (${active})` : ''} {filtersOpen ? '▴' : '▾'}
            </Button>
          )}
          <div className="toolbar procedures-filters" id="procedures-filters" hidden={!wide && !filtersOpen}>
            {selects.map((s) => (
              <div className="toolbar-field" key={s.key}>
                <label htmlFor={`procedures-filter-${s.key}`}>{s.label}</label>
                <Select
                  id={`procedures-filter-${s.key}`}
                  value={filters[s.key]}
                  options={s.options}
                  onChange={(value: string) => update({ [s.key]: value || null })}
                  showSearch={s.key === 'field' || s.key === 'agency'}
                  optionFilterProp="label"
                  popupMatchSelectWidth={false}
                  className="toolbar-select procedures-select"
                  data-testid={`procedures-filter-${s.key}`}
                />
              </div>
            ))}
            {FILTERS.some((k) => filters[k]) ? (
              <Button onClick={() => update({ field: null, level: null, agency: null, online: null })}>
                {t('procedures.catalogue.reset')}
              </Button>
            ) : null}
          </div>
        </search>
        <p className="list-status" role="status" aria-live="polite" data-testid="procedures-total">
          {catalogue.data ? t('procedures.catalogue.total', { count: catalogue.data.total }) : ''}
        </p>
        {catalogue.isError ? (
          <ProblemAlert
            error={catalogue.error}
            onRetry={() => void catalogue.refetch()}
            testId="procedures-error"
          />
        ) : catalogue.data ? (
          catalogue.data.items.length ? (
            <>
              <ul
                className="procedure-list"
                aria-label={t('procedures.catalogue.caption')}
                data-testid="procedures-results"
              >
                {catalogue.data.items.map((item) => (
                  <ResultItem key={item.code} item={item} province={province} />
                ))}
              </ul>
              <Pagination
                current={page}
                pageSize={20}
                total={catalogue.data.total}
                showSizeChanger={false}
                onChange={(next) => update({ page: String(next) })}
                className="procedures-pagination"
              />
            </>
          ) : (
            <Empty description={t('procedures.catalogue.empty')} />
          )
        ) : province ? (
          <InlineLoading />
        ) : null}
      </div>
    </PublicLayout>
  );
}

function ResultItem({ item, province }: { item: CatalogueItem; province: string }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const shortest = [...item.durations].sort((a, b) => a.amount - b.amount)[0];
  return (
    <li className="procedure-item">
      <Link
        to={`/procedures/${item.code}?province=${province}`}
        className="procedure-link"
        data-testid={`procedure-${item.code}`}
      >
        {item.name}
      </Link>
      <div className="procedure-meta">
        <span className="code">{item.code}</span>
        <span>{item.field}</span>
        {item.levels
          .filter((l) => l === 'province' || l === 'commune')
          .map((l) => (
            <Tag key={l}>{labels.level(l)}</Tag>
          ))}
        <Tag color={onlineColour(item.onlineLevel)}>
          {t('procedures.catalogue.columns.online')}: {labels.online(item.onlineLevel)}
        </Tag>
        {shortest ? <span>{labels.duration(shortest)}</span> : null}
      </div>
    </li>
  );
}
