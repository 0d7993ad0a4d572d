/**
 * Why an upload is refused, in Vietnamese and English (issue 15 §2): one message per refusal reason, the reason
 * being the field error's stable `code` (`too_large`) a client acts on, the message what a person reads.
 */
import { defineMessages, type Message } from '../http/messages.js';

const msg = defineMessages({
  'files.empty': { vi: 'Tệp rỗng, không có nội dung.', en: 'The file is empty.' },
  'files.tooLarge': {
    vi: 'Tệp có dung lượng {sizeVi}; chỉ nhận tệp tối đa {maxVi}.',
    en: 'The file is {size}; at most {max} is accepted.',
  },
  'files.tooLargeStreamed': {
    vi: 'Tệp lớn hơn {maxVi}, dung lượng tối đa được nhận.',
    en: 'The file is larger than {max}, the most accepted.',
  },
  'files.unsupportedType': {
    vi: 'Chỉ nhận tệp PDF, JPEG, PNG và DOCX.',
    en: 'Only PDF, JPEG, PNG and DOCX files are accepted.',
  },
  'files.damaged': {
    vi: 'Tệp bị hỏng hoặc không đúng định dạng như phần đầu tệp cho biết, không mở được.',
    en: 'The file is damaged or is not really the type it starts as, so it cannot be opened.',
  },
  'files.expandsTooMuch': {
    vi: 'Tài liệu khi mở ra lớn bất thường so với kích thước tệp nên bị từ chối.',
    en: 'The document would expand to far more than its size when opened; it is refused.',
  },
  'files.tooManyPixels': {
    vi: 'Ảnh có nhiều điểm ảnh hơn mức một bản quét cần; hãy quét lại ở độ phân giải thấp hơn.',
    en: 'The image has more pixels than any scan needs; scan it at a lower resolution.',
  },
  'files.notMultipart': {
    vi: 'Hãy gửi tệp dưới dạng multipart/form-data.',
    en: 'Send the file as multipart/form-data.',
  },
  'files.noFile': { vi: 'Yêu cầu không có tệp đính kèm.', en: 'The request holds no file.' },
  'files.invalidField': {
    vi: 'Trường «{field}» của biểu mẫu chứa ký tự NUL.',
    en: 'The form field "{field}" contains a NUL character.',
  },
  'files.nameTooLong': {
    vi: 'Tên tệp dài hơn {max} byte; vui lòng đổi tên tệp rồi tải lại.',
    en: 'The file name is longer than {max} bytes; rename the file and try again.',
  },
  'files.nameInvalid': {
    vi: 'Tên tệp chứa ký tự điều khiển hoặc dấu phân cách thư mục (/ hoặc \\); vui lòng đổi tên tệp.',
    en: 'The file name holds a control character or a path separator (/ or \\); rename the file.',
  },
});

export const uploadMessage = msg;
export type { Message };
