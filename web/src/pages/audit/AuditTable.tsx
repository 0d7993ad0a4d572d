/** The trail as a table, newest first; a row opens to show the record before and after the change. */
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import type { AuditEntry } from './api';
import { useAuditLabels } from './labels';

function Json({ value, label }: { value: unknown; label: string }) {
  const { t } = useTranslation();
  return (
    <figure className="json-figure">
      <figcaption>{label}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre className="json-block" tabIndex={0}>
        {value === null || value === undefined ? t('audit.nothing') : JSON.stringify(value, null, 2)}
      </pre>
    </figure>
  );
}

function EntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <div className="audit-detail" data-testid={`audit-detail-${entry.seq}`}>
      <div className="json-pair">
        <Json value={entry.before} label={t('audit.before')} />
        <Json value={entry.after} label={t('audit.after')} />
      </div>
      <dl className="audit-meta">
        <dt>{t('audit.requestId')}</dt>
        <dd className="code">{entry.requestId}</dd>
        <dt>{t('audit.hash')}</dt>
        <dd className="code">{entry.hash}</dd>
      </dl>
    </div>
  );
}

export function AuditTable({ items, loading }: { items: AuditEntry[]; loading: boolean }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const format = useDateFormat();

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'seq', title: t('audit.columns.seq'), dataIndex: 'seq', align: 'right', width: 100 },
    { key: 'at', title: t('audit.columns.at'), render: (_, e) => format.dateTime(e.at), width: 120 },
    { key: 'actor', title: t('audit.columns.actor'), dataIndex: 'actorLabel' },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, e) => {
        const label = labels.action(e.action);
        return label === e.action ? (
          <span className="code">{e.action}</span>
        ) : (
          <>
            {label}
            <div className="cell-note code">{e.action}</div>
          </>
        );
      },
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      render: (_, e) => (
        <>
          {labels.entityType(e.entityType)}
          {e.entityId ? <div className="cell-note code break-all">{e.entityId}</div> : null}
        </>
      ),
    },
    {
      key: 'province',
      title: t('audit.columns.province'),
      render: (_, e) => e.provinceCode ?? t('audit.national'),
    },
  ];

  return (
    <Table<AuditEntry>
      className="data-table"
      rowKey="seq"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      caption={<span className="visually-hidden">{t('audit.tableCaption')}</span>}
      scroll={{ x: 980 }}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      expandable={{
        expandedRowRender: (entry) => <EntryDetail entry={entry} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <Button
            type="text"
            size="small"
            icon={expanded ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
            aria-label={t('audit.showDetail', { seq: record.seq })}
            aria-expanded={expanded}
            onClick={(event) => onExpand(record, event)}
            data-testid={`audit-expand-${record.seq}`}
          />
        ),
      }}
      data-testid="audit-table"
    />
  );
}
