import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Status } from './api';

/** Dark text on a light tint: readable (WCAG AA contrast) whatever the status. */
const TONES: Record<Status, [string, string]> = {
  submitted: ['#003a8c', '#e6f4ff'],
  reception_supplement: ['#873800', '#fff7e6'],
  rejected: ['#820014', '#fff1f0'],
  processing: ['#003a8c', '#e6f4ff'],
  consulting: ['#391085', '#f9f0ff'],
  supplement_requested: ['#873800', '#fff7e6'],
  done: ['#135200', '#f6ffed'],
  returned: ['#135200', '#f6ffed'],
  refused: ['#820014', '#fff1f0'],
  stopped: ['#262626', '#f5f5f5'],
  withdrawn: ['#262626', '#f5f5f5'],
};

export function tone(color: string, background: string) {
  return { color, background, borderColor: color };
}

/** A dossier status as the law names it (Circular 22/2019 art. 4), in the UI language. */
export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  const [color, background] = TONES[status];
  return <Tag style={tone(color, background)}>{t(`dossiers.status.${status}`)}</Tag>;
}
