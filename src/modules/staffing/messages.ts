/** The staffing module's messages a person reads (platform/http/messages.ts), in Vietnamese and English. */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'staffing.notCommune': {
    vi: 'Không có xã, phường mã {code} vào ngày {day}.',
    en: 'No commune with code {code} on {day}.',
  },
  'staffing.agencyNotOfCommune': {
    vi: 'Cơ quan đã chọn không thuộc xã, phường này.',
    en: 'The chosen agency does not belong to this commune.',
  },
  'staffing.unknownJobPosition': {
    vi: 'Không có vị trí việc làm "{code}".',
    en: 'There is no job position "{code}".',
  },
  'staffing.unknownItem': {
    vi: 'Không có hạng mục cơ sở vật chất "{code}".',
    en: 'There is no facility item "{code}".',
  },
  'staffing.beforeLatest': {
    vi: 'Thay đổi phải có hiệu lực từ ngày {day} trở đi (ngày của lần thay đổi gần nhất).',
    en: 'A change must take effect on or after {day} (the date of the latest change).',
  },
  'staffing.notInPost': {
    vi: 'Người này không còn tại vị vào ngày {day}.',
    en: 'This official is no longer in post on {day}.',
  },
  'staffing.forbidden': {
    vi: 'Bạn không có quyền thay đổi biên chế, nhân sự hoặc cơ sở vật chất của xã, phường này.',
    en: 'You may not change the staffing or facilities of this commune.',
  },
  'staffing.provinceForbidden': {
    vi: 'Chỉ cán bộ cấp tỉnh xem được tổng hợp toàn tỉnh.',
    en: 'Only provincial officials see the province overview.',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'staffing.plain.0': {
    vi: 'Cơ quan không thuộc xã, phường này.',
    en: 'The agency does not belong to this commune.',
  },
  'staffing.plain.1': {
    vi: 'Không có vị trí này.',
    en: 'No such position.',
  },
});
