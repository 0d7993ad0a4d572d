/**
 * The dossier's vocabulary: channels, statuses (aligned with the national portal and Circular 22/2019 art. 4),
 * result methods, and the in-memory records the transitions work on.
 */
import type { consultations, documents, dossiers, events, visits } from './schema.js';

/** Decree 61/2018 art. 16; the portal's KenhThucHien: 1 in person, 2 online, 3 public post. */
export const CHANNELS = ['in_person', 'online', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];
export const PORTAL_CHANNEL: Record<Channel, 1 | 2 | 3> = { in_person: 1, online: 2, post: 3 };

/**
 * Trạng thái hồ sơ (RULES.md §7.2; Circular 22/2019 art. 4: the status is shown at every step):
 * - submitted: Chờ tiếp nhận (online, or postal before the hand-over record is signed at the centre)
 * - reception_supplement: Yêu cầu bổ sung at reception (Form 02; not yet received)
 * - rejected: Từ chối tiếp nhận (Form 03)
 * - processing: Đang xử lý / Chuyển xử lý
 * - consulting: Lấy ý kiến (an open consultation of another agency)
 * - supplement_requested: Yêu cầu bổ sung after appraisal (Decree 61 art. 19(4): the clock restarts)
 * - done: Đã xử lý xong (result approved)
 * - returned: Đã trả kết quả
 * - refused: Từ chối giải quyết (after appraisal)
 * - stopped: Dừng xử lý (Form 05)
 * - withdrawn: Công dân rút hồ sơ
 */
export const STATUSES = [
  'submitted',
  'reception_supplement',
  'rejected',
  'processing',
  'consulting',
  'supplement_requested',
  'done',
  'returned',
  'refused',
  'stopped',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS_VI: Record<Status, string> = {
  submitted: 'Chờ tiếp nhận',
  reception_supplement: 'Yêu cầu bổ sung hồ sơ (khi tiếp nhận)',
  rejected: 'Từ chối tiếp nhận',
  processing: 'Đang xử lý',
  consulting: 'Đang lấy ý kiến',
  supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  done: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối giải quyết',
  stopped: 'Dừng xử lý',
  withdrawn: 'Công dân rút hồ sơ',
};

export const TERMINAL: readonly Status[] = ['rejected', 'returned', 'refused', 'stopped', 'withdrawn'];
export const IN_PROGRESS: readonly Status[] = ['processing', 'consulting', 'supplement_requested'];

/** How the result goes back to the applicant (Decree 61 art. 20; Decision 45/2016 for post). */
export const RESULT_METHODS = ['counter', 'online', 'post'] as const;
export type ResultMethod = (typeof RESULT_METHODS)[number];

export type DossierRow = typeof dossiers.$inferSelect;
export type VisitRow = typeof visits.$inferSelect;
export type EventRow = Omit<typeof events.$inferInsert, 'seq'>;
export type DocumentRow = typeof documents.$inferSelect;
export type ConsultationRow = typeof consultations.$inferSelect;

/** One step of the internal workflow as snapshotted at reception, agencies resolved. */
export interface StepSnapshot {
  position: number;
  name: string;
  role: string | null;
  agencyId: string | null;
  unitCode: string | null;
  amount: number;
  unit: string;
}

export interface Applicant {
  name: string;
  idNumber?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
}

export interface FeeLine {
  name: string;
  amountDong: number;
}

/** Circular 01/2018 art. 12: the nine indicators a citizen scores 0, 1 or 2. */
export const RATING_INDICATORS = 9;

export const LEADER_ROLES = ['unit_leader', 'provincial_leader'] as const;
