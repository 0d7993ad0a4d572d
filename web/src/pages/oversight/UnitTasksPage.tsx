/**
 * `/unit/tasks`: the tasks of the reader's agency (issue 8 §4, "my agency's tasks") — those it leads or
 * coordinates, nearest deadline first — with its notices (reminders, escalations, decisions) and the task drawer
 * where its officials accept, report progress, ask for an extension and report completion; and the Excel report
 * whose "my agency's tasks" sheet lists them.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../layout/usePageTitle';
import { xlsxUrl } from './api';
import { NoticeList } from './NoticeList';
import { TaskDrawer } from './TaskDrawer';
import { TaskListSection } from './TaskListSection';
import '../data-pages.css';
import './oversight.css';

export function UnitTasksPage() {
  const { t, i18n } = useTranslation();
  const title = t('areas.unitTasks.title');
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const taskId = params.get('task') ?? '';
  const linkFor = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('task', id);
    return `?${next}`;
  };
  return (
    <div className="data-page oversight-page">
      <Typography.Title level={1} className="page-heading" data-testid="page-unit-tasks">
        {title}
      </Typography.Title>
      <Typography.Paragraph className="page-intro">{t('oversight.unitIntro')}</Typography.Paragraph>
      <nav className="export-links" aria-label={t('oversight.export.label')}>
        <a href={xlsxUrl(i18n.resolvedLanguage ?? 'vi')} download data-testid="export-xlsx">
          <DownloadOutlined aria-hidden /> {t('oversight.exportXlsx')}
        </a>
      </nav>
      <NoticeList linkFor={linkFor} testId="unit-notices" />
      <TaskListSection view="agency" testId="agency-tasks" />
      {taskId ? (
        <TaskDrawer
          key={taskId}
          taskId={taskId}
          onClose={() =>
            setParams((previous) => {
              const next = new URLSearchParams(previous);
              next.delete('task');
              return next;
            })
          }
        />
      ) : null}
    </div>
  );
}
