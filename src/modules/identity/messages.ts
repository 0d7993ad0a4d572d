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
    vi: 'Khóa bảo mật không được chấp nhận. Hãy thử lại.',
    en: 'The security key was not accepted. Try again.',
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
