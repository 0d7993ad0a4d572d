/** Lineage both ways: the old units a unit was formed from, and the new units an old code's unit went into. */

import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import type { Lineage, LineageLink } from './api';
import type { UnitsView } from './units-view';

type Props = { view: UnitsView; code: string; lineage: UseQueryResult<Lineage> };

export function UnitLineage({ view, code, lineage }: Props) {
  const { t } = useTranslation();
  const unknown = (isApiError(lineage.error) && lineage.error.status === 404) || !/^\d{2,5}$/.test(code);
  const data = lineage.data;

  let body: ReactNode;
  if (unknown) body = <p data-testid="unit-no-lineage">{t('units.detail.noLineage')}</p>;
  else if (lineage.isError)
    body = (
      <ProblemAlert
        error={lineage.error}
        onRetry={() => void lineage.refetch()}
        testId="unit-lineage-error"
      />
    );
  else if (!data) body = <InlineLoading />;
  else
    body = (
      <>
        <h3 className="drawer-subheading">{t('units.detail.formedFrom')}</h3>
        {data.predecessors.length === 0 ? (
          <p data-testid="unit-no-predecessors">{t('units.detail.formedFromEmpty')}</p>
        ) : (
          <LinkTable
            view={view}
            links={data.predecessors}
            side="old"
            caption={t('units.detail.formedFromCaption')}
            testId="unit-predecessors"
          />
        )}
        {data.legacyUnit && data.successors.length > 0 ? (
          <>
            <h3 className="drawer-subheading">{t('units.detail.wentInto')}</h3>
            <p>{t('units.detail.legacyUnit', { code: data.legacyUnit.code, name: data.legacyUnit.name })}</p>
            <LinkTable
              view={view}
              links={data.successors}
              side="new"
              caption={t('units.detail.wentIntoCaption')}
              testId="unit-successors"
            />
          </>
        ) : null}
      </>
    );

  return (
    <section aria-labelledby="unit-lineage">
      <h2 id="unit-lineage" className="drawer-heading">
        {t('units.detail.lineage')}
      </h2>
      {body}
    </section>
  );
}

type LinkTableProps = {
  view: UnitsView;
  links: LineageLink[];
  /** Which side of each link the table names: the old units (formed from) or the new ones (went into). */
  side: 'old' | 'new';
  caption: string;
  testId: string;
};

function LinkTable({ view, links, side, caption, testId }: LinkTableProps) {
  const { t } = useTranslation();
  const unitColumn: TableColumnsType<LineageLink>[number] =
    side === 'old'
      ? {
          key: 'old',
          title: t('units.detail.oldUnit'),
          render: (_, l) => (
            <>
              {l.oldCode ? <Link to={view.linkWith({ unit: l.oldCode })}>{l.oldName}</Link> : l.oldName}
              <div className="cell-note">
                {[
                  l.oldCode ? t('units.detail.oldCode', { code: l.oldCode }) : '',
                  l.oldDistrictCode ? t('units.detail.oldDistrict', { code: l.oldDistrictCode }) : '',
                  l.oldProvinceCode ? t('units.detail.oldProvince', { code: l.oldProvinceCode }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </>
          ),
        }
      : {
          key: 'new',
          title: t('units.detail.newUnit'),
          render: (_, l) => (
            <>
              <Link to={view.linkWith({ unit: l.newCode })}>{l.newName}</Link>
              <div className="cell-note">{t('units.detail.oldCode', { code: l.newCode })}</div>
            </>
          ),
        };
  const columns: TableColumnsType<LineageLink> = [
    unitColumn,
    {
      key: 'relation',
      title: t('units.detail.relation'),
      render: (_, l) => t(`units.relation.${l.relation}`),
    },
  ];
  if (links.some((l) => l.resolution)) {
    columns.push({
      key: 'resolution',
      title: t('units.detail.resolution'),
      render: (_, l) => l.resolution ?? '',
    });
  }
  if (links.some((l) => l.note)) {
    columns.push({ key: 'note', title: t('units.detail.note'), render: (_, l) => l.note ?? '' });
  }
  return (
    <Table<LineageLink>
      className="data-table"
      size="small"
      rowKey={(l) => `${l.oldLevel}:${l.oldCode ?? l.oldDistrictCode}:${l.oldName}:${l.newCode}`}
      columns={columns}
      dataSource={links}
      caption={<span className="visually-hidden">{caption}</span>}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      data-testid={testId}
    />
  );
}
