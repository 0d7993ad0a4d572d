/**
 * Thời hạn giải quyết — the statutory processing time per submission channel, as the national portal writes it:
 * "Trực tiếp: 15 Ngày làm việc; Trực tuyến: 10 Ngày làm việc". Each part becomes a structured duration in the
 * calendar's units (RULES.md §7.1: "unit is working days / hours / days / months, taken from the procedure
 * version"), or an issue when it cannot be read. Nothing is guessed (data/SOURCES.md: "the importer must report
 * such rows, not guess"): a number without a unit stays unparsed and is reported.
 */
import { type DurationUnit, parseDuration } from '../calendar/index.js';

/** Submission channels (Decree 61/2018 art. 16; the portal's KenhThucHien 1 / 2 / 3). */
export const CHANNELS = ['in_person', 'online', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<string, Channel> = {
  'Trực tiếp': 'in_person',
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'post',
};

/**
 * The portal's unit words → the calendar's units. "Giờ" is read as working hours: the calendar counts hours
 * only in working time, and the portal's 766 formula lists hours beside working days (RULES.md §1.5) [L].
 */
export const UNIT_WORDS: Record<string, DurationUnit> = {
  'Ngày làm việc': 'working_days',
  Ngày: 'calendar_days',
  Giờ: 'working_hours',
  Tháng: 'months',
};

/** A processing time for one channel: structured, with the text it came from. */
export interface ChannelDuration {
  channel: Channel;
  amount: number;
  unit: DurationUnit;
  /** The original text, e.g. "15 Ngày làm việc". */
  text: string;
  /**
   * The document that sets this time when the catalogue gave none (issue 15 §2), e.g. "Luật Hộ tịch
   * 60/2014/QH13, Điều 18"; absent when the time comes with the catalogue's own legal basis.
   */
  basis?: string;
}

export type DurationIssueKind = 'no_duration' | 'no_unit' | 'unparsable' | 'conflicting';

export interface DurationIssue {
  kind: DurationIssueKind;
  channel: Channel | null;
  text: string;
  reason: string;
}

const NO_UNIT = '(không ghi đơn vị)';
const PART = /^([^:]+):\s*(.*)$/u;
const VALUE = /^(\d+(?:[.,]\d+)?)\s*(.*)$/u;

export function channelOf(label: string): Channel | undefined {
  return CHANNEL_LABELS[label.trim()];
}

/**
 * A whole amount of the unit, or the exact equivalent in a finer unit the calendar counts: 1.5 working days is
 * 3 half working days (the portal writes "1.5 Ngày làm việc"). Anything else is not a duration.
 */
function structured(amount: number, unit: DurationUnit): { amount: number; unit: DurationUnit } | undefined {
  const whole = parseDuration(amount, unit);
  if (whole.ok) return { amount: whole.value.amount, unit: whole.value.unit };
  if (unit === 'working_days') {
    const halves = parseDuration(amount * 2, 'half_working_days');
    if (halves.ok) return { amount: halves.value.amount, unit: 'half_working_days' };
  }
  return undefined;
}

/** Parse the portal's "thoi_han_theo_kenh" text into per-channel durations and the issues found. */
export function parseDurationText(text: string): { durations: ChannelDuration[]; issues: DurationIssue[] } {
  const durations: ChannelDuration[] = [];
  const issues: DurationIssue[] = [];
  const conflicted = new Set<Channel>();
  const trimmed = text.trim();
  if (trimmed === '') {
    issues.push({ kind: 'no_duration', channel: null, text: '', reason: 'no processing time is given' });
    return { durations, issues };
  }
  for (const rawPart of trimmed.split(';')) {
    const part = rawPart.trim();
    if (part === '') continue;
    const m = PART.exec(part);
    const channel = m ? channelOf(m[1] ?? '') : undefined;
    if (!m || !channel) {
      issues.push({ kind: 'unparsable', channel: null, text: part, reason: 'no known channel before ":"' });
      continue;
    }
    const valueText = (m[2] ?? '').trim();
    const value = VALUE.exec(valueText);
    if (!value) {
      issues.push({ kind: 'unparsable', channel, text: part, reason: 'no number' });
      continue;
    }
    const unitWord = (value[2] ?? '').trim();
    if (unitWord === '' || unitWord === NO_UNIT) {
      issues.push({ kind: 'no_unit', channel, text: part, reason: 'a number without a unit' });
      continue;
    }
    const unit = UNIT_WORDS[unitWord];
    const amount = Number((value[1] ?? '').replace(',', '.'));
    const parsed = unit ? structured(amount, unit) : undefined;
    if (!unit || !parsed) {
      issues.push({
        kind: 'unparsable',
        channel,
        text: part,
        reason: unit ? `${value[1]} is not a whole number of ${unit}` : `unknown unit "${unitWord}"`,
      });
      continue;
    }
    const same = durations.find((d) => d.channel === channel);
    if (same) {
      // The export repeats a channel now and then ("02 Ngày làm việc" and "2 Ngày làm việc"): fine if equal.
      // Different times (one per case of the procedure) are not picked from: the channel is reported, not kept.
      if (same.amount !== parsed.amount || same.unit !== parsed.unit) {
        conflicted.add(channel);
        issues.push({
          kind: 'conflicting',
          channel,
          text: part,
          reason: `the channel is given twice: "${same.text}" and "${valueText}"`,
        });
      }
      continue;
    }
    durations.push({ channel, ...parsed, text: valueText });
  }
  return { durations: durations.filter((d) => !conflicted.has(d.channel)), issues };
}

/** Vietnamese for a structured duration, as the catalogue shows it: "15 ngày làm việc". */
export const UNIT_NAMES_VI: Record<DurationUnit, string> = {
  working_days: 'ngày làm việc',
  half_working_days: 'buổi làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
  months: 'tháng',
};
