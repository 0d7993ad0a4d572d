/** The provinces and cities in force on the chosen date, with their commune-level units counted by type. */
import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type ProvinceRow, useProvinces } from './api';
import { typeColour, useUnitLabels } from './labels';
import type { UnitsView } from './units-view';

const byNumber = (key: 'communes' | 'xa' | 'phuong' | 'dac_khu') => (a: ProvinceRow, b: ProvinceRow) =>
  a[key] - b[key];

export function ProvincesTable({ view }: { view: UnitsView }) {
  const { t, i18n } = useTranslation();
  const labels = useUnitLabels();
  const provinces = useProvinces(view.asOf);
  const english = i18n.resolvedLanguage === 'en';

  const count = (key: 'communes' | 'xa' | 'phuong' | 'dac_khu') => ({
    key,
    title: t(`units.columns.${key}`),
    dataIndex: key,
    align: 'right' as const,
    sorter: byNumber(key),
  });
  const columns: TableColumnsType<ProvinceRow> = [
    {
      key: 'code',
      title: t('units.columns.code'),
      render: (_, p) => <span className="code">{p.code}</span>,
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
    },
    {
      key: 'name',
      title: t('units.columns.name'),
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (_, p) => (
        <>
          <Link
            to={view.linkWith({ province: p.code })}
            aria-label={t('units.provinces.open', { name: p.name })}
            data-testid={`units-province-${p.code}`}
          >
            {p.name}
          </Link>
          {english && p.nameEn ? <div className="cell-note">{p.nameEn}</div> : null}
        </>
      ),
    },
    {
      key: 'type',
      title: t('units.columns.type'),
      render: (_, p) => <Tag color={typeColour(p.type)}>{labels.type(p.type)}</Tag>,
    },
    count('communes'),
    count('xa'),
    count('phuong'),
    count('dac_khu'),
  ];

  return (
    <section aria-labelledby="units-provinces-heading" className="panel">
      <h2 id="units-provinces-heading" className="section-heading-small">
        {t('units.provinces.heading')}
      </h2>
      <p className="list-status" role="status" aria-live="polite" data-testid="units-provinces-total">
        {provinces.isPending
          ? t('common.loading')
          : provinces.data
            ? t('units.provinces.total', { count: provinces.data.items.length })
            : ''}
      </p>
      {provinces.isError ? (
        <ProblemAlert
          error={provinces.error}
          onRetry={() => void provinces.refetch()}
          testId="units-provinces-error"
        />
      ) : (
        <Table<ProvinceRow>
          className="data-table"
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={provinces.data?.items ?? []}
          loading={provinces.isFetching}
          caption={<span className="visually-hidden">{t('units.provinces.caption')}</span>}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('units.provinces.empty')} /> }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [10, 20, 50] }}
          data-testid="units-provinces-table"
        />
      )}
    </section>
  );
}
