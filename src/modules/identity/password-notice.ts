import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { enqueueNotification } from '../../platform/notify/index.js';
import type { UserView } from './load-user.js';

/**
 * Tell an account's owner that an administrator set a new password (issue 18 §3), by email and by SMS when the
 * account has them, through the outbox in the reset's transaction. Returns the channels used, for the audit.
 * The notice carries no password: the administrator hands that over by another way.
 */
export async function noticePasswordReset(tx: Executor, ctx: Ctx, user: UserView): Promise<string[]> {
  const by = ctx.actor.kind === 'user' ? ctx.actor.displayName : 'tinhso';
  const at = ctx.now.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  const body =
    `Mật khẩu tài khoản ${user.username} vừa được ${by} đặt lại lúc ${at}. ` +
    'Bạn sẽ phải đổi mật khẩu khi đăng nhập. Nếu bạn không yêu cầu việc này, hãy báo ngay cho quản trị viên.';
  const base = {
    topic: 'user.password_reset',
    provinceCode: user.homeProvinceCode === 'VN' ? null : user.homeProvinceCode,
    entityId: user.id,
    body,
  };
  const key = `user:${user.id}:password_reset:${user.version}`;
  const sent: string[] = [];
  if (user.email) {
    const queued = await enqueueNotification(
      tx,
      {
        ...base,
        channel: 'email',
        to: user.email,
        subject: 'tinhso — mật khẩu đã được đặt lại',
        dedupeKey: `${key}:email`,
      },
      ctx.now,
    );
    if (queued.ok) sent.push('email');
  }
  if (user.phone) {
    const queued = await enqueueNotification(
      tx,
      { ...base, channel: 'sms', to: user.phone, dedupeKey: `${key}:sms` },
      ctx.now,
    );
    if (queued.ok) sent.push('sms');
  }
  return sent;
}
