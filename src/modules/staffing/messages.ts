/** The staffing module's messages a person reads (platform/http/messages.ts), in Vietnamese and English. */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'staffing.csvBroken': { vi: 'tệp CSV bị lỗi: {why}', en: 'the CSV is broken: {why}' },
  'staffing.csvHeader': {
    vi: 'dòng tiêu đề phải là «{columns}»',
    en: 'the header must be "{columns}"',
  },
  'staffing.csvFieldCount': {
    vi: 'có {found} trường, cần {expected}',
    en: '{found} fields, expected {expected}',
  },
  'staffing.csvUnitCode': {
    vi: 'unit_code phải là mã xã, phường gồm 5 chữ số',
    en: 'unit_code must be a 5-digit commune code',
  },
  'staffing.csvPosts': {
    vi: 'posts phải là số nguyên từ 0 đến 1000',
    en: 'posts must be a whole number from 0 to 1000',
  },
  'staffing.csvValidFrom': {
    vi: 'valid_from phải có dạng YYYY-MM-DD hoặc để trống',
    en: 'valid_from must be YYYY-MM-DD or empty',
  },
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
