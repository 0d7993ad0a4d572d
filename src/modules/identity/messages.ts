/** What the identity module tells a person about single sign-on and second factors, in Vietnamese and English. */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'identity.stepUpRequired': {
    vi: 'Thao tác này cần xác thực lại bằng yếu tố thứ hai (mã từ ứng dụng xác thực hoặc khóa bảo mật).',
    en: 'This action needs your second factor again (a code from your authenticator app or your security key).',
  },
  'identity.enrolmentRequired': {
    vi: 'Vai trò của bạn bắt buộc xác thực hai yếu tố. Hãy đăng ký ứng dụng xác thực hoặc khóa bảo mật trước.',
    en: 'Your role requires two-factor authentication. Enrol an authenticator app or a security key first.',
  },
  'identity.wrongCode': {
    vi: 'Mã không đúng hoặc đã được dùng. Hãy nhập mã mới từ ứng dụng xác thực, hoặc một mã khôi phục.',
    en: 'The code is wrong or was already used. Enter a new code from your authenticator app, or a recovery code.',
  },
  'identity.tooManyCodes': {
    vi: 'Nhập sai quá nhiều lần: phiên đăng nhập đã kết thúc. Hãy đăng nhập lại.',
    en: 'Too many wrong codes: this sign-in has ended. Sign in again.',
  },
  'identity.noPendingEnrolment': {
    vi: 'Không có đăng ký ứng dụng xác thực nào đang chờ xác nhận. Hãy bắt đầu lại.',
    en: 'No authenticator enrolment is waiting to be confirmed. Start again.',
  },
  'identity.securityKeyRefused': {
    vi: 'Khóa bảo mật hoặc passkey không được chấp nhận. Hãy thử lại bằng khóa đã đăng ký, hoặc nhập mã.',
    en: 'The security key or passkey was not accepted. Try again with the one you registered, or enter a code.',
  },
  'identity.secondFactorFirst': {
    vi: 'Hãy xác thực bằng yếu tố thứ hai đã đăng ký trước khi thêm yếu tố mới.',
    en: 'Give the second factor you enrolled before adding a new one.',
  },
  'identity.securityKeyNotRegistered': {
    vi: 'Không đăng ký được khóa bảo mật hoặc passkey. Hãy thử lại.',
    en: 'The security key or passkey could not be registered. Try again.',
  },
  'identity.securityKeyAlreadyRegistered': {
    vi: 'Khóa bảo mật hoặc passkey này đã được đăng ký rồi.',
    en: 'This security key or passkey is already registered.',
  },
  'identity.noSecurityKey': {
    vi: 'Tài khoản chưa đăng ký khóa bảo mật hay passkey nào. Hãy nhập mã từ ứng dụng xác thực.',
    en: 'This account has no security key or passkey. Enter a code from your authenticator app.',
  },
  'identity.providerSlugTaken': {
    vi: 'Tên rút gọn này đã được dùng cho nhà cung cấp định danh khác.',
    en: 'This short name is already used by another identity provider.',
  },
  'identity.providerFromEnvironment': {
    vi: 'Nhà cung cấp này được cấu hình bằng biến môi trường, không sửa được trên giao diện.',
    en: 'This provider is configured by the environment and cannot be changed here.',
  },
  'identity.personalIdTaken': {
    vi: 'Số định danh cá nhân này đã gắn với một tài khoản khác.',
    en: 'This personal identification number is already linked to another account.',
  },
  'identity.cannotGrantOn': {
    vi: 'Không thể cấp quyền tại đơn vị {unit}.',
    en: 'Cannot grant on {unit}: {reason}.',
  },
  'identity.usernameTaken': {
    vi: 'Tên đăng nhập "{username}" đã có người dùng.',
    en: 'The username "{username}" is taken.',
  },
  'identity.unknownHomeUnit': {
    vi: 'Không có đơn vị mã {code} để làm đơn vị của tài khoản.',
    en: 'Unknown home unit {code}.',
  },
  'identity.unknownRole': { vi: 'Không có vai trò "{role}".', en: 'Unknown role "{role}".' },
  'identity.needsHome': {
    vi: 'Tài khoản cần có đơn vị: hãy chọn đơn vị hoặc vai trò đầu tiên.',
    en: 'An account needs a home unit: give one, or a first role.',
  },
  // Field refusals of the account forms; the field error's code is the key, which the web keys on.
  'identity.field.unknownUnit': { vi: 'không có đơn vị nào mang mã này', en: 'unknown unit' },
  'identity.field.unknownAgency': { vi: 'cơ quan không tồn tại', en: 'unknown agency' },
  'identity.field.agencyNotInUnit': {
    vi: 'cơ quan không thuộc đơn vị này',
    en: 'the agency is not in this unit',
  },
  'identity.field.nationalNoAgency': {
    vi: 'quyền cấp quốc gia không gắn với cơ quan',
    en: 'a national grant has no agency',
  },
  'identity.field.invalidUsername': { vi: 'tên đăng nhập không hợp lệ', en: 'invalid username' },
  'identity.field.roleKind': { vi: 'không phù hợp với loại tài khoản', en: 'does not fit the account kind' },
  'identity.field.homeRequired': {
    vi: 'bắt buộc: chọn đơn vị của tài khoản hoặc một vai trò đầu tiên',
    en: 'required: a home unit or a first role',
  },
  // Password policy refusals (password-policy.ts, issue 18 §3); the field error's code is the key.
  'identity.password.tooShort': {
    vi: 'Mật khẩu quá ngắn: cần ít nhất {min} ký tự. Một cụm vài từ là lựa chọn tốt.',
    en: 'A password has at least {min} characters; a few words make a good one.',
  },
  'identity.password.tooLong': {
    vi: 'Mật khẩu quá dài: tối đa {max} ký tự.',
    en: 'A password has at most {max} characters.',
  },
  'identity.password.common': {
    vi: 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ. Hãy chọn mật khẩu khác.',
    en: 'This password is on the list of common or breached passwords. Choose another.',
  },
  'identity.password.containsUsername': {
    vi: 'Mật khẩu không được chứa tên đăng nhập.',
    en: 'A password must not contain the username.',
  },
  'identity.password.tooWeak': {
    vi: 'Mật khẩu quá dễ đoán. Hãy dài hơn, ví dụ ghép vài từ không liên quan với nhau.',
    en: 'This password is too easy to guess. Make it longer, for instance with a few unrelated words.',
  },
  'identity.password.wrong': {
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is not correct.',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'identity.plain.0': {
    vi: 'Mật khẩu này do quản trị viên đặt: vui lòng đổi sang mật khẩu của riêng bạn trước.',
    en: 'An administrator set this password: choose your own at POST /api/v1/auth/password first.',
  },
  'identity.plain.1': {
    vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo yêu cầu); vui lòng tải lại trang.',
    en: 'State-changing requests must send the x-csrf-token header from /api/v1/auth/me.',
  },
  'identity.plain.3': {
    vi: 'Nhập sai mật khẩu quá nhiều lần: tài khoản tạm bị khóa. Vui lòng thử lại sau.',
    en: 'Too many wrong passwords: the account is locked for a while. Try again later.',
  },
  'identity.plain.4': {
    vi: 'Tên đăng nhập dài 3–64 ký tự: chữ a–z, chữ số, dấu chấm, gạch ngang, gạch dưới.',
    en: 'A username is 3–64 characters: letters a–z, digits, dot, dash, underscore.',
  },
  'identity.plain.5': {
    vi: 'Tài khoản cần có đơn vị: hãy chọn đơn vị hoặc vai trò đầu tiên.',
    en: 'An account needs a home unit: give one, or a first role.',
  },
  'identity.plain.6': {
    vi: 'Công dân chỉ có vai trò công dân, và cán bộ không bao giờ có vai trò này.',
    en: 'Citizens hold only the citizen role, and officials never do.',
  },
  'identity.plain.7': {
    vi: 'Bạn chỉ được tạo tài khoản trong phạm vi quản lý của mình.',
    en: 'You may create accounts only within your scope.',
  },
  'identity.plain.8': {
    vi: 'Quyền này nằm ngoài phạm vi quản lý của bạn.',
    en: 'The grant is outside your scope.',
  },
  'identity.plain.9': {
    vi: 'Đơn vị này nằm ngoài phạm vi quản lý của bạn.',
    en: 'The unit is outside your scope.',
  },
  'identity.plain.10': {
    vi: 'Người dùng đã có vai trò này tại đơn vị này.',
    en: 'The user already holds this role on this unit.',
  },
  'identity.plain.11': {
    vi: 'Chỉ quản trị hệ thống cấp quốc gia mới được cấu hình nhà cung cấp định danh.',
    en: 'Only national system administrators configure identity providers.',
  },
  'identity.plain.12': {
    vi: 'Chỉ quản trị hệ thống mới được xem danh sách tài khoản.',
    en: 'Only system administrators list accounts.',
  },
  'identity.plain.13': {
    vi: 'Chỉ quản trị hệ thống cấp quốc gia mới được đặt quy định xác thực hai lớp.',
    en: 'Only national system administrators set the second-factor rules.',
  },
  'identity.plain.14': {
    vi: 'Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng chờ vài phút rồi thử lại.',
    en: 'Too many failed sign-ins from this address. Wait a few minutes and try again.',
  },
  'identity.plain.15': {
    vi: 'Phiên đăng nhập một lần đã kết thúc. Vui lòng bắt đầu lại từ trang đăng nhập.',
    en: 'This single sign-on is no longer under way. Start again from the sign-in page.',
  },
  'identity.plain.16': {
    vi: 'Tài khoản vừa được người khác thay đổi; vui lòng tải lại và thực hiện lại thay đổi.',
    en: 'The account was changed by someone else; reload and apply your change again.',
  },
  'identity.plain.17': {
    vi: 'Bạn chỉ được thay đổi tài khoản trong phạm vi quản lý của mình.',
    en: 'You may change accounts only within your scope.',
  },
  'identity.plain.18': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm bị khóa do đăng nhập sai nhiều lần.',
    en: 'The username or password is not correct, or the account is locked for a while after repeated failed sign-ins.',
  },
});
