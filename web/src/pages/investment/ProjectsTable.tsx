/** A province's projects for the plan year, biggest plan first, searchable ("dong dang" finds Đồng Đăng), paged. */
import { Button, Input, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { ScrollRegion } from '../targets/ScrollRegion';
import { type ProjectRow, useProjects } from './api';
import { useMoney } from './labels';

export function ProjectsTable({
  provinceCode,
  year,
  onOpenProject,
}: {
  provinceCode: string;
  year: number;
  onOpenProject: (id: string) => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const query = useProjects({ provinceCode, year, q, page, pageSize });
  const columns: TableColumnsType<ProjectRow> = [
    {
      key: 'project',
      title: t('investment.columns.project'),
      render: (_, x) => (
        <>
          <Button
            type="link"
            className="link-cell"
            onClick={() => onOpenProject(x.id)}
            data-testid={`project-open-${x.code}`}
          >
            {x.name}
          </Button>
          <div className="cell-note">
            {x.code} · {t(`investment.groups.${x.group}`)} · {x.unitName}
          </div>
        </>
      ),
    },
    { key: 'owner', title: t('investment.columns.owner'), dataIndex: 'ownerName' },
    { key: 'plan', title: t('investment.columns.plan'), align: 'right', render: (_, x) => money.bn(x.plan) },
    { key: 'paid', title: t('investment.columns.paid'), align: 'right', render: (_, x) => money.bn(x.paid) },
    {
      key: 'rate',
      title: t('investment.columns.rate'),
      align: 'right',
      render: (_, x) => money.percent(x.rate),
    },
    {
      key: 'end',
      title: t('investment.columns.end'),
      render: (_, x) => (
        <>
          {x.currentEndDate}
          {x.pendingExtension ? (
            <div>
              <Tag className="tag-warn">{t('investment.extensions.pendingTag')}</Tag>
            </div>
          ) : null}
          {x.status !== 'active' ? (
            <div className="cell-note">{t(`investment.status.${x.status}`)}</div>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <div className="toolbar">
        <div className="toolbar-field toolbar-grow">
          <label htmlFor="projects-search">{t('investment.projects.search')}</label>
          <Input.Search
            id="projects-search"
            allowClear
            maxLength={200}
            placeholder={t('investment.projects.placeholder')}
            onSearch={(value) => {
              setQ(value);
              setPage(1);
            }}
            enterButton={t('investment.projects.searchButton')}
            data-testid="projects-search"
          />
        </div>
      </div>
      {query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ScrollRegion label={t('investment.projects.heading')}>
          <Table<ProjectRow>
            className="data-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={query.data?.items ?? []}
            loading={query.isFetching}
            pagination={{
              current: page,
              pageSize,
              total: query.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50],
              onChange: (p, size) => {
                setPage(size === pageSize ? p : 1);
                setPageSize(size);
              },
              showTotal: (total) => t('investment.projects.total', { count: total }),
            }}
            caption={<span className="visually-hidden">{t('investment.projects.heading')}</span>}
            locale={{ emptyText: <span className="muted">{t('investment.projects.empty')}</span> }}
            data-testid="investment-projects"
          />
        </ScrollRegion>
      )}
    </>
  );
}
