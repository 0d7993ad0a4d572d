/** The disasters module's messages a person reads (platform/http/messages.ts), in Vietnamese and English. */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  // The damage CSV's refusals (import-damage.ts), each told as the refusal of its row.
  'disasters.csvBroken': { vi: 'tệp CSV bị lỗi: {why}', en: 'the CSV is broken: {why}' },
  'disasters.csvHeader': {
    vi: 'dòng tiêu đề phải bắt đầu bằng «{columns}», tiếp theo là mã các chỉ tiêu',
    en: 'the header must start "{columns}", then indicator codes',
  },
  'disasters.csvUnknownIndicator': {
    vi: '«{code}» không phải mã chỉ tiêu thiệt hại',
    en: '"{code}" is not an indicator code',
  },
  'disasters.csvFieldCount': {
    vi: 'có {count} cột, cần {expected} cột',
    en: '{count} fields, expected {expected}',
  },
  'disasters.csvUnitCode': {
    vi: 'unit_code phải là mã xã, phường gồm 5 chữ số',
    en: 'unit_code must be a 5-digit commune code',
  },
  'disasters.csvReportedOn': {
    vi: 'reported_on phải là ngày dạng YYYY-MM-DD',
    en: 'reported_on must be YYYY-MM-DD',
  },
  'disasters.csvInitial': {
    vi: 'initial phải là yes/có hoặc no/không',
    en: 'initial must be yes or no',
  },
  'disasters.csvValue': {
    vi: 'estimated_value phải là số nguyên đồng, chỉ gồm chữ số',
    en: 'estimated_value must be whole đồng, digits only',
  },
  'disasters.csvFigure': {
    vi: '{code} phải là một số không âm (dấu chấm thập phân cho số héc-ta)',
    en: '{code} must be a number, not negative (a decimal point for hectares)',
  },
  'disasters.steerOnly': {
    vi: 'Chỉ Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh được thực hiện việc này.',
    en: 'Only the provincial disaster prevention and search-and-rescue command may do this.',
  },
  'disasters.reportForbidden': {
    vi: 'Bạn không có quyền báo cáo thiệt hại cho xã, phường này.',
    en: 'You may not report damage for this commune.',
  },
  'disasters.notAffected': {
    vi: 'Xã, phường {name} không có trong danh sách bị ảnh hưởng của đợt thiên tai này.',
    en: '{name} is not among the communes this event struck.',
  },
  'disasters.unknownCommune': {
    vi: 'Không có xã, phường mã {code} thuộc tỉnh.',
    en: 'No commune with code {code} in the province.',
  },
  'disasters.codeTaken': {
    vi: 'Mã đợt thiên tai "{code}" đã được dùng.',
    en: 'The event code "{code}" is already used.',
  },
  'disasters.endBeforeStart': {
    vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
    en: 'The end date must be on or after the start date.',
  },
  'disasters.reportOutsideEvent': {
    vi: 'Ngày báo cáo phải từ ngày bắt đầu đợt thiên tai ({day}) đến hôm nay.',
    en: 'The report date must fall between the event’s start ({day}) and today.',
  },
  'disasters.staleRevision': {
    vi: 'Đã có lần báo cáo mới hơn (lần {revision}); hãy tải lại và nhập trên số liệu mới nhất.',
    en: 'A newer report exists (revision {revision}); reload and revise the latest figures.',
  },
  'disasters.stale': {
    vi: 'Đợt thiên tai đã được người khác thay đổi; hãy tải lại.',
    en: 'Someone else changed the event; reload it.',
  },
  'disasters.unknownFigure': {
    vi: 'Không có chỉ tiêu thiệt hại mã "{code}".',
    en: 'There is no damage indicator "{code}".',
  },
  'disasters.negative': {
    vi: 'Số liệu không được âm.',
    en: 'Figures cannot be negative.',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'disasters.plain.0': {
    vi: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.',
    en: 'The end date must be on or after the start date.',
  },
  'disasters.plain.1': {
    vi: 'Sự kiện đã được người khác thay đổi; vui lòng tải lại.',
    en: 'The event changed since it was read.',
  },
  'disasters.plain.2': {
    vi: 'Ngày báo cáo nằm ngoài thời gian của sự kiện.',
    en: 'The report date is outside the event.',
  },
  'disasters.plain.3': {
    vi: 'Kịch bản đã được người khác thay đổi; vui lòng tải lại.',
    en: 'The scenario changed since it was read.',
  },
});
