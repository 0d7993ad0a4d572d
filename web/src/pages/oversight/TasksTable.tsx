/** A page of tasks: each code opens the task; marks show what follow-up it needs. */
import { Empty, Progress, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import type { TaskList, TaskSummary } from './api';
import { DueTag, StatusTag, TaskMarks, useAgencyName, useDeadlineText } from './labels';

type Props = {
  list: TaskList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  linkFor: (taskId: string) => string;
};

export function TasksTable({ list, loading, page, pageSize, onPage, linkFor }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const agencyName = useAgencyName();
  const deadlineText = useDeadlineText();
  const columns: TableColumnsType<TaskSummary> = [
    {
      key: 'code',
      title: t('oversight.columns.code'),
      render: (_, task) => (
        <Link
          to={linkFor(task.id)}
          className="code"
          aria-label={t('oversight.tasksTable.open', { code: task.code })}
          data-testid={`task-open-${task.code}`}
        >
          {task.code}
        </Link>
      ),
    },
    {
      key: 'task',
      title: t('oversight.columns.task'),
      render: (_, task) => (
        <div className="task-cell">
          <span>{task.title}</span>
          <span className="cell-note">
            {t(`oversight.kind.${task.conclusion.kind}`)} {task.conclusion.number}
          </span>
          <TaskMarks task={task} />
        </div>
      ),
    },
    {
      key: 'agency',
      title: t('oversight.columns.leadAgency'),
      render: (_, task) => <span className="agency-cell">{agencyName(task.leadAgency)}</span>,
    },
    { key: 'deadline', title: t('oversight.columns.deadline'), render: (_, task) => deadlineText(task) },
    {
      key: 'status',
      title: t('oversight.columns.status'),
      render: (_, task) => <StatusTag status={task.status} />,
    },
    { key: 'due', title: t('oversight.filters.dueState'), render: (_, task) => <DueTag task={task} /> },
    {
      key: 'progress',
      title: t('oversight.columns.progress'),
      render: (_, task) => (
        <div className="progress-cell">
          <Progress
            percent={task.progressPercent}
            size="small"
            aria-label={`${t('oversight.columns.progress')} ${task.progressPercent}%`}
          />
          <span className="cell-note">
            {task.lastReportedAt ? format.dateTime(task.lastReportedAt) : t('oversight.neverReportedTag')}
          </span>
        </div>
      ),
    },
  ];
  return (
    <Table<TaskSummary>
      className="data-table"
      rowKey="id"
      columns={columns}
      dataSource={list?.items ?? []}
      loading={loading}
      caption={<span className="visually-hidden">{t('oversight.tasksTable.caption')}</span>}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('oversight.tasksTable.empty')} /> }}
      pagination={{
        current: page,
        pageSize,
        total: list?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        onChange: onPage,
      }}
      data-testid="tasks-table"
    />
  );
}
