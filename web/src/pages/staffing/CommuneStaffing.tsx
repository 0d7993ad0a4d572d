/** One commune on a day: posts by agency and job position, officials in post, facilities against the norms. */
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type CommuneView, communeExport, useCommuneStaffing, useStaffingCatalogue } from './api';

export function CommuneStaffing({
  unitCode,
  at,
  onBack,
}: {
  unitCode: string;
  at: string;
  onBack?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const query = useCommuneStaffing(unitCode, at);
  const catalogue = useStaffingCatalogue();
  const en = format.language === 'en';
  const label = (list: Array<{ code: string; vi: string; en: string }> | undefined, code: string) => {
    const found = list?.find((x) => x.code === code);
    return found ? (en ? found.en : found.vi) : code;
  };
  if (query.isPending) return <InlineLoading />;
  if (query.isError)
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} testId="staffing-error" />;
  const c = query.data;
  const n = (v: number) => format.count(v);
  const positions: TableColumnsType<CommuneView['positions'][number]> = [
    {
      key: 'agency',
      title: t('staffing.columns.agency'),
      render: (_, r) => (en ? (r.agencyNameEn ?? r.agencyName) : r.agencyName),
    },
    {
      key: 'job',
      title: t('staffing.columns.job'),
      render: (_, r) => label(catalogue.data?.jobPositions, r.jobPosition),
    },
    { key: 'quota', title: t('staffing.columns.quota'), align: 'right', render: (_, r) => n(r.quota) },
    { key: 'inPost', title: t('staffing.columns.inPost'), align: 'right', render: (_, r) => n(r.inPost) },
    {
      key: 'vacancies',
      title: t('staffing.columns.vacancies'),
      align: 'right',
      render: (_, r) => (r.vacancies ? <strong>{n(r.vacancies)}</strong> : n(0)),
    },
    {
      key: 'belowQ',
      title: t('staffing.columns.belowQualification'),
      align: 'right',
      render: (_, r) => n(r.belowQualification),
    },
    {
      key: 'untrained',
      title: t('staffing.columns.untrained'),
      align: 'right',
      render: (_, r) => n(r.untrained),
    },
  ];
  const staff: TableColumnsType<CommuneView['staff'][number]> = [
    { key: 'name', title: t('staffing.columns.name'), render: (_, r) => r.fullName },
    {
      key: 'job',
      title: t('staffing.columns.job'),
      render: (_, r) => label(catalogue.data?.jobPositions, r.jobPosition),
    },
    {
      key: 'q',
      title: t('staffing.columns.qualification'),
      render: (_, r) => t(`staffing.qualifications.${r.qualification}`),
    },
    {
      key: 'trainings',
      title: t('staffing.columns.trainings'),
      render: (_, r) => r.trainings.map((x) => t(`staffing.trainings.${x}`)).join(', ') || '—',
    },
    { key: 'since', title: t('staffing.columns.since'), render: (_, r) => format.day(r.validFrom) },
  ];
  const facilities: TableColumnsType<CommuneView['facilities'][number]> = [
    {
      key: 'item',
      title: t('staffing.columns.item'),
      render: (_, r) => label(catalogue.data?.facilityItems, r.item),
    },
    {
      key: 'required',
      title: t('staffing.columns.required'),
      align: 'right',
      render: (_, r) => n(r.required),
    },
    { key: 'onHand', title: t('staffing.columns.onHand'), align: 'right', render: (_, r) => n(r.quantity) },
    {
      key: 'condition',
      title: t('staffing.columns.condition'),
      render: (_, r) => (r.condition ? t(`staffing.conditions.${r.condition}`) : '—'),
    },
    {
      key: 'short',
      title: t('staffing.columns.short'),
      align: 'right',
      render: (_, r) => (r.shortfall ? <Tag className="tag-warn">{n(r.shortfall)}</Tag> : n(0)),
    },
  ];
  const title = en ? (c.nameEn ?? c.name) : c.name;
  return (
    <>
      {onBack ? (
        <Button onClick={onBack} data-testid="staffing-back">
          {t('staffing.back')}
        </Button>
      ) : null}
      <section className="panel" aria-labelledby="staffing-commune-heading" data-testid="staffing-commune">
        <h2 id="staffing-commune-heading" className="section-heading-small">
          {title} — {format.day(c.at)}
        </h2>
        <p>
          {c.shortfalls.length ? (
            <span className="tag-list">
              {c.shortfalls.map((s) => (
                <Tag key={s} className="tag-warn">
                  {t(`staffing.shortfalls.${s}`)}
                </Tag>
              ))}
            </span>
          ) : (
            <Tag className="tag-ok">{t('staffing.shortfalls.none')}</Tag>
          )}
        </p>
        <dl className="headline-figures" data-testid="staffing-commune-totals">
          {(
            ['quota', 'inPost', 'vacancies', 'belowQualification', 'untrained', 'facilitiesShort'] as const
          ).map((k) => (
            <div key={k}>
              <dt>{t(`staffing.columns.${k}`)}</dt>
              <dd>{n(c.totals[k])}</dd>
            </div>
          ))}
        </dl>
        <nav className="report-exports" aria-label={t('staffing.exports')}>
          <a
            className="link-button"
            href={communeExport(c.unitCode, c.at, 'xlsx', i18n.language)}
            download
            data-testid="staffing-commune-xlsx"
          >
            {t('staffing.exportXlsx')}
          </a>{' '}
          <a className="link-button" href={communeExport(c.unitCode, c.at, 'csv', i18n.language)} download>
            {t('staffing.exportCsv')}
          </a>
        </nav>
      </section>
      <section className="panel" aria-labelledby="staffing-positions">
        <h2 id="staffing-positions" className="section-heading-small">
          {t('staffing.positionsHeading')}
        </h2>
        <ScrollRegion label={t('staffing.positionsHeading')}>
          <Table
            className="data-table"
            size="small"
            rowKey={(r) => `${r.agencyId}-${r.jobPosition}`}
            columns={positions}
            dataSource={c.positions}
            pagination={false}
            data-testid="staffing-positions"
          />
        </ScrollRegion>
      </section>
      <section className="panel" aria-labelledby="staffing-facilities">
        <h2 id="staffing-facilities" className="section-heading-small">
          {t('staffing.facilitiesHeading')}
        </h2>
        <ScrollRegion label={t('staffing.facilitiesHeading')}>
          <Table
            className="data-table"
            size="small"
            rowKey="item"
            columns={facilities}
            dataSource={c.facilities}
            pagination={false}
            data-testid="staffing-facilities"
          />
        </ScrollRegion>
      </section>
      <section className="panel" aria-labelledby="staffing-staff">
        <h2 id="staffing-staff" className="section-heading-small">
          {t('staffing.staffHeading')}
        </h2>
        {c.accountsNotOnRoster.length ? (
          <p className="muted">{t('staffing.accountsNote', { count: c.accountsNotOnRoster.length })}</p>
        ) : null}
        <ScrollRegion label={t('staffing.staffHeading')}>
          <Table
            className="data-table"
            size="small"
            rowKey="personId"
            columns={staff}
            dataSource={c.staff}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('staffing.noStaff') }}
          />
        </ScrollRegion>
      </section>
    </>
  );
}
