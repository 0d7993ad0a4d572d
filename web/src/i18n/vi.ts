/**
 * Vietnamese, the default language. Every visible string of the app is here or in the area files it takes in
 * (`areas/*.ts`, each with its English beside it); `en.ts` has the same keys.
 */
import { accountVi } from './areas/account';
import { auditVi } from './areas/audit';
import { calendarVi } from './areas/calendar';
import { disastersVi, staffingVi } from './areas/communes';
import { communesEditVi } from './areas/communes-edit';
import { confirmVi } from './areas/confirm';
import { dossiersVi } from './areas/dossiers';
import { eformsVi } from './areas/eforms';
import { feedbackVi } from './areas/feedback';
import { frontVi } from './areas/front';
import { identityVi } from './areas/identity';
import { investmentVi } from './areas/investment';
import { oversightVi } from './areas/oversight';
import { proceduresVi } from './areas/procedures';
import { receptionVi } from './areas/reception';
import { reportsVi } from './areas/reports';
import { resultsVi } from './areas/results';
import { signaturesVi } from './areas/signatures';
import { targetsVi } from './areas/targets';
import { unitsVi } from './areas/units';
import { usersVi } from './areas/users';
import type { Widen } from './widen';

const vi = {
  app: {
    name: 'tinhso',
    fullName: 'Tỉnh số',
    pageTitle: '{{page}} · tinhso',
    footer: 'tinhso {{version}} · phần mềm mã nguồn mở',
  },
  language: {
    switchTo: 'English',
    switchHint: 'Chuyển giao diện sang tiếng Anh',
  },
  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    backHome: 'Về trang chủ',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    close: 'Đóng',
    chart: {
      view: 'Xem {{name}} dưới dạng',
      chart: 'Biểu đồ',
      table: 'Bảng',
      tableOf: 'Bảng số liệu: {{name}}',
    },
  },
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    openMenu: 'Mở menu',
    closeMenu: 'Đóng menu',
    menuTitle: 'Menu',
  },
  user: {
    menu: 'Tài khoản {{name}}',
    signOut: 'Đăng xuất',
    myAccount: 'Tài khoản của tôi',
    signOutFailed: 'Không đăng xuất được. Vui lòng thử lại.',
  },
  roles: {
    system_admin: 'Quản trị hệ thống',
    provincial_leader: 'Lãnh đạo tỉnh',
    unit_leader: 'Lãnh đạo đơn vị',
    specialist: 'Chuyên viên',
    counter_clerk: 'Cán bộ tiếp nhận một cửa',
    citizen: 'Công dân',
  },
  login: {
    title: 'Đăng nhập',
    intro: 'Đăng nhập để làm việc trên hệ thống dịch vụ công và điều hành của tỉnh.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    usernameRequired: 'Vui lòng nhập tên đăng nhập.',
    passwordRequired: 'Vui lòng nhập mật khẩu.',
    submit: 'Đăng nhập',
    errors: {
      invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      invalidCredentialsHelp:
        'Nếu bạn chắc đã nhập đúng, có thể tài khoản đang tạm khóa do đăng nhập sai nhiều lần: hãy thử lại sau 15 phút hoặc liên hệ quản trị viên.',
      locked: 'Có quá nhiều lần đăng nhập sai từ máy này.',
      lockedRetry: 'Bạn có thể thử lại sau khoảng {{minutes}} phút.',
      invalidInput: 'Thông tin đăng nhập chưa hợp lệ.',
      failed: 'Không đăng nhập được.',
    },
    demo: {
      title: 'Tài khoản dùng thử',
      intro:
        'Đây là bản trình diễn. Chọn một tên đăng nhập để điền vào ô phía trên. Mật khẩu được in trên màn hình console của máy chủ khi khởi động và trong tệp README.',
      username: 'Tên đăng nhập',
      role: 'Vai trò',
    },
  },
  home: {
    functions: 'Chức năng',
    noRole: {
      title: 'Tài khoản chưa được phân vai trò',
      description: 'Vui lòng liên hệ quản trị hệ thống của đơn vị để được cấp vai trò.',
    },
    system_admin: {
      title: 'Quản trị hệ thống',
      intro: 'Quản lý người dùng và vai trò, danh mục dùng chung, và kiểm tra nhật ký của hệ thống.',
    },
    provincial_leader: {
      title: 'Điều hành toàn tỉnh',
      intro:
        'Các bảng theo dõi của tỉnh: giải quyết thủ tục hành chính, nhiệm vụ được giao, chỉ tiêu và đầu tư công.',
    },
    unit_leader: {
      title: 'Điều hành đơn vị',
      intro: 'Hồ sơ và nhiệm vụ của đơn vị bạn phụ trách, việc nào đúng hạn, việc nào sắp trễ.',
    },
    specialist: {
      title: 'Công việc của tôi',
      intro: 'Hồ sơ được phân công cho bạn, sắp xếp theo hạn xử lý.',
    },
    counter_clerk: {
      title: 'Quầy tiếp nhận và trả kết quả',
      intro: 'Tiếp nhận hồ sơ của người dân, doanh nghiệp và theo dõi hồ sơ đã nhận trong ngày.',
    },
    citizen: {
      title: 'Dịch vụ công của tôi',
      intro: 'Tra cứu thủ tục, theo dõi hồ sơ đã nộp và gửi phản ánh, kiến nghị.',
    },
  },
  areas: {
    users: {
      title: 'Người dùng và vai trò',
      description: 'Tài khoản cán bộ, công dân và vai trò theo từng đơn vị.',
    },
    audit: {
      title: 'Nhật ký truy vết',
      description: 'Xem và kiểm chứng chuỗi nhật ký ghi lại mọi thay đổi dữ liệu.',
    },
    signatures: {
      title: 'Chữ ký số',
      description: 'Khóa ký số của cán bộ và các chứng thư gốc được tin cậy.',
    },
    referenceData: {
      title: 'Danh mục dùng chung',
      description: 'Đơn vị hành chính, cơ quan, lịch làm việc và các danh mục khác.',
    },
    calendar: {
      title: 'Lịch làm việc',
      description: 'Ngày nghỉ lễ, tết, ngày làm bù theo từng năm và công cụ tính hạn giải quyết.',
    },
    apiDocs: {
      title: 'Tài liệu API',
      description: 'Mô tả OpenAPI của các dịch vụ tinhso.',
    },
    servicePerformance: {
      title: 'Kết quả giải quyết thủ tục',
      description: 'Tỷ lệ đúng hạn, trễ hạn và mức độ hài lòng theo đơn vị và kỳ báo cáo.',
    },
    oversight: {
      title: 'Theo dõi nhiệm vụ',
      description: 'Kết luận, nhiệm vụ giao các cơ quan và tiến độ thực hiện.',
    },
    targets: {
      title: 'Chỉ tiêu phát triển',
      description: 'Chỉ tiêu theo nghị quyết, giá trị từng kỳ và mức độ đạt.',
    },
    staffing: {
      title: 'Biên chế và cơ sở vật chất cấp xã',
      description:
        'Biên chế theo vị trí việc làm, công chức có mặt, trình độ và cơ sở vật chất so với định mức.',
    },
    disasters: {
      title: 'Thiệt hại do thiên tai',
      description:
        'Đợt thiên tai, báo cáo thiệt hại của xã, tổng hợp toàn tỉnh và nhiệm vụ khắc phục hậu quả.',
    },
    investment: {
      title: 'Đầu tư công',
      description: 'Kế hoạch vốn, giải ngân theo tháng và đề nghị kéo dài thời gian.',
    },
    unitDossiers: {
      title: 'Hồ sơ của đơn vị',
      description: 'Hồ sơ đang xử lý, sắp đến hạn và quá hạn tại đơn vị.',
    },
    unitTasks: {
      title: 'Nhiệm vụ của đơn vị',
      description: 'Nhiệm vụ được giao cho đơn vị và tiến độ thực hiện.',
    },
    workQueue: {
      title: 'Hồ sơ cần xử lý',
      description: 'Hàng đợi công việc của tôi, theo thứ tự hạn xử lý.',
    },
    receiveDossier: {
      title: 'Tiếp nhận hồ sơ',
      description: 'Kiểm tra thành phần hồ sơ, tiếp nhận và cấp mã hồ sơ.',
    },
    todayReceipts: {
      title: 'Hồ sơ tiếp nhận hôm nay',
      description: 'Danh sách hồ sơ đã tiếp nhận trong ngày tại quầy.',
    },
    findProcedure: {
      title: 'Tra cứu thủ tục hành chính',
      description: 'Tìm thủ tục, thành phần hồ sơ, phí, lệ phí và thời hạn giải quyết.',
    },
    procedureCatalogue: {
      title: 'Danh mục thủ tục của tỉnh',
      description: 'Công bố thủ tục, cơ quan giải quyết, nơi tiếp nhận, phí, lệ phí và quy trình nội bộ.',
    },
    myDossiers: {
      title: 'Hồ sơ của tôi',
      description: 'Các hồ sơ bạn đã nộp và tình trạng giải quyết.',
    },
    trackDossier: {
      title: 'Tra cứu hồ sơ theo mã',
      description: 'Nhập mã hồ sơ để xem tình trạng giải quyết.',
    },
    feedback: {
      title: 'Phản ánh, kiến nghị của tôi',
      description: 'Gửi và theo dõi phản ánh, kiến nghị, khiếu nại, tố cáo; xem kết quả đã công khai.',
    },
    feedbackQueue: {
      title: 'Xử lý phản ánh, đơn thư',
      description: 'Phản ánh, kiến nghị, khiếu nại, tố cáo của đơn vị, theo thời hạn luật định.',
    },
    reception: {
      title: 'Tiếp công dân',
      description: 'Lịch tiếp của lãnh đạo, sổ tiếp công dân, chuyển thành vụ việc và báo cáo định kỳ.',
    },
    signInSecurity: {
      title: 'Quản trị đăng nhập',
      description: 'Vai trò bắt buộc xác thực hai lớp và các nhà cung cấp định danh (VNeID, OpenID Connect).',
    },
    feedbackReport: {
      title: 'Báo cáo phản ánh, đơn thư',
      description: 'Số lượng, thay đổi so với kỳ trước, tỷ lệ đúng hạn và chỉ số 766 (5.2, 5.3).',
    },
  },
  notReady: {
    title: 'Chức năng đang được xây dựng',
    description:
      'Phần “{{area}}” chưa hoàn thành. Chúng tôi không hiển thị số liệu giả; chức năng sẽ có tại đây khi sẵn sàng.',
  },
  forbidden: {
    title: 'Bạn không có quyền truy cập',
    description: 'Các vai trò hiện tại của bạn không sử dụng chức năng “{{area}}”.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.',
  },
  errors: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    server: 'Máy chủ gặp lỗi (mã {{status}}). Vui lòng thử lại sau.',
    unexpected: 'Đã xảy ra lỗi không mong muốn.',
    sessionTitle: 'Không kiểm tra được phiên đăng nhập',
    pageTitle: 'Trang gặp lỗi',
    requestFailed: 'Không thực hiện được',
  },
  account: accountVi,
  identity: identityVi,
  adminUsers: usersVi,
  audit: auditVi,
  signatures: signaturesVi,
  front: frontVi,
  eforms: eformsVi,
  results: resultsVi,
  dossiers: dossiersVi,
  confirm: confirmVi,
  calendar: calendarVi,
  feedback: feedbackVi,
  investment: investmentVi,
  staffing: staffingVi,
  disasters: disastersVi,
  communesEdit: communesEditVi,
  oversight: oversightVi,
  procedures: proceduresVi,
  reports: reportsVi,
  targets: targetsVi,
  units: unitsVi,
  reception: receptionVi,
} as const;

export type Messages = Widen<typeof vi>;

export default vi;
