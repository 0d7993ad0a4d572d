/** What the signatures module tells a person, in Vietnamese and English (issue 15 §2). */
import { defineMessages } from '../../platform/http/messages.js';

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'signatures.plain.0': {
    vi: 'Chỉ quản trị hệ thống mới được quản lý chứng thư gốc tin cậy.',
    en: 'Only system administrators manage trust anchors.',
  },
  'signatures.plain.1': {
    vi: 'Chỉ quản trị hệ thống mới được quản lý khóa ký số.',
    en: 'Only system administrators manage signing keys.',
  },
});
