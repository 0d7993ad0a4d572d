/** A page of dossiers as a table: code (a link to the dossier), procedure, applicant, status, dates. */
import { Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import type { ListItem, Page } from './api';
import { ScrollRegion } from './ScrollRegion';
import { StatusTag } from './StatusTag';

type Props = {
  data: Page | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
  caption: string;
  testId: string;
};

export function DossierTable({ data, loading, page, onPage, caption, testId }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const columns: ColumnsType<ListItem> = [
    {
      title: t('dossiers.columns.code'),
      key: 'code',
      render: (_, item) => (
        <Link to={`/dossiers/${item.id}`} data-testid={`dossier-link-${item.code ?? item.id}`}>
          {item.code ?? t('dossiers.noCode')}
        </Link>
      ),
    },
    { title: t('dossiers.columns.procedure'), dataIndex: 'procedureName', ellipsis: true },
    { title: t('dossiers.columns.applicant'), dataIndex: 'applicantName' },
    {
      title: t('dossiers.columns.status'),
      key: 'status',
      render: (_, item) => <StatusTag status={item.status} />,
    },
    {
      title: t('dossiers.columns.channel'),
      key: 'channel',
      render: (_, item) => t(`dossiers.channel.${item.channel as 'online'}`),
    },
    {
      title: t('dossiers.columns.received'),
      key: 'received',
      render: (_, item) => (item.receivedAt ? format.dateTime(item.receivedAt) : ''),
    },
    {
      title: t('dossiers.columns.due'),
      key: 'due',
      render: (_, item) => (item.dueAt ? format.dateTime(item.dueAt) : ''),
    },
  ];
  return (
    <ScrollRegion label={caption}>
      <Table<ListItem>
        className="data-table"
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        caption={<span className="visually-hidden">{caption}</span>}
        style={{ minWidth: 900 }}
        locale={{ emptyText: <Empty description={t('dossiers.empty')} /> }}
        pagination={{
          current: page,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          onChange: onPage,
          showSizeChanger: false,
          showTotal: (total) => t('dossiers.total', { total }),
        }}
        data-testid={testId}
      />
    </ScrollRegion>
  );
}
