/**
 * Wording of the demo province's feedback (Cao Bằng, 04): what people there write about — mountain roads and
 * landslides, land certificates and site clearance for the Đồng Đăng – Trà Lĩnh expressway, clean water,
 * schools and health stations, tourism at Thác Bản Giốc — and how agencies answer. Invented people; the
 * numbers in the texts are made up and unreachable (the redaction removes them anyway).
 */
import type { Field } from './model.js';

export interface PaknTemplate {
  field: Field;
  title: string;
  content: string;
  answer: string;
  /** The matter happens in a commune (routed to its People's Committee when the field allows). */
  local: boolean;
}

export const PAKN_TEMPLATES: readonly PaknTemplate[] = [
  {
    field: 'transport',
    title: 'Sạt lở taluy dương trên tuyến đường liên xã',
    content:
      'Sau mưa lớn, taluy dương trên tuyến đường liên xã bị sạt lở, đất đá tràn xuống mặt đường, xe máy đi lại rất nguy hiểm. Đề nghị cơ quan chức năng sớm khắc phục và cắm biển cảnh báo.',
    answer:
      'Ủy ban nhân dân xã đã huy động máy xúc dọn đất đá, cắm biển cảnh báo tại điểm sạt lở và đề nghị Sở Xây dựng bố trí kinh phí xử lý lâu dài trong kế hoạch năm sau.',
    local: true,
  },
  {
    field: 'transport',
    title: 'Mặt đường tỉnh lộ xuống cấp, nhiều ổ gà',
    content:
      'Đoạn tỉnh lộ qua trung tâm xã có nhiều ổ gà sâu, mùa mưa đọng nước, đã xảy ra va chạm giao thông. Kính đề nghị sửa chữa mặt đường.',
    answer:
      'Sở Xây dựng đã giao đơn vị quản lý đường bộ vá ổ gà trong tháng; đoạn tuyến được đưa vào danh mục sửa chữa định kỳ.',
    local: false,
  },
  {
    field: 'land',
    title: 'Chậm cấp giấy chứng nhận quyền sử dụng đất',
    content:
      'Gia đình tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại bộ phận một cửa đã quá hạn hẹn trả nhưng chưa nhận được kết quả. Đề nghị cho biết lý do và thời gian trả.',
    answer:
      'Hồ sơ phải đo đạc lại do sai lệch ranh giới với thửa liền kề; đã hoàn thành trích đo, giấy chứng nhận được trả trong tuần này. Cơ quan xin lỗi ông, bà về sự chậm trễ.',
    local: true,
  },
  {
    field: 'land',
    title: 'Kiến nghị về đơn giá bồi thường giải phóng mặt bằng tuyến cao tốc',
    content:
      'Các hộ dân bị thu hồi đất làm cao tốc Đồng Đăng – Trà Lĩnh kiến nghị xem xét lại đơn giá bồi thường cây trồng và tài sản trên đất vì thấp hơn giá thị trường.',
    answer:
      'Đơn giá bồi thường áp dụng theo quyết định của Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Môi trường đã rà soát, bổ sung hỗ trợ ổn định đời sống cho các hộ đủ điều kiện theo quy định.',
    local: true,
  },
  {
    field: 'environment',
    title: 'Rác thải tồn đọng tại điểm tập kết đầu bản',
    content:
      'Điểm tập kết rác đầu bản nhiều ngày không được thu gom, bốc mùi, ảnh hưởng đến sinh hoạt của người dân. Đề nghị tăng tần suất thu gom.',
    answer: 'Đơn vị thu gom đã xử lý rác tồn đọng và bố trí lịch thu gom 3 lần mỗi tuần tại điểm tập kết.',
    local: true,
  },
  {
    field: 'environment',
    title: 'Nước thải chăn nuôi chảy ra suối',
    content:
      'Một trang trại chăn nuôi lợn xả nước thải chưa qua xử lý ra suối, nước suối đục và có mùi hôi, người dân phía hạ lưu không dùng được.',
    answer:
      'Đoàn kiểm tra đã lập biên bản, yêu cầu cơ sở dừng xả thải và cải tạo hệ thống xử lý; sẽ kiểm tra lại sau 30 ngày.',
    local: true,
  },
  {
    field: 'construction',
    title: 'Công trình xây dựng lấn chiếm hành lang an toàn đường bộ',
    content:
      'Một hộ dân đang xây dựng nhà lấn ra hành lang an toàn đường bộ, che khuất tầm nhìn tại khúc cua. Đề nghị kiểm tra, xử lý.',
    answer: 'Ủy ban nhân dân xã đã kiểm tra, yêu cầu dừng thi công và tự tháo dỡ phần lấn chiếm.',
    local: true,
  },
  {
    field: 'administrative_procedure',
    title: 'Đề nghị đơn giản hóa thành phần hồ sơ đăng ký hộ kinh doanh',
    content:
      'Thủ tục đăng ký hộ kinh doanh yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư. Kiến nghị bỏ yêu cầu này để giảm giấy tờ cho người dân.',
    answer:
      'Văn phòng Ủy ban nhân dân tỉnh ghi nhận kiến nghị, đã tổng hợp đề xuất cắt giảm thành phần hồ sơ gửi bộ quản lý; trong khi chờ, bộ phận một cửa khai thác dữ liệu dân cư thay cho bản sao.',
    local: false,
  },
  {
    field: 'administrative_procedure',
    title: 'Cổng dịch vụ công báo lỗi khi thanh toán lệ phí',
    content:
      'Khi nộp hồ sơ trực tuyến và thanh toán lệ phí, hệ thống báo lỗi nhưng tài khoản vẫn bị trừ tiền. Đề nghị kiểm tra và hoàn tiền.',
    answer:
      'Giao dịch đã được đối soát; khoản thanh toán được ghi nhận cho hồ sơ, người dân không phải nộp lại.',
    local: false,
  },
  {
    field: 'health',
    title: 'Trạm y tế xã thiếu thuốc bảo hiểm y tế',
    content:
      'Người dân đến trạm y tế xã khám bảo hiểm y tế thường được báo hết thuốc, phải tự mua ngoài. Đề nghị bảo đảm cung ứng thuốc.',
    answer:
      'Sở Y tế đã chỉ đạo trung tâm y tế khu vực điều chuyển thuốc cho trạm và bổ sung vào kế hoạch đấu thầu quý tới.',
    local: false,
  },
  {
    field: 'education',
    title: 'Điểm trường lẻ xuống cấp, dột nát',
    content:
      'Điểm trường lẻ của bản có mái tôn thủng, mùa mưa dột, học sinh phải học ghép trong phòng chật. Đề nghị sửa chữa trước năm học mới.',
    answer: 'Sở Giáo dục và Đào tạo đã bố trí kinh phí sửa mái và bàn ghế cho điểm trường trước khai giảng.',
    local: false,
  },
  {
    field: 'labour_social',
    title: 'Chậm chi trả trợ cấp xã hội hằng tháng',
    content:
      'Người cao tuổi trong bản chưa nhận được trợ cấp xã hội hai tháng gần đây. Đề nghị cho biết lý do và sớm chi trả.',
    answer:
      'Khoản trợ cấp đã được chi trả bổ sung qua bưu điện; nguyên nhân là chậm cập nhật danh sách sau sắp xếp đơn vị hành chính.',
    local: true,
  },
  {
    field: 'culture_tourism',
    title: 'Thu phí trông giữ xe không đúng quy định tại khu du lịch',
    content:
      'Tại bãi xe gần khu du lịch thác Bản Giốc, người trông xe thu phí cao hơn mức niêm yết và không đưa vé. Đề nghị kiểm tra.',
    answer: 'Đoàn kiểm tra liên ngành đã xử phạt cơ sở trông giữ xe và yêu cầu niêm yết, thu đúng giá.',
    local: true,
  },
  {
    field: 'industry_trade',
    title: 'Mất điện kéo dài không thông báo trước',
    content:
      'Khu vực bản thường xuyên mất điện nhiều giờ mà không có thông báo, ảnh hưởng sản xuất và sinh hoạt.',
    answer:
      'Sở Công Thương đã đề nghị điện lực thông báo lịch cắt điện trước 5 ngày và thay thế máy biến áp quá tải của khu vực.',
    local: false,
  },
  {
    field: 'staff_conduct',
    title: 'Cán bộ một cửa hướng dẫn hồ sơ nhiều lần',
    content:
      'Tôi nộp hồ sơ tại bộ phận một cửa và bị yêu cầu bổ sung ba lần, mỗi lần một loại giấy tờ khác nhau. Đề nghị chấn chỉnh.',
    answer:
      'Ủy ban nhân dân đã kiểm điểm công chức tiếp nhận, nhắc lại nguyên tắc hướng dẫn một lần, đầy đủ và xin lỗi công dân.',
    local: true,
  },
  {
    field: 'justice',
    title: 'Đề nghị hướng dẫn đăng ký khai sinh quá hạn',
    content:
      'Con tôi sinh tại nhà, đến nay quá hạn đăng ký khai sinh. Đề nghị hướng dẫn thủ tục và giấy tờ cần chuẩn bị.',
    answer:
      'Công chức tư pháp – hộ tịch đã hướng dẫn thủ tục đăng ký khai sinh, gia đình đã được cấp giấy khai sinh.',
    local: true,
  },
  {
    field: 'finance',
    title: 'Thắc mắc về mức thu lệ phí trước bạ',
    content: 'Đề nghị giải thích cách tính lệ phí trước bạ khi đăng ký xe máy cũ mua lại.',
    answer:
      'Sở Tài chính đã trả lời cách tính theo giá tính lệ phí trước bạ và tỷ lệ chất lượng còn lại của tài sản.',
    local: false,
  },
  {
    field: 'other',
    title: 'Đề nghị lắp đèn chiếu sáng đường vào bản',
    content: 'Đường vào bản dài khoảng 2 km không có đèn chiếu sáng, người dân đi lại ban đêm khó khăn.',
    answer: 'Ủy ban nhân dân xã đưa hạng mục đèn chiếu sáng vào kế hoạch nông thôn mới năm tới.',
    local: true,
  },
];

export interface CaseTemplate {
  field: Field;
  title: string;
  content: string;
  answer: string;
}

export const COMPLAINT_TEMPLATES: readonly CaseTemplate[] = [
  {
    field: 'land',
    title: 'Khiếu nại quyết định thu hồi đất',
    content:
      'Tôi khiếu nại quyết định thu hồi đất của Ủy ban nhân dân vì diện tích thu hồi lớn hơn diện tích thực tế bị ảnh hưởng bởi dự án.',
    answer: 'Giữ nguyên quyết định thu hồi đất; điều chỉnh diện tích bồi thường theo kết quả đo đạc lại.',
  },
  {
    field: 'land',
    title: 'Khiếu nại phương án bồi thường, hỗ trợ',
    content:
      'Tôi không đồng ý với phương án bồi thường vì chưa tính hỗ trợ chuyển đổi nghề nghiệp cho gia đình.',
    answer: 'Công nhận một phần nội dung khiếu nại; bổ sung hỗ trợ chuyển đổi nghề nghiệp theo quy định.',
  },
  {
    field: 'construction',
    title: 'Khiếu nại quyết định xử phạt vi phạm hành chính trong xây dựng',
    content:
      'Tôi khiếu nại quyết định xử phạt vì công trình đã có giấy phép, phần bị cho là vi phạm nằm trong ranh giới được phép.',
    answer: 'Hủy quyết định xử phạt do xác định công trình xây dựng đúng giấy phép.',
  },
  {
    field: 'labour_social',
    title: 'Khiếu nại việc không đưa vào danh sách hộ nghèo',
    content: 'Gia đình tôi đủ tiêu chí hộ nghèo nhưng không được đưa vào danh sách rà soát cuối năm.',
    answer: 'Không công nhận nội dung khiếu nại; gia đình có thu nhập vượt chuẩn theo kết quả rà soát.',
  },
];

export const DENUNCIATION_TEMPLATES: readonly CaseTemplate[] = [
  {
    field: 'staff_conduct',
    title: 'Tố cáo cán bộ địa chính gây khó khăn, đòi tiền khi làm hồ sơ đất',
    content:
      'Tôi tố cáo cán bộ địa chính yêu cầu nộp thêm tiền ngoài lệ phí mới giải quyết hồ sơ đăng ký biến động đất đai.',
    answer:
      'Kết luận nội dung tố cáo đúng một phần; kiến nghị xử lý kỷ luật cán bộ và hoàn trả khoản thu sai.',
  },
  {
    field: 'finance',
    title: 'Tố cáo sai phạm trong sử dụng kinh phí hỗ trợ sản xuất',
    content: 'Tôi tố cáo việc chia kinh phí hỗ trợ giống cây trồng không đúng đối tượng, có hộ nhận hai lần.',
    answer:
      'Kết luận tố cáo đúng; yêu cầu thu hồi kinh phí chi sai và kiểm điểm trách nhiệm người liên quan.',
  },
  {
    field: 'construction',
    title: 'Tố cáo nhà thầu thi công sai thiết kế kè chống sạt lở',
    content:
      'Tôi tố cáo nhà thầu thi công kè chống sạt lở dùng vật liệu không đúng thiết kế, có sự bao che của cán bộ giám sát.',
    answer: 'Kết luận tố cáo đúng một phần; yêu cầu nhà thầu thi công lại hạng mục và xử lý cán bộ giám sát.',
  },
];

export const DEMO_PEOPLE: readonly string[] = [
  'Nông Văn Hùng',
  'Hoàng Thị Mai',
  'Đàm Văn Thắng',
  'Lương Thị Huệ',
  'Bế Văn Dũng',
  'Lục Thị Hạnh',
  'Triệu Văn Sơn',
  'Nguyễn Thị Thu',
  'Hà Văn Khải',
  'Sầm Thị Lan',
  'La Văn Tuấn',
  'Mã Thị Nga',
];
