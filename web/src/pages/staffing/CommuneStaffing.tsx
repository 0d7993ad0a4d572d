/** One commune on a day: posts by agency and job position, officials in post, facilities against the norms. */
import { Button, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableSection } from '../../components/TableSection';
import { useFormat } from '../../i18n/format';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type CommuneView, communeExport, useCommuneStaffing, useStaffingCatalogue } from './api';
import { FacilityDialog, QuotaDialog } from './ChangeDialogs';
import { LeaveDialog, StaffDialog } from './RosterDialogs';

type Position = CommuneView['positions'][number];
type Staff = CommuneView['staff'][number];
type Facility = CommuneView['facilities'][number];
/** Which form is open: a new line (null) or an existing one. */
type Editing =
  | { form: 'quota'; line: Position | null }
  | { form: 'facility'; line: Facility | null }
  | { form: 'staff'; line: Staff | null }
  | { form: 'leave'; line: Staff };

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
  const [editing, setEditing] = useState<Editing | null>(null);
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
  const editButton = (testId: string, open: () => void, label = t('communesEdit.edit')) => (
    <Button size="small" onClick={open} data-testid={testId}>
      {label}
    </Button>
  );
  const positions: TableColumnsType<Position> = [
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
    ...(c.may.approve
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, r: Position) =>
              editButton(`quota-edit-${r.jobPosition}`, () => setEditing({ form: 'quota', line: r })),
          },
        ]
      : []),
  ];
  const staff: TableColumnsType<Staff> = [
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
    ...(c.may.keep
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, r: Staff) => (
              <span className="table-section-actions">
                {editButton(
                  `staff-edit-${r.personId}`,
                  () => setEditing({ form: 'staff', line: r }),
                  t('communesEdit.staff.change'),
                )}
                {editButton(
                  `staff-leave-${r.personId}`,
                  () => setEditing({ form: 'leave', line: r }),
                  t('communesEdit.staff.leave'),
                )}
              </span>
            ),
          },
        ]
      : []),
  ];
  const facilities: TableColumnsType<Facility> = [
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
    ...(c.may.keep
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, r: Facility) =>
              editButton(`facility-edit-${r.item}`, () => setEditing({ form: 'facility', line: r })),
          },
        ]
      : []),
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
      <TableSection
        id="staffing-positions"
        heading={t('staffing.positionsHeading')}
        note={c.may.approve ? null : <p className="muted">{t('communesEdit.quota.provinceOnly')}</p>}
        actions={
          c.may.approve ? (
            <Button onClick={() => setEditing({ form: 'quota', line: null })} data-testid="quota-add">
              {t('communesEdit.quota.add')}
            </Button>
          ) : null
        }
        rowKey={(r) => `${r.agencyId}-${r.jobPosition}`}
        columns={positions}
        dataSource={c.positions}
        tableTestId="staffing-positions"
      />
      <TableSection
        id="staffing-facilities"
        heading={t('staffing.facilitiesHeading')}
        actions={
          c.may.keep ? (
            <Button onClick={() => setEditing({ form: 'facility', line: null })} data-testid="facility-add">
              {t('communesEdit.facility.add')}
            </Button>
          ) : null
        }
        rowKey="item"
        columns={facilities}
        dataSource={c.facilities}
        tableTestId="staffing-facilities"
      />
      <TableSection
        id="staffing-staff"
        heading={t('staffing.staffHeading')}
        note={
          c.accountsNotOnRoster.length ? (
            <p className="muted">{t('staffing.accountsNote', { count: c.accountsNotOnRoster.length })}</p>
          ) : null
        }
        actions={
          c.may.keep ? (
            <Button onClick={() => setEditing({ form: 'staff', line: null })} data-testid="staff-add">
              {t('communesEdit.staff.add')}
            </Button>
          ) : null
        }
        rowKey="personId"
        columns={staff}
        dataSource={c.staff}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('staffing.noStaff') }}
        tableTestId="staffing-staff"
      />
      {editing && catalogue.data ? (
        <EditDialog
          editing={editing}
          commune={c}
          catalogue={catalogue.data}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function EditDialog({
  editing,
  commune,
  catalogue,
  onClose,
}: {
  editing: Editing;
  commune: CommuneView;
  catalogue: NonNullable<ReturnType<typeof useStaffingCatalogue>['data']>;
  onClose: () => void;
}) {
  const common = { commune, catalogue, onClose };
  switch (editing.form) {
    case 'quota':
      return <QuotaDialog {...common} line={editing.line} />;
    case 'facility':
      return <FacilityDialog {...common} line={editing.line} />;
    case 'staff':
      return <StaffDialog {...common} person={editing.line} />;
    case 'leave':
      return <LeaveDialog person={editing.line} onClose={onClose} />;
  }
}
