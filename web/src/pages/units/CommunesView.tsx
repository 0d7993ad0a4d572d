/** One province's commune-level units on the chosen date, with the count by type ("56 = 53 xã + 3 phường"). */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type CommuneRow, type CommuneStats, useCommunes, useProvinces } from './api';
import { typeColour, useUnitLabels } from './labels';
import type { UnitsView } from './units-view';

function useSummary() {
  const { t } = useTranslation();
  return (stats: CommuneStats) => {
    const parts = (['xa', 'phuong', 'dac_khu'] as const)
      .filter((key) => stats[key] > 0)
      .map((key) => t(`units.count.${key}`, { count: stats[key] }));
    return t('units.communes.summary', { total: stats.total, parts: parts.join(' + ') || '0' });
  };
}

export function CommunesView({ view, province }: { view: UnitsView; province: string }) {
  const { t, i18n } = useTranslation();
  const labels = useUnitLabels();
  const summary = useSummary();
  const communes = useCommunes(province, view.asOf);
  const provinces = useProvinces(view.asOf);
  const name = provinces.data?.items.find((p) => p.code === province)?.name ?? province;
  const english = i18n.resolvedLanguage === 'en';

  const columns: TableColumnsType<CommuneRow> = [
    {
      key: 'code',
      title: t('units.columns.code'),
      render: (_, c) => <span className="code">{c.code}</span>,
      sorter: (a, b) => a.code.localeCompare(b.code),
    },
    {
      key: 'name',
      title: t('units.columns.name'),
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (_, c) => (
        <>
          <Link to={view.linkWith({ unit: c.code })} aria-label={t('units.open', { name: c.name })}>
            {c.name}
          </Link>
          {english && c.nameEn ? <div className="cell-note">{c.nameEn}</div> : null}
        </>
      ),
    },
    {
      key: 'type',
      title: t('units.columns.type'),
      render: (_, c) => <Tag color={typeColour(c.type)}>{labels.type(c.type)}</Tag>,
      filters: (['xa', 'phuong', 'dac_khu'] as const).map((type) => ({
        text: labels.type(type),
        value: type,
      })),
      onFilter: (value, c) => c.type === value,
    },
  ];

  return (
    <section aria-labelledby="units-communes-heading" className="panel" data-testid="units-communes">
      <p className="back-link">
        <Link to={view.linkWith({ province: null })} data-testid="units-back">
          <ArrowLeftOutlined aria-hidden /> {t('units.communes.back')}
        </Link>
      </p>
      <h2 id="units-communes-heading" className="section-heading-small">
        {name}
      </h2>
      <div className="communes-head">
        <p className="list-status" role="status" aria-live="polite" data-testid="units-communes-summary">
          {communes.isPending ? t('common.loading') : communes.data ? summary(communes.data.stats) : ''}
        </p>
        <Link to={view.linkWith({ unit: province })} data-testid="units-province-detail">
          {t('units.communes.provinceDetail')}
        </Link>
      </div>
      {communes.isError ? (
        <ProblemAlert
          error={communes.error}
          onRetry={() => void communes.refetch()}
          testId="units-communes-error"
        />
      ) : (
        <Table<CommuneRow>
          className="data-table"
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={communes.data?.items ?? []}
          loading={communes.isFetching}
          caption={<span className="visually-hidden">{t('units.communes.caption', { name })}</span>}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('units.communes.empty')} /> }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100] }}
          data-testid="units-communes-table"
        />
      )}
    </section>
  );
}
