/** The period report per unit (sessions, receptions, people, by classification and outcome) and its Excel file. */
import { Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import type { RoleGrant } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { todayInVietnam } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { CLASSIFICATIONS, type Counts, OUTCOMES, type Report, useReport } from './api';

type Row = Counts & { unitCode: string; unitName: string };

export function ReportTab({ province, grants }: { province: string; grants: RoleGrant[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const [period, setPeriod] = useState(today.slice(0, 7));
  const reporters = grants.filter((g) => g.role === 'provincial_leader' || g.role === 'unit_leader');
  const [unit, setUnit] = useState(reporters[0]?.unitCode ?? province);
  const report = useReport(province, unit, period);
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = Number(today.slice(5, 7)) - i;
    const y = m <= 0 ? year - 1 : year;
    return `${y}-${String(((m + 11) % 12) + 1).padStart(2, '0')}`;
  });
  const periods = [...months, ...[4, 3, 2, 1].map((q) => `${year}-Q${q}`), String(year), String(year - 1)];
  const n = (get: (r: Counts) => number) => (_: unknown, r: Row) => f.count(get(r));
  const columns: TableColumnsType<Row> = [
    { key: 'unit', title: t('reception.report.unit'), render: (_, r) => r.unitName },
    { key: 'sessions', title: t('reception.report.sessions'), align: 'right', render: n((r) => r.sessions) },
    {
      key: 'receptions',
      title: t('reception.report.receptions'),
      align: 'right',
      render: n((r) => r.receptions),
    },
    { key: 'people', title: t('reception.report.people'), align: 'right', render: n((r) => r.people) },
    {
      key: 'byClassification',
      title: t('reception.report.byClassification'),
      children: CLASSIFICATIONS.map((c) => ({
        key: c,
        title: t(`reception.classification.${c}`),
        align: 'right' as const,
        render: n((r) => r.byClassification[c]),
      })),
    },
    {
      key: 'byOutcome',
      title: t('reception.report.byOutcome'),
      children: OUTCOMES.map((o) => ({
        key: o,
        title: t(`reception.outcome.${o}`),
        align: 'right' as const,
        render: n((r) => r.byOutcome[o]),
      })),
    },
  ];
  const data: Report | undefined = report.data;
  const rows: Row[] = data
    ? [...data.lines, { ...data.total, unitCode: 'total', unitName: t('reception.report.total') }]
    : [];
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  return (
    <section aria-labelledby="reception-report-heading">
      <h2 id="reception-report-heading" className="visually-hidden">
        {t('reception.report.caption')}
      </h2>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="reception-period">{t('reception.report.period')}</label>
          <Select
            id="reception-period"
            value={period}
            onChange={setPeriod}
            style={{ minWidth: 200 }}
            options={periods.map((p) => ({ value: p, label: f.period(p) }))}
            data-testid="reception-period"
          />
        </div>
        {reporters.length > 1 ? (
          <div className="toolbar-field">
            <label htmlFor="reception-unit">{t('reception.report.unit')}</label>
            <Select
              id="reception-unit"
              value={unit}
              onChange={setUnit}
              style={{ minWidth: 220 }}
              options={reporters.map((g) => ({ value: g.unitCode, label: g.unitName }))}
            />
          </div>
        ) : null}
        <a
          href={`${API_BASE}/reception/report.xlsx?provinceCode=${province}${unit.length === 5 ? `&unitCode=${unit}` : ''}&period=${period}&lang=${lang}`}
          download
          data-testid="reception-xlsx"
        >
          {t('reception.report.xlsx')}
        </a>
      </div>
      {data ? (
        <p className="cell-note">
          {t('reception.report.range', { from: f.day(data.from), to: f.day(data.to) })}
        </p>
      ) : null}
      {report.isError ? (
        <ProblemAlert
          error={report.error}
          onRetry={() => void report.refetch()}
          testId="reception-report-error"
        />
      ) : (
        <ScrollRegion label={t('reception.report.caption')}>
          <Table<Row>
            className="data-table"
            rowKey="unitCode"
            size="small"
            bordered
            columns={columns}
            dataSource={rows}
            loading={report.isFetching}
            pagination={false}
            caption={<span className="visually-hidden">{t('reception.report.caption')}</span>}
            data-testid="reception-report"
          />
        </ScrollRegion>
      )}
    </section>
  );
}
