/**
 * The follow-up of conclusions by source (issue 21 §4): the unit's own and each outside source — inspection,
 * State Audit, Party inspection commission, superior directives — counted the same way (done on time, done
 * late, in progress, overdue), as the server sends them; and the source filter of the conclusions list.
 */
import { Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { type FollowUpCounts, SOURCE_KINDS, type SourceKind, useFollowUp } from './api';

type Row = FollowUpCounts & { source: SourceKind | 'total' };

export function FollowUpPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const data = useFollowUp();
  const rows: Row[] = data.data ? [...data.data.lines, { ...data.data.total, source: 'total' as const }] : [];
  const count = (key: keyof FollowUpCounts) => ({
    key,
    title: t(`oversight.followUp.${key}`),
    align: 'right' as const,
    render: (_: unknown, r: Row) => f.count(r[key]),
  });
  const columns: TableColumnsType<Row> = [
    {
      key: 'source',
      title: t('oversight.source.label'),
      render: (_, r) =>
        r.source === 'total' ? (
          <strong>{t('oversight.followUp.total')}</strong>
        ) : (
          t(`oversight.source.${r.source}`)
        ),
    },
    count('conclusions'),
    count('tasks'),
    count('doneOnTime'),
    count('doneLate'),
    count('inProgress'),
    count('overdue'),
  ];
  return (
    <section aria-labelledby="follow-up-heading" className="follow-up" data-testid="follow-up">
      <h2 id="follow-up-heading" className="section-heading">
        {t('oversight.followUp.heading')}
      </h2>
      <p className="page-intro">
        {t('oversight.followUp.intro')}
        {data.data ? ` ${t('oversight.followUp.asOf', { date: f.day(data.data.today) })}` : ''}
      </p>
      {data.isError ? (
        <ProblemAlert error={data.error} onRetry={() => void data.refetch()} testId="follow-up-error" />
      ) : (
        <Table<Row>
          className="data-table"
          rowKey="source"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={data.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          caption={<span className="visually-hidden">{t('oversight.followUp.heading')}</span>}
          data-testid="follow-up-table"
        />
      )}
    </section>
  );
}

export function SourceFilter({ value, onChange }: { value: string; onChange: (source: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <div className="toolbar-field">
        <label htmlFor="conclusion-source">{t('oversight.source.label')}</label>
        <Select
          id="conclusion-source"
          value={value}
          onChange={onChange}
          style={{ minWidth: 240 }}
          data-testid="conclusion-source-filter"
          options={[
            { value: '', label: t('oversight.source.all') },
            { value: 'outside', label: t('oversight.source.outside') },
            ...SOURCE_KINDS.map((k) => ({ value: k, label: t(`oversight.source.${k}`) })),
          ]}
        />
      </div>
    </div>
  );
}
