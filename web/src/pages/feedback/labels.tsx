/** How feedback values read and look: kinds, fields, statuses and deadline states, with accessible tag colours. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { type DeadlineState, FIELDS, type Kind, known, type Status } from './api';

/**
 * Tag colours as dark text on a light tint, each ≥ 7:1 (axe: Ant Design 6's filled gold and green presets fall
 * under 4.5:1).
 */
const TONES = {
  blue: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  gold: { color: '#613400', background: '#fffbe6', borderColor: '#ffd666' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  purple: { color: '#22075e', background: '#f9f0ff', borderColor: '#d3adf7' },
  red: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  volcano: { color: '#871400', background: '#fff2e8', borderColor: '#ffbb96' },
  grey: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;
type Tone = keyof typeof TONES;

const STATUS_COLOURS: Record<Status, Tone> = {
  received: 'blue',
  supplement_requested: 'gold',
  processing: 'blue',
  answered: 'purple',
  published: 'green',
  refused: 'grey',
  transferred_out: 'grey',
  withdrawn: 'grey',
  suspended: 'gold',
  terminated: 'grey',
};

const DEADLINE_COLOURS: Record<DeadlineState, Tone> = {
  running: 'blue',
  paused: 'gold',
  overdue: 'red',
  on_time: 'green',
  late: 'volcano',
  cancelled: 'grey',
};

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag style={TONES[STATUS_COLOURS[status]]}>{t(`feedback.statuses.${status}`)}</Tag>;
}

export function DeadlineTag({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  return <Tag style={TONES[DEADLINE_COLOURS[state]]}>{t(`feedback.deadlineStates.${state}`)}</Tag>;
}

export function useFeedbackLabels() {
  const { t } = useTranslation();
  return {
    kind: (kind: Kind) => t(`feedback.kinds.${kind}`),
    field: (field: string) => {
      const named = known(FIELDS, field);
      return named ? t(`feedback.fields.${named}`) : field;
    },
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

/** A ratio as a percentage with one decimal, in the UI language (97,5 % or 97.5%): i18n/format.ts. */
export function usePercent() {
  const f = useFormat();
  return (ratio: number | null, signed = false) => f.percent(ratio, signed);
}
