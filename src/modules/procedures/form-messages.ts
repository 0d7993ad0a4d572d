/** What a declaration form tells the person filling it or defining it, in Vietnamese and English. */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'procedures.form.refused': {
    vi: 'Tờ khai chưa hợp lệ: hãy sửa các trường được nêu rồi nộp lại.',
    en: 'The declaration is not valid: correct the fields listed and submit again.',
  },
  'procedures.form.required': { vi: '“{field}” là bắt buộc.', en: '“{field}” is required.' },
  'procedures.form.minLength': {
    vi: '“{field}” cần ít nhất {limit} ký tự.',
    en: '“{field}” needs at least {limit} characters.',
  },
  'procedures.form.maxLength': {
    vi: '“{field}” dài quá {limit} ký tự.',
    en: '“{field}” is longer than {limit} characters.',
  },
  'procedures.form.minimum': {
    vi: '“{field}” không được nhỏ hơn {limit}.',
    en: '“{field}” must not be less than {limit}.',
  },
  'procedures.form.maximum': {
    vi: '“{field}” không được lớn hơn {limit}.',
    en: '“{field}” must not be more than {limit}.',
  },
  'procedures.form.date': {
    vi: '“{field}” phải là một ngày hợp lệ.',
    en: '“{field}” must be a valid date.',
  },
  'procedures.form.format': {
    vi: '“{field}” không đúng định dạng.',
    en: '“{field}” is not in the expected format.',
  },
  'procedures.form.choice': {
    vi: '“{field}” phải là một trong các lựa chọn của tờ khai.',
    en: '“{field}” must be one of the form’s choices.',
  },
  'procedures.form.unknownField': {
    vi: 'Tờ khai không có trường “{field}”.',
    en: 'The form has no field “{field}”.',
  },
  'procedures.form.type': {
    vi: '“{field}” không đúng kiểu dữ liệu.',
    en: '“{field}” has the wrong kind of value.',
  },
  'procedures.form.invalid': { vi: '“{field}” không hợp lệ.', en: '“{field}” is not valid.' },
  'procedures.form.missing': {
    vi: 'Thủ tục này có tờ khai điện tử: hãy điền tờ khai.',
    en: 'This procedure has an e-form: fill in the declaration.',
  },
  'procedures.form.none': {
    vi: 'Thủ tục này không có tờ khai điện tử.',
    en: 'This procedure has no e-form.',
  },
  'procedures.form.mustAccept': {
    vi: 'Cần đánh dấu “{field}”.',
    en: 'Tick “{field}”.',
  },
  'procedures.form.definitionRefused': {
    vi: 'Chưa lưu được tờ khai: hãy sửa các lỗi được nêu.',
    en: 'The form was not saved: correct the errors listed.',
  },
  'procedures.form.templateTitle': {
    vi: 'Mẫu kết quả cần có tên văn bản.',
    en: 'The result template needs a title.',
  },
  'procedures.form.templateField': {
    vi: 'Mẫu kết quả lấy “{label}” từ trường {field} mà tờ khai không có.',
    en: 'The result template reads “{label}” from {field}, which the form does not have.',
  },
  'procedures.form.needsLegalSource': {
    vi: 'Cần ghi căn cứ pháp lý của mẫu tờ khai.',
    en: 'The form’s legal source is required.',
  },
  'procedures.form.schemaNotObject': {
    vi: 'Lược đồ tờ khai phải là một đối tượng (type: object) có các trường (properties).',
    en: 'The form schema must be an object (type: object) with properties.',
  },
  'procedures.form.schemaInvalid': {
    vi: 'Lược đồ tờ khai không hợp lệ: {reason}',
    en: 'The form schema is not valid: {reason}',
  },
  'procedures.form.badPrefill': {
    vi: 'Trường điền sẵn “{field}” không có trong tờ khai hoặc nguồn điền không hợp lệ.',
    en: 'The pre-filled field “{field}” is not in the form or its source is not valid.',
  },
});
