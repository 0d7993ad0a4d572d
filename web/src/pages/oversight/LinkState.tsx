/**
 * A task's link as the owning module reports it now (issue 8 §5): the record's name as a link to its page, its
 * status in that module's own words (the dossier, feedback, investment and targets labels), the date that
 * matters, the percentage it reports, and whether it is overdue or at risk.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { useDateFormat } from '../../layout/dates';
import type { LinkKind, TaskDetail } from './api';
import { tone } from './labels';

/** Where each module keeps the words for its statuses (web/src/i18n/areas). */
const STATUS_KEYS: Record<LinkKind, string> = {
  dossier: 'dossiers.status',
  feedback: 'feedback.statuses',
  investment_project: 'investment.status',
  target: 'targets.states',
};

export function LinkState({ link }: { link: TaskDetail['links'][number] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const format = useDateFormat();
  const r = link.resolution;
  if (r.state === 'resolved') {
    const statusKey = r.status ? `${STATUS_KEYS[link.kind]}.${r.status}` : '';
    return (
      <span data-testid={`link-${link.kind}`}>
        {r.path ? (
          <Link to={r.path} aria-label={t('oversight.task.linkOpen', { label: r.label })}>
            {r.label}
          </Link>
        ) : (
          <span>{r.label}</span>
        )}
        {r.status ? (
          <Tag className={tone('grey')} data-testid={`link-${link.kind}-status`}>
            {i18n.exists(statusKey) ? t(statusKey as 'common.loading') : r.status}
          </Tag>
        ) : null}
        {r.progress !== null ? (
          <span className="cell-note">
            {' '}
            {t(`oversight.links.progress.${link.kind === 'target' ? 'target' : 'project'}`, {
              percent: f.number(r.progress, 1),
            })}
          </span>
        ) : null}
        {r.date ? (
          <span className="cell-note">
            {' '}
            ·{' '}
            {t(`oversight.links.dates.${link.kind}`, {
              date: r.date.length > 10 ? format.dateTime(r.date) : format.date(r.date),
            })}
          </span>
        ) : null}{' '}
        {r.overdue ? <Tag className={tone('red')}>{t('oversight.task.linkOverdue')}</Tag> : null}
        {r.atRisk ? <Tag className={tone('gold')}>{t('oversight.links.atRisk')}</Tag> : null}
      </span>
    );
  }
  return (
    <>
      <span className="code">{link.reference}</span>
      <div className="cell-note">
        {r.state === 'not_found'
          ? t('oversight.task.linkNotFound')
          : r.reason === 'lookup_failed'
            ? t('oversight.task.linkLookupFailed')
            : t('oversight.task.linkUnresolved')}
      </div>
    </>
  );
}
