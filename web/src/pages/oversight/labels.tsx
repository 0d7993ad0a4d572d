/** How oversight values read and look: status and deadline tags, agency names in the UI language. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../layout/dates';
import type { Agency, DueState, TaskStatus, TaskSummary } from './api';

/**
 * Tag tones (oversight.css): dark text on a light tint, each ≥ 7:1 — Ant Design's own preset colours (gold,
 * orange, cyan) fall under 4.5:1.
 */
export type Tone = 'blue' | 'gold' | 'red' | 'purple' | 'green' | 'volcano' | 'orange' | 'cyan' | 'grey';
export const tone = (t: Tone) => `ov-tag ov-${t}`;

export const DUE_COLOURS: Record<DueState, Tone> = {
  on_track: 'blue',
  due_soon: 'gold',
  overdue: 'red',
  awaiting_review: 'purple',
  done_on_time: 'green',
  done_late: 'volcano',
};

export const STATUS_COLOURS: Record<TaskStatus, Tone> = {
  assigned: 'grey',
  in_progress: 'blue',
  completion_reported: 'purple',
  completed: 'green',
};

export function useAgencyName() {
  const { i18n } = useTranslation();
  return (agency: Pick<Agency, 'name' | 'nameEn'>) =>
    i18n.resolvedLanguage === 'en' && agency.nameEn ? agency.nameEn : agency.name;
}

/** The deadline state of a task, with the working days left or late. */
export function DueTag({
  task,
}: {
  task: Pick<TaskSummary, 'dueState' | 'workingDaysLeft' | 'workingDaysLate'>;
}) {
  const { t } = useTranslation();
  let detail = '';
  if (task.dueState === 'overdue' || task.dueState === 'done_late') {
    if (task.workingDaysLate) detail = t('oversight.workingDaysLate', { count: task.workingDaysLate });
  } else if (task.dueState === 'due_soon' || task.dueState === 'on_track') {
    detail =
      task.workingDaysLeft === 0
        ? t('oversight.dueToday')
        : t('oversight.workingDaysLeft', { count: task.workingDaysLeft ?? 0 });
  }
  return (
    <span className="due-tag">
      <Tag className={`${tone(DUE_COLOURS[task.dueState])} wrap-tag`}>
        {t(`oversight.dueState.${task.dueState}`)}
      </Tag>
      {detail ? <span className="cell-note">{detail}</span> : null}
    </span>
  );
}

export function StatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag className={`${tone(STATUS_COLOURS[status])} wrap-tag`}>{t(`oversight.status.${status}`)}</Tag>;
}

export type KnownStep = 'reminder' | 'agency_head' | 'issuer';

/** The default ladder's steps have names in the UI; a province's own steps are shown by their key. */
export function isKnownStep(step: string): step is KnownStep {
  return step === 'reminder' || step === 'agency_head' || step === 'issuer';
}

export function useStepLabel() {
  const { t } = useTranslation();
  return (step: string) =>
    isKnownStep(step) ? t(`oversight.escalation.${step}`) : t('oversight.escalation.other', { step });
}

/** The follow-up marks of a task: never reported, extension asked, the last ladder step reached. */
export function TaskMarks({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  const stepLabel = useStepLabel();
  // A ladder step matters while the task is open; afterwards it is history (in the task's drawer).
  const open = task.status === 'assigned' || task.status === 'in_progress';
  const step = open ? task.escalation?.step : undefined;
  return (
    <span className="tag-list">
      {task.neverReported && task.status !== 'completed' ? (
        <Tag className={tone('orange')}>{t('oversight.neverReportedTag')}</Tag>
      ) : null}
      {task.pendingExtension ? <Tag className={tone('cyan')}>{t('oversight.pendingExtension')}</Tag> : null}
      {step ? (
        <Tag className={tone(task.escalation?.audience === 'issuer' ? 'red' : 'grey')}>{stepLabel(step)}</Tag>
      ) : null}
    </span>
  );
}

export function useDeadlineText() {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (task: Pick<TaskSummary, 'deadline' | 'originalDeadline'>) =>
    task.deadline === task.originalDeadline
      ? format.date(task.deadline)
      : `${format.date(task.deadline)} (${t('oversight.extendedFrom', { date: format.date(task.originalDeadline) })})`;
}
