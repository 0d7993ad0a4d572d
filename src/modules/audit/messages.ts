/** What the audit module tells a person, in Vietnamese and English (issue 15 §2). */
import { defineMessages } from '../../platform/http/messages.js';

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'audit.plain.0': {
    vi: 'Chỉ quản trị hệ thống mới được xem nhật ký kiểm toán.',
    en: 'Only system administrators read the audit trail.',
  },
  'audit.plain.1': {
    vi: 'Chỉ quản trị hệ thống cấp quốc gia mới được kiểm tra chuỗi nhật ký.',
    en: 'Only a national system administrator verifies the chain.',
  },
});
