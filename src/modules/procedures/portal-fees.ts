/**
 * Phí, lệ phí — the fee per channel, read from the portal's "how to submit" table flattened to one line
 * ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến5 Ngày làm việcMiễn phíDịch vụ bưu chính…"). The flattening
 * leaves no separator between the time and the fee, so a fee is read only where the time before it is
 * unambiguous (it has a unit, or is "Không có thông tin"); everything else is left unread, never guessed.
 * Money is integer đồng (STYLE.md, Data).
 */
import type { Channel, ChannelDuration } from './duration-text.js';

export interface PortalFee {
  channel: Channel;
  kind: 'free' | 'amount';
  /** Đồng; null when free. */
  amountDong: number | null;
  /** The explanation the portal gives in brackets after the amount, if any. */
  note: string | null;
}

const LABELS: Record<Channel, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Dịch vụ bưu chính',
};
const NO_INFO = 'Không có thông tin';
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+) ?(VNĐ|Việt Nam Đồng|đồng|Đồng)/u;
const NOTE_LIMIT = 500;

/** The text in balanced brackets at `start` (which holds "("), without them; undefined if none. */
function bracketed(text: string, start: number): string | undefined {
  if (text[start] !== '(') return undefined;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      depth--;
      if (depth === 0) return text.slice(start + 1, i).trim();
    }
  }
  return text.slice(start + 1).trim(); // the export cuts the column at 1,000 characters
}

function feeAt(raw: string, at: number, channel: Channel): PortalFee | undefined {
  const rest = raw.slice(at);
  if (rest.startsWith('Miễn phí')) {
    const note = bracketed(raw, at + 'Miễn phí'.length);
    return { channel, kind: 'free', amountDong: null, note: note ? note.slice(0, NOTE_LIMIT) : null };
  }
  const m = AMOUNT.exec(rest);
  if (!m) return undefined;
  const amountDong = Number((m[1] ?? '').replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(amountDong)) return undefined;
  const note = bracketed(raw, at + m[0].length);
  if (amountDong === 0)
    return { channel, kind: 'free', amountDong: null, note: note?.slice(0, NOTE_LIMIT) ?? null };
  return { channel, kind: 'amount', amountDong, note: note ? note.slice(0, NOTE_LIMIT) : null };
}

/** The fees per channel that can be read without guessing. */
export function parsePortalFees(raw: string, durations: ChannelDuration[], channels: Channel[]): PortalFee[] {
  const fees: PortalFee[] = [];
  for (const channel of channels) {
    const label = LABELS[channel];
    const duration = durations.find((d) => d.channel === channel);
    const candidates = duration ? [`${label}${duration.text}`] : [`${label}${NO_INFO}`];
    for (const prefix of candidates) {
      const at = raw.indexOf(prefix);
      if (at < 0) continue;
      const fee = feeAt(raw, at + prefix.length, channel);
      if (fee) fees.push(fee);
      break;
    }
  }
  return fees;
}

/** The channels the portal lists for a procedure, in the order of its table. */
export function channelsInRaw(raw: string): Channel[] {
  const found: Array<[number, Channel]> = [];
  for (const [channel, label] of Object.entries(LABELS) as Array<[Channel, string]>) {
    const at = raw.indexOf(label);
    if (at >= 0) found.push([at, channel]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
}
