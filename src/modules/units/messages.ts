/** What the units module tells a person, in Vietnamese and English (issue 15 §2). */
import { defineMessages } from '../../platform/http/messages.js';

/** The refusals of an agency's QCVN 102 code (agency-codes.ts); a field message's key is its stable `code`. */
export const msg = defineMessages({
  // Why a CSV cannot be read (reference-csv.ts); an import tells it at the row in the reader's language.
  'units.csvUnclosedQuote': {
    vi: 'một trường trong ngoặc kép không được đóng ngoặc',
    en: 'quoted field is not closed',
  },
  'units.csvTextAfterQuote': {
    vi: 'có nội dung thừa sau dấu ngoặc kép đóng của một trường',
    en: 'text after the closing quote of a field',
  },
  'units.csvStrayQuote': {
    vi: 'có dấu ngoặc kép bên trong một trường không đặt trong ngoặc kép',
    en: 'quote inside an unquoted field',
  },
  'units.agencyCodeShape': {
    vi: 'Mã cơ quan theo QCVN 102 có dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.12.H12.',
    en: 'An agency code has the QCVN 102 shape V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.12.H12.',
  },
  'units.agencyCodeShapeField': { vi: 'không phải mã theo QCVN 102', en: 'not a QCVN 102 code' },
  'units.agencyCodeAdmin': {
    vi: 'Chỉ quản trị hệ thống của tỉnh mới được đặt mã cơ quan.',
    en: 'Only a system administrator of the province sets agency codes.',
  },
  'units.agencyCodeTaken': {
    vi: 'Mã {code} đã được gán cho cơ quan khác ({agency}).',
    en: 'Code {code} already belongs to another agency ({agency}).',
  },
  'units.agencyChanged': {
    vi: 'Cơ quan vừa được người khác thay đổi; vui lòng tải lại.',
    en: 'The agency was changed by someone else; reload it.',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'units.plain.2': {
    vi: 'Cơ quan vừa được người khác thay đổi; vui lòng tải lại.',
    en: 'The agency was changed by someone else; reload it.',
  },
  'units.plain.3': {
    vi: 'Ngày kết thúc chức vụ phải sau ngày bắt đầu.',
    en: 'A position ends after it starts.',
  },
  'units.plain.4': {
    vi: 'Chỉ quản trị viên của đơn vị có cơ quan mới được ghi chức vụ.',
    en: 'Only administrators of the agency’s unit record positions.',
  },
  'units.plain.5': {
    vi: 'Chức vụ này đã kết thúc.',
    en: 'The position has already ended.',
  },
});
