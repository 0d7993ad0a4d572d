/** One task in a drawer: what it asks, of whom, by when; its history; its links; what the reader may do now. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import { InlineLoading } from '../../layout/InlineLoading';
import { ProblemAlert } from '../../layout/ProblemAlert';
import { useMediaQuery, WIDE_SCREEN } from '../../layout/useMediaQuery';
import { type TaskDetail, useTask } from './api';
import { LinkState } from './LinkState';
import { DueTag, StatusTag, TaskMarks, useAgencyName, useDeadlineText, useStepLabel } from './labels';
import { TaskActions, useRemoveLink } from './TaskActions';
import { taskFileUrl } from './TaskFiles';

export function TaskDrawer({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_SCREEN);
  const task = useTask(taskId);
  return (
    <Drawer
      open
      onClose={onClose}
      title={task.data ? `${task.data.code} · ${task.data.title}` : t('oversight.task.loading')}
      size={wide ? 720 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="task-drawer"
    >
      {task.isPending ? (
        <InlineLoading label={t('oversight.task.loading')} />
      ) : task.isError ? (
        <ProblemAlert error={task.error} onRetry={() => void task.refetch()} testId="task-error" />
      ) : (
        <TaskBody task={task.data} />
      )}
    </Drawer>
  );
}

function TaskBody({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const agencyName = useAgencyName();
  const deadlineText = useDeadlineText();
  const removeLink = useRemoveLink(task);
  return (
    <div className="task-body" data-testid={`task-detail-${task.code}`}>
      <div className="tag-list task-state">
        <StatusTag status={task.status} />
        <DueTag task={task} />
        <TaskMarks task={task} />
      </div>
      <Descriptions column={1} size="small" bordered className="task-facts">
        <Descriptions.Item label={t('oversight.task.conclusion')}>
          {t(`oversight.kind.${task.conclusion.kind}`)} {task.conclusion.number} (
          {format.date(task.conclusion.issuedOn)}), {task.conclusion.issuerName}
          <br />
          <span className="cell-note">{task.conclusion.title}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.leadAgency')}>
          {agencyName(task.leadAgency)}
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.coordinators')}>
          {task.coordinators.length ? task.coordinators.map(agencyName).join('; ') : t('oversight.task.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.deadline')}>
          <span data-testid="task-deadline">{deadlineText(task)}</span>
          {task.deadlineWorkingDays ? (
            <span className="cell-note">
              {' '}
              · {t('oversight.task.deadlineWorkingDays', { count: task.deadlineWorkingDays })}
            </span>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.priority')}>
          {t(`oversight.priority.${task.priority}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.progress')}>
          <Progress
            percent={task.progressPercent}
            size="small"
            aria-label={`${t('oversight.task.progress')} ${task.progressPercent}%`}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.expectedOutput')}>
          {task.expectedOutput ?? t('oversight.task.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('oversight.task.content')}>
          <span className="pre-line">{task.content}</span>
        </Descriptions.Item>
      </Descriptions>

      <TaskActions task={task} />

      <section aria-labelledby="task-history-heading">
        <h3 id="task-history-heading" className="section-heading-small">
          {t('oversight.task.history')}
        </h3>
        <History task={task} />
      </section>

      <section aria-labelledby="task-links-heading">
        <h3 id="task-links-heading" className="section-heading-small">
          {t('oversight.task.links')}
        </h3>
        {task.links.length === 0 ? (
          <p className="muted">{t('oversight.task.noLinks')}</p>
        ) : (
          <ul className="plain-list">
            {task.links.map((link) => (
              <li key={link.id}>
                <strong>{t(`oversight.task.linkKinds.${link.kind}`)}</strong> <LinkState link={link} />
                {task.can.link ? (
                  <Button
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('oversight.actions.link.remove', { reference: link.reference })}
                    onClick={() => removeLink(link.id)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

type Entry = {
  at: string;
  key: string;
  text: string;
  note?: string | undefined;
  /** Documents of a report: a file uploaded to the task (downloadable) or a reference kept elsewhere. */
  documents?: Array<{ name: string; href?: string; reference?: string }>;
  by?: string | undefined;
  kind: string;
};

function History({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const stepLabel = useStepLabel();
  const format = useDateFormat();
  const entries: Entry[] = [];
  for (const r of task.reports) {
    entries.push({
      at: r.reportedAt,
      key: r.id,
      kind: r.kind,
      text:
        r.kind === 'completion'
          ? t('oversight.task.completionReport')
          : t('oversight.task.progressReport', { percent: r.percent }),
      note: r.text,
      documents: r.attachments.map((a) =>
        a.fileId
          ? { name: a.name, href: taskFileUrl(task.id, a.fileId) }
          : /^https?:\/\//.test(a.reference)
            ? { name: a.name, href: a.reference }
            : { name: a.name, reference: a.reference },
      ),
      by: r.reporterName,
    });
    if (r.review && r.reviewedAt)
      entries.push({
        at: r.reviewedAt,
        key: `${r.id}-review`,
        kind: r.review,
        text: t(`oversight.task.reviewed_${r.review}`, {
          name: r.reviewerName ?? '',
          note: r.reviewNote ?? '',
        }),
      });
  }
  for (const e of task.extensions) {
    entries.push({
      at: e.requestedAt,
      key: e.id,
      kind: 'extension',
      text: t('oversight.task.extension', {
        from: format.date(e.previousDeadline),
        to: format.date(e.requestedDeadline),
        reason: e.reason,
      }),
      by: e.requesterName,
      note: e.status === 'pending' ? t('oversight.task.extension_pending') : undefined,
    });
    if (e.decidedAt)
      entries.push({
        at: e.decidedAt,
        key: `${e.id}-decision`,
        kind: e.status,
        text:
          e.status === 'granted'
            ? t('oversight.task.extension_granted', {
                date: format.date(e.grantedDeadline ?? e.requestedDeadline),
              })
            : t('oversight.task.extension_refused'),
        note: e.decisionNote ?? undefined,
        by: e.deciderName ?? undefined,
      });
  }
  for (const s of task.escalations) {
    entries.push({
      at: `${s.firedOn}T00:00:00+07:00`,
      key: s.id,
      kind: 'escalation',
      text: t('oversight.task.escalationLine', {
        step: stepLabel(s.step),
        deadline: format.date(s.deadline),
      }),
    });
  }
  entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  if (entries.length === 0) return <p className="muted">{t('oversight.task.noHistory')}</p>;
  return (
    <ol className="history" data-testid="task-history">
      {entries.map((e) => (
        <li key={e.key} className={`history-${e.kind}`}>
          <div className="history-text">{e.text}</div>
          {e.note ? <div className="pre-line">{e.note}</div> : null}
          {e.documents?.length ? (
            <ul className="history-documents" aria-label={t('oversight.task.attachments')}>
              {e.documents.map((d) => (
                <li key={`${d.name}-${d.href ?? d.reference}`}>
                  {d.href ? <a href={d.href}>{d.name}</a> : `${d.name} (${d.reference})`}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="cell-note">
            {e.by
              ? t('oversight.task.by', { name: e.by, time: format.dateTime(e.at) })
              : e.kind === 'escalation'
                ? format.date(e.at.slice(0, 10))
                : format.dateTime(e.at)}
          </div>
        </li>
      ))}
    </ol>
  );
}
