/**
 * The problems the HTTP edge itself answers — schema validation, the framework's own 4xx (bad JSON, wrong
 * media type, too large), NUL characters, the 500 — in the user's language (issue 15 §2). The English texts
 * are the ones the API always sent (clients and tests read them); the Vietnamese ones are what a person sees.
 */
import { defineMessages, type Language, type Message, type MessageText, renderMessage } from './messages.js';

const msg = defineMessages({
  'edge.invalid': { vi: 'Dữ liệu gửi lên chưa hợp lệ — {list}', en: 'Invalid {context}: {list}' },
  'edge.unknownField': { vi: 'trường không được chấp nhận', en: 'unknown field' },
  'edge.required': { vi: 'bắt buộc', en: 'required' },
  'edge.wrongType': { vi: 'sai kiểu dữ liệu, cần {expected}', en: 'expected {expected}' },
  'edge.maxLength': { vi: 'tối đa {n} ký tự', en: 'at most {n} characters' },
  'edge.minLength': { vi: 'ít nhất {n} ký tự', en: 'at least {n} characters' },
  'edge.maxItems': { vi: 'tối đa {n} mục', en: 'at most {n} items' },
  'edge.minItems': { vi: 'ít nhất {n} mục', en: 'at least {n} items' },
  'edge.maxNumber': { vi: 'không lớn hơn {n}', en: 'at most {n}' },
  'edge.belowNumber': { vi: 'nhỏ hơn {n}', en: 'less than {n}' },
  'edge.minNumber': { vi: 'không nhỏ hơn {n}', en: 'at least {n}' },
  'edge.aboveNumber': { vi: 'lớn hơn {n}', en: 'greater than {n}' },
  'edge.tooBig': { vi: 'quá lớn', en: 'too big' },
  'edge.tooSmall': { vi: 'quá nhỏ', en: 'too small' },
  'edge.format': { vi: 'không đúng định dạng {format}', en: 'not a valid {format}' },
  'edge.oneOf': { vi: 'phải là một trong các giá trị: {values}', en: 'one of {values}' },
  'edge.noShape': {
    vi: 'không khớp với dạng dữ liệu nào được chấp nhận',
    en: 'matches none of the accepted shapes',
  },
  'edge.multipleOf': { vi: 'phải là bội số của {n}', en: 'a multiple of {n}' },
  'edge.invalidValue': { vi: 'giá trị không hợp lệ', en: 'invalid' },
  'edge.expectedDate': { vi: 'cần một ngày dạng YYYY-MM-DD', en: 'expected a date YYYY-MM-DD' },
  'edge.expectedInstant': {
    vi: 'cần một thời điểm có múi giờ, ví dụ 2026-03-02T08:00:00+07:00',
    en: 'expected a date-time with offset, e.g. 2026-03-02T08:00:00+07:00',
  },
  'edge.expectedDateOrInstant': {
    vi: 'cần một ngày YYYY-MM-DD hoặc một thời điểm có múi giờ',
    en: 'expected a date YYYY-MM-DD or a date-time with offset',
  },
  'edge.expectedWhole': { vi: 'cần một số nguyên', en: 'expected a whole number' },
  'edge.yearRange': { vi: 'năm phải từ {min} đến {max}', en: 'year must be between {min} and {max}' },
  'edge.atMostFields': { vi: 'tối đa {n} trường', en: 'at most {n} fields' },
  'edge.atMostChars': { vi: 'tối đa {n} ký tự', en: 'at most {n} characters' },
  'edge.nul': { vi: '{field} chứa ký tự NUL.', en: '{field} contains a NUL character.' },
  'edge.nulField': { vi: 'chứa ký tự NUL', en: 'contains a NUL character' },
  'edge.bodyTooLarge': {
    vi: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
    en: 'Request body is too large',
  },
  'edge.mediaType': { vi: 'Kiểu nội dung gửi lên không được hỗ trợ.', en: 'Unsupported media type' },
  'edge.emptyJson': { vi: 'Nội dung JSON gửi lên bị trống.', en: 'Body cannot be empty' },
  'edge.badJson': { vi: 'Nội dung JSON gửi lên không đúng cú pháp.', en: 'The JSON body is malformed' },
  'edge.badRequest': { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request' },
  'edge.internal': {
    vi: 'Hệ thống gặp lỗi ngoài ý muốn. Vui lòng thử lại; khi báo lỗi, hãy ghi mã yêu cầu {id}.',
    en: 'Something went wrong on our side. Quote request id {id} when reporting it.',
  },
});

/** Custom texts of shared zod schemas (input-schemas.ts) with their localized message. */
const CUSTOM_TEXTS: Record<string, Message> = {
  'expected a date YYYY-MM-DD': msg('edge.expectedDate'),
  'expected a date-time with offset, e.g. 2026-03-02T08:00:00+07:00': msg('edge.expectedInstant'),
  'expected a date YYYY-MM-DD or a date-time with offset': msg('edge.expectedDateOrInstant'),
  'expected a whole number': msg('edge.expectedWhole'),
};

const YEAR_TEXT = /^year must be between (\d+) and (\d+)$/;
const AT_MOST = /^at most ([\d,]+) (fields|characters)$/;

const TYPE_NAMES: Record<string, MessageText> = {
  string: { vi: 'chuỗi ký tự', en: 'string' },
  number: { vi: 'số', en: 'number' },
  int: { vi: 'số nguyên', en: 'integer' },
  boolean: { vi: 'giá trị đúng/sai', en: 'boolean' },
  object: { vi: 'đối tượng', en: 'object' },
  array: { vi: 'danh sách', en: 'array' },
  bigint: { vi: 'số nguyên', en: 'bigint' },
  date: { vi: 'ngày', en: 'date' },
};

const FORMAT_NAMES: Record<string, MessageText> = {
  email: { vi: 'địa chỉ email', en: 'email address' },
  uuid: { vi: 'mã định danh (UUID)', en: 'UUID' },
  date: { vi: 'ngày YYYY-MM-DD', en: 'date YYYY-MM-DD' },
  datetime: { vi: 'thời điểm ISO 8601', en: 'ISO 8601 date-time' },
  time: { vi: 'giờ HH:MM', en: 'time HH:MM' },
  url: { vi: 'địa chỉ web', en: 'URL' },
  regex: { vi: 'theo mẫu quy định', en: 'value of the required pattern' },
  base64: { vi: 'base64', en: 'base64' },
};

/** A zod issue as fastify-type-provider-zod hands it over (`keyword` is the issue's code). */
export interface ValidationIssue {
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const named = (table: Record<string, MessageText>, key: string, language: Language) =>
  table[key]?.[language] ?? key;

/** One zod issue's message in a language; the English is zod's own text, as the API always sent it. */
export function issueText(issue: ValidationIssue, language: Language): string {
  if (language === 'en') return issue.message ?? 'invalid';
  return renderMessage(issueMessage(issue), language);
}

function issueMessage(issue: ValidationIssue): Message {
  const text = issue.message ?? '';
  const custom = CUSTOM_TEXTS[text];
  if (custom) return custom;
  const year = YEAR_TEXT.exec(text);
  if (year) return msg('edge.yearRange', { min: year[1]!, max: year[2]! });
  const atMost = AT_MOST.exec(text);
  if (atMost)
    return atMost[2] === 'fields'
      ? msg('edge.atMostFields', { n: atMost[1]! })
      : msg('edge.atMostChars', { n: atMost[1]! });
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'invalid_type':
      return /received undefined$/.test(text)
        ? msg('edge.required')
        : msg('edge.wrongType', { expected: named(TYPE_NAMES, String(p.expected), 'vi') });
    case 'too_big':
      return sizeMessage(p, 'max');
    case 'too_small':
      return sizeMessage(p, 'min');
    case 'invalid_format':
      return msg('edge.format', { format: named(FORMAT_NAMES, String(p.format), 'vi') });
    case 'invalid_value':
      return msg('edge.oneOf', { values: ((p.values as unknown[]) ?? []).map(String).join(', ') });
    case 'invalid_union':
      return msg('edge.noShape');
    case 'not_multiple_of':
      return msg('edge.multipleOf', { n: String(p.divisor) });
    default:
      return msg('edge.invalidValue');
  }
}

function sizeMessage(p: Record<string, unknown>, end: 'max' | 'min'): Message {
  const n = String(end === 'max' ? p.maximum : p.minimum);
  const inclusive = p.inclusive !== false;
  if (p.origin === 'string')
    return end === 'min' && n === '1'
      ? msg('edge.required')
      : msg(end === 'max' ? 'edge.maxLength' : 'edge.minLength', { n });
  if (p.origin === 'array' || p.origin === 'set')
    return msg(end === 'max' ? 'edge.maxItems' : 'edge.minItems', { n });
  if (p.origin === 'number' || p.origin === 'int' || p.origin === 'bigint') {
    if (end === 'max') return msg(inclusive ? 'edge.maxNumber' : 'edge.belowNumber', { n });
    return msg(inclusive ? 'edge.minNumber' : 'edge.aboveNumber', { n });
  }
  return msg(end === 'max' ? 'edge.tooBig' : 'edge.tooSmall');
}

/** The detail of a schema-validation problem: each field with its message, in the language. */
export function invalidDetail(
  context: string,
  errors: Array<{ field: string; message: string }>,
  language: Language,
): string {
  const list = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return renderMessage(msg('edge.invalid', { context, list }), language);
}

export const unknownFieldText = (language: Language) => renderMessage(msg('edge.unknownField'), language);

/** A NUL character refused at the edge (reject-nul-bytes.ts). */
export const nulMessages = (field: string) => ({
  detail: msg('edge.nul', { field }),
  field: msg('edge.nulField'),
});

/** The framework's own 4xx (Fastify's FST_ERR_* codes), told to a person; English keeps Fastify's text. */
export function frameworkErrorText(code: string | undefined, english: string, language: Language): string {
  if (language === 'en') return english;
  const key =
    code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? 'edge.bodyTooLarge'
      : code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'edge.mediaType'
        : code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'edge.emptyJson'
          : code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(english)
            ? 'edge.badJson'
            : 'edge.badRequest';
  return renderMessage(msg(key), language);
}

export const internalMessage = (id: string) => msg('edge.internal', { id });
