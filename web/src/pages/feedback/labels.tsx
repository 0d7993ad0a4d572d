/** How feedback values read and look: kinds, fields, statuses and deadline states, with accessible tag colours. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineState, Field, Kind, Status } from './api';

/** Tag colours with text contrast ≥ 4.5:1 on Ant Design's light tag backgrounds. */
const STATUS_COLOURS: Record<Status, string> = {
  received: 'blue',
  supplement_requested: 'gold',
  processing: 'processing',
  answered: 'purple',
  published: 'success',
  refused: 'default',
  transferred_out: 'default',
  withdrawn: 'default',
};

const DEADLINE_COLOURS: Record<DeadlineState, string> = {
  running: 'blue',
  overdue: 'red',
  on_time: 'green',
  late: 'volcano',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`feedback.statuses.${status}`)}</Tag>;
}

export function DeadlineTag({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  return <Tag color={DEADLINE_COLOURS[state]}>{t(`feedback.deadlineStates.${state}`)}</Tag>;
}

export function useFeedbackLabels() {
  const { t } = useTranslation();
  return {
    kind: (kind: Kind) => t(`feedback.kinds.${kind}`),
    field: (field: Field) => t(`feedback.fields.${field}`),
    step: (step: string) => (step in STEP_KEYS ? t(`feedback.steps.${step as StepKey}`) : step),
  };
}

const STEP_KEYS = {
  refuse: 1,
  supplement: 1,
  transfer: 1,
  process: 1,
  publish: 1,
  accept: 1,
  resolve: 1,
  resolve_second: 1,
  register: 1,
} as const;
type StepKey = keyof typeof STEP_KEYS;

/** A ratio as a percentage with one decimal, in the UI language (e.g. 97,5 % or 97.5%). */
export function usePercent() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN';
  return (ratio: number | null, signed = false) =>
    ratio === null
      ? '—'
      : new Intl.NumberFormat(locale, {
          style: 'percent',
          maximumFractionDigits: 1,
          signDisplay: signed ? 'exceptZero' : 'auto',
        }).format(ratio);
}
