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
});
