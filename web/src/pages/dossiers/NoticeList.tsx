/** "Thông báo" of "Hồ sơ của tôi" (issue 15 §3): what changed on the citizen's own dossiers, newest first. */
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../../layout/dates';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMyNotices } from './api';
import { EventDetails } from './EventDetails';

export function NoticeList() {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const notices = useMyNotices();
  if (notices.isError) return <ProblemAlert error={notices.error} onRetry={() => void notices.refetch()} />;
  return (
    <section aria-labelledby="notices-title" className="panel" data-testid="my-notices">
      <h2 id="notices-title" className="section-heading-small">
        {t('front.notices.title')}
      </h2>
      <List
        size="small"
        loading={notices.isPending}
        dataSource={notices.data?.items ?? []}
        // Ant Design's empty text is a light grey under 4.5:1: the secondary text colour of the theme is 5.9:1.
        locale={{ emptyText: <Typography.Text type="secondary">{t('front.notices.empty')}</Typography.Text> }}
        renderItem={(n) => {
          const ref = n.code ?? n.submissionRef ?? '';
          return (
            <List.Item key={`${n.dossierId}-${n.type}-${n.at}`}>
              <div>
                <strong>
                  {t(`front.notices.types.${n.type as 'received'}`, { defaultValue: n.statusLabel })}
                </strong>
                {' — '}
                {n.procedureName}
                <div className="cell-note">
                  {dateTime(n.at)} ·{' '}
                  <Link to={`/dossiers/${n.dossierId}`}>{t('front.notices.open', { ref })}</Link>
                </div>
                <EventDetails lines={n.details} />
              </div>
            </List.Item>
          );
        }}
      />
    </section>
  );
}
