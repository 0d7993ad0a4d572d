/** Strings of "My account" (`/account`) and the password rules every password form shows, vi and en side by side. */
import type { Widen } from '../widen';

export const accountVi = {
  title: 'Tài khoản của tôi',
  intro: 'Thông tin tài khoản của bạn và đổi mật khẩu.',
  summary: 'Thông tin tài khoản',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  kind: 'Loại tài khoản',
  homeUnit: 'Đơn vị',
  roles: 'Vai trò',
  noRoles: 'Chưa có vai trò',
  changePassword: 'Đổi mật khẩu',
  mustChange: 'Quản trị viên vừa đặt lại mật khẩu của bạn. Hãy chọn mật khẩu mới của riêng bạn để tiếp tục.',
  mustChangeTitle: 'Cần đổi mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  confirmPassword: 'Nhập lại mật khẩu mới',
  passwordHelp:
    'Ít nhất 8 ký tự, có thể dài đến 256 ký tự, tiếng Việt có dấu và dấu cách đều được. Nên ghép vài từ không liên quan thành một cụm dễ nhớ. Không dùng mật khẩu phổ biến hoặc chứa tên đăng nhập.',
  submit: 'Đổi mật khẩu',
  changed: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.',
  validation: {
    current: 'Vui lòng nhập mật khẩu hiện tại.',
    new: 'Vui lòng nhập mật khẩu mới.',
    confirm: 'Vui lòng nhập lại mật khẩu mới.',
    mismatch: 'Hai lần nhập mật khẩu mới không giống nhau.',
  },
  /** The server's password field messages (issue 18 §3), shown in the UI language. */
  passwordProblem: {
    'too short': 'Mật khẩu quá ngắn: cần ít nhất 8 ký tự. Một cụm vài từ là lựa chọn tốt.',
    'too long': 'Mật khẩu quá dài: tối đa 256 ký tự.',
    common: 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ. Hãy chọn mật khẩu khác.',
    'contains username': 'Mật khẩu không được chứa tên đăng nhập.',
    'too weak': 'Mật khẩu quá dễ đoán. Hãy dài hơn, ví dụ ghép vài từ không liên quan với nhau.',
    'wrong password': 'Mật khẩu hiện tại không đúng.',
  },
  locked: 'Nhập sai mật khẩu quá nhiều lần: tài khoản tạm bị khóa. Vui lòng thử lại sau.',
} as const;

export const accountEn: Widen<typeof accountVi> = {
  title: 'My account',
  intro: 'Your account details, and changing your password.',
  summary: 'Account details',
  username: 'Username',
  displayName: 'Full name',
  kind: 'Account kind',
  homeUnit: 'Unit',
  roles: 'Roles',
  noRoles: 'No roles yet',
  changePassword: 'Change password',
  mustChange: 'An administrator has just reset your password. Choose a new password of your own to continue.',
  mustChangeTitle: 'Password change needed',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'New password again',
  passwordHelp:
    'At least 8 characters, up to 256; accents and spaces are welcome. A few unrelated words make a password that is easy to remember. Common passwords and passwords containing the username are refused.',
  submit: 'Change password',
  changed: 'Password changed. Your other sessions have been signed out.',
  validation: {
    current: 'Please enter your current password.',
    new: 'Please enter a new password.',
    confirm: 'Please enter the new password again.',
    mismatch: 'The two new passwords are not the same.',
  },
  passwordProblem: {
    'too short': 'This password is too short: use at least 8 characters. A few words make a good one.',
    'too long': 'This password is too long: at most 256 characters.',
    common: 'This password is on the list of common or breached passwords. Choose another.',
    'contains username': 'A password must not contain the username.',
    'too weak':
      'This password is too easy to guess. Make it longer, for instance with a few unrelated words.',
    'wrong password': 'The current password is not correct.',
  },
  locked: 'Too many wrong passwords: the account is locked for a while. Please try again later.',
};
