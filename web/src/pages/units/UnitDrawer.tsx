/**
 * A unit's detail: its versions through time, its agencies, and its lineage both ways — the old units it was
 * formed from and, when the code belonged to a pre-2025 unit, where that unit went.
 */
import { Drawer, Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type Agency, isUnitCode, type UnitDetail, useLineage, useUnitDetail } from './api';
import { typeColour, useUnitLabels } from './labels';
import { UnitLineage } from './UnitLineage';
import type { UnitsView } from './units-view';

type Props = { view: UnitsView; code: string; onClose: () => void };

export function UnitDrawer({ view, code, onClose }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const detail = useUnitDetail(code);
  const lineage = useLineage(code);
  const latest = detail.data?.versions.at(-1);
  const name = latest?.name ?? lineage.data?.legacyUnit?.name ?? code;
  // A code no unit uses today (a pre-2025 commune, a district) is not an error: its lineage still tells its story.
  const noCurrent = !isUnitCode(code) || (isApiError(detail.error) && detail.error.status === 404);

  return (
    <Drawer
      open
      onClose={onClose}
      title={name}
      size={wide ? 720 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="unit-drawer"
    >
      <p className="drawer-lead code">{t('units.detail.code', { code })}</p>
      <section aria-labelledby="unit-versions">
        <h2 id="unit-versions" className="drawer-heading">
          {t('units.detail.versions')}
        </h2>
        {noCurrent ? (
          <p data-testid="unit-no-current">{t('units.detail.versionsEmpty')}</p>
        ) : detail.isError ? (
          <ProblemAlert
            error={detail.error}
            onRetry={() => void detail.refetch()}
            testId="unit-detail-error"
          />
        ) : detail.data ? (
          <UnitVersions unit={detail.data} />
        ) : (
          <InlineLoading label={t('units.detail.loading')} />
        )}
      </section>
      {detail.data ? <UnitAgencies agencies={detail.data.agencies} /> : null}
      <UnitLineage view={view} code={code} lineage={lineage} />
    </Drawer>
  );
}

function UnitVersions({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const labels = useUnitLabels();
  const format = useDateFormat();
  return (
    <>
      <p className="cell-note">{labels.level(unit.level)}</p>
      <ol className="version-list" data-testid="unit-versions">
        {[...unit.versions].reverse().map((v) => (
          <li key={v.effectiveFrom}>
            <div className="version-period">
              {v.effectiveTo
                ? t('units.detail.periodEnded', {
                    from: format.date(v.effectiveFrom),
                    to: format.date(v.effectiveTo),
                  })
                : t('units.detail.period', { from: format.date(v.effectiveFrom) })}
            </div>
            <strong>{v.name}</strong> <Tag color={typeColour(v.type)}>{labels.type(v.type)}</Tag>
            {v.nameEn ? <div className="cell-note">{v.nameEn}</div> : null}
            <div className="cell-note">{t('units.detail.source', { source: v.source })}</div>
          </li>
        ))}
      </ol>
    </>
  );
}

function UnitAgencies({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation();
  const labels = useUnitLabels();
  const columns: TableColumnsType<Agency> = [
    { key: 'name', title: t('units.detail.agencyName'), dataIndex: 'name' },
    { key: 'kind', title: t('units.detail.agencyKind'), render: (_, a) => labels.agencyKind(a.kind) },
  ];
  return (
    <section aria-labelledby="unit-agencies">
      <h2 id="unit-agencies" className="drawer-heading">
        {t('units.detail.agencies')}
      </h2>
      <Table<Agency>
        className="data-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={agencies}
        caption={<span className="visually-hidden">{t('units.detail.agenciesCaption')}</span>}
        locale={{ emptyText: <Empty description={t('units.detail.agenciesEmpty')} /> }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="unit-agencies"
      />
    </section>
  );
}
