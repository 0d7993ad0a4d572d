/**
 * Strings of the counter's paper checklist and declaration, the forms printed after each outcome, and the
 * confirmations of deliberate actions on dossiers, complaints and denunciations, and conclusions (issue 15 §4–5),
 * Vietnamese and English side by side.
 */
import type { Widen } from '../widen';

export const confirmVi = {
  papers: {
    title: 'Thành phần hồ sơ',
    hint: 'Đánh dấu giấy tờ đã nhận và quét (số hóa) từng giấy tờ (Nghị định 45/2020/NĐ-CP, Quyết định 766/QĐ-TTg). Giấy tờ bắt buộc chưa nhận được ghi vào phiếu yêu cầu bổ sung (mẫu 02).',
    none: 'Thủ tục không quy định thành phần hồ sơ.',
    received: 'Đã nhận',
    receivedOf: 'Đã nhận: {{name}}',
    required: 'Bắt buộc',
    optional: 'Nếu có',
    copies: 'Bản chính / bản sao',
    scan: 'Bản quét',
    scanOf: 'Quét (tải lên bản quét): {{name}}',
    chooseScan: 'Tải bản quét',
    replaceScan: 'Thay bản quét',
    missing: 'Còn thiếu giấy tờ bắt buộc: {{names}}. Hồ sơ chưa đủ — lập phiếu yêu cầu bổ sung (mẫu 02).',
    completeBlocked: 'Chưa nhận đủ giấy tờ bắt buộc nên chưa thể cấp giấy tiếp nhận.',
  },
  declaration: {
    title: 'Nội dung kê khai',
    content: 'Nội dung người nộp kê khai (theo tờ khai)',
    contentKey: 'Nội dung kê khai',
  },
  print: {
    '01': 'In giấy tiếp nhận và hẹn trả kết quả (mẫu 01)',
    '02': 'In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)',
    '03': 'In phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)',
    '04': 'In văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)',
    '05': 'In thông báo dừng giải quyết hồ sơ (mẫu 05)',
    registered02: 'Đã lập phiếu yêu cầu bổ sung cho hồ sơ của {{name}}. Hồ sơ chưa được tiếp nhận.',
    registered03: 'Đã lập phiếu từ chối tiếp nhận hồ sơ của {{name}}.',
    popupBlocked: 'Nếu phiếu không tự mở, bấm vào liên kết để in.',
  },
  applicant: {
    title: 'Người nộp hồ sơ',
    name: 'Họ và tên',
    idNumber: 'Số định danh cá nhân',
    phone: 'Số điện thoại',
    email: 'Thư điện tử',
    address: 'Địa chỉ',
    declared: 'Nội dung kê khai',
    none: 'Không có',
    restricted:
      'Thông tin liên hệ và nội dung kê khai chỉ hiển thị với người nộp và công chức giải quyết hồ sơ.',
  },
  action: {
    question: 'Xác nhận: {{action}}?',
    opinion: 'Ý kiến xử lý',
    opinionHint: 'Ghi vào phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06).',
    forward: 'Hồ sơ được chuyển sang bước tiếp theo của quy trình.',
    approve: 'Phê duyệt và ký kết quả giải quyết hồ sơ bằng chữ ký số của bạn. Không thể hoàn tác.',
    receive:
      'Tiếp nhận hồ sơ: cấp mã hồ sơ, giấy tiếp nhận và hẹn trả kết quả (mẫu 01); thời hạn giải quyết bắt đầu tính.',
    reissue_tracking_secret: 'Cấp mã tra cứu mới; mã cũ không còn dùng được.',
    done: 'Đã thực hiện: {{action}}.',
  },
  feedback: {
    classify: 'Phân loại đơn là phản ánh, kiến nghị và chuyển xử lý.',
    accept:
      'Thụ lý giải quyết: thời hạn giải quyết theo luật bắt đầu tính từ ngày thụ lý; người gửi được thông báo.',
    publish: 'Công khai nội dung trả lời trên trang công khai.',
    confirm: 'Xác nhận',
  },
  conclusion: {
    title: 'Ban hành văn bản?',
    body: 'Ban hành {{kind}} số {{number}} với {{count}} nhiệm vụ. Các cơ quan chủ trì được giao nhiệm vụ và thông báo ngay.',
    ok: 'Ban hành',
    cancel: 'Kiểm tra lại',
  },
};

export const confirmEn: Widen<typeof confirmVi> = {
  papers: {
    title: 'Papers of the dossier',
    hint: 'Tick each paper received and scan (digitise) it (Decree 45/2020/NĐ-CP, Decision 766/QĐ-TTg). Required papers not received go on the supplement request (form 02).',
    none: 'The procedure lists no papers.',
    received: 'Received',
    receivedOf: 'Received: {{name}}',
    required: 'Required',
    optional: 'If any',
    copies: 'Original / copy',
    scan: 'Scan',
    scanOf: 'Scan (upload the scan): {{name}}',
    chooseScan: 'Upload scan',
    replaceScan: 'Replace scan',
    missing:
      'Required papers missing: {{names}}. The dossier is incomplete — issue a supplement request (form 02).',
    completeBlocked: 'Not every required paper was received, so no receipt can be issued yet.',
  },
  declaration: {
    title: 'Declared content',
    content: 'What the applicant declares (from the declaration form)',
    contentKey: 'Declared content',
  },
  print: {
    '01': 'Print the receipt and appointment (form 01)',
    '02': 'Print the supplement request (form 02)',
    '03': 'Print the refusal of reception (form 03)',
    '04': 'Print the apology and new appointment (form 04)',
    '05': 'Print the notice of stopping (form 05)',
    registered02: 'A supplement request was made for {{name}}’s dossier. The dossier is not received yet.',
    registered03: 'The reception of {{name}}’s dossier was refused.',
    popupBlocked: 'If the form does not open by itself, use the link to print it.',
  },
  applicant: {
    title: 'Applicant',
    name: 'Full name',
    idNumber: 'Personal identification number',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Address',
    declared: 'Declared content',
    none: 'None',
    restricted:
      'Contact details and declared content are shown only to the applicant and the officials handling the dossier.',
  },
  action: {
    question: 'Confirm: {{action}}?',
    opinion: 'Opinion',
    opinionHint: 'Written on the process control slip (form 06).',
    forward: 'The dossier moves on to the next step of its workflow.',
    approve: 'Approve and sign the result with your digital signature. This cannot be undone.',
    receive:
      'Receive the dossier: a dossier code, the receipt and appointment (form 01); the processing time starts.',
    reissue_tracking_secret: 'Issue a new tracking secret; the old one stops working.',
    done: 'Done: {{action}}.',
  },
  feedback: {
    classify: 'Classify the letter as feedback or a petition and send it for handling.',
    accept:
      'Accept for resolution: the statutory time runs from the day of acceptance; the sender is notified.',
    publish: 'Publish the answer on the public page.',
    confirm: 'Confirm',
  },
  conclusion: {
    title: 'Issue the document?',
    body: 'Issue {{kind}} no. {{number}} with {{count}} task(s). The lead agencies are assigned and notified at once.',
    ok: 'Issue',
    cancel: 'Check again',
  },
};
