/**
 * Thông báo cho người nộp — the notices an applicant receives by e-mail and, where a number is given and SMS is
 * configured, by SMS (RULES.md §1.2: an online dossier that is incomplete or refused gets ONE notice with the
 * reasons and full guidance; the receipt and appointment; a new due date after an apology; the result). Written
 * to the platform outbox in the same transaction as the transition, so a notice goes out only if it commits.
 */
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { enqueueNotification } from '../../platform/notify/index.js';
import type { Draft } from './draft.js';
import type { Applicant } from './model.js';

const local = (at: unknown) =>
  typeof at === 'string' || at instanceof Date
    ? new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false })
    : '';

function message(d: Draft, type: string, payload: Record<string, unknown>): string | undefined {
  const code = d.row.code ?? '';
  const what = `hồ sơ ${code ? `${code} ` : ''}(${d.row.procedureName})`;
  const list = (key: string) =>
    Array.isArray(payload[key]) ? (payload[key] as string[]).map((x, i) => `${i + 1}. ${x}`).join('\n') : '';
  const tracking = `Tra cứu tại mục “Tra cứu hồ sơ” với ${d.row.code ? `mã số hồ sơ ${d.row.code}` : `số tham chiếu ${d.row.submissionRef ?? ''}`} và mã bí mật ${d.row.trackingSecret ?? ''}.`;
  switch (type) {
    case 'submitted':
      // Issue 15 §3: the applicant can follow an online dossier from the first minute, before it has a code.
      if (d.row.channel !== 'online') return undefined;
      return `Đã nhận hồ sơ nộp trực tuyến (${d.row.procedureName}). ${tracking} Mã số hồ sơ sẽ được cấp khi cơ quan tiếp nhận.`;
    case 'received':
      return `Đã tiếp nhận ${what}. Hẹn trả kết quả: ${local(payload.appointmentAt)}. ${tracking}`;
    case 'reception_supplement_requested':
    case 'supplement_requested':
      return `Yêu cầu bổ sung ${what}, một lần đầy đủ các nội dung sau:\n${list('missing')}`;
    case 'rejected':
      return `Từ chối tiếp nhận ${what}. Lý do:\n${list('reasons')}`;
    case 'refused':
      return `Từ chối giải quyết ${what}. Lý do:\n${list('reasons')}`;
    case 'extended':
      return `Cơ quan giải quyết xin lỗi vì chậm trả kết quả ${what}. Ngày hẹn mới: ${local(payload.newDueAt)}. Lý do: ${String(payload.reason ?? '')}`;
    case 'approved':
      return `Đã có kết quả giải quyết ${what}.`;
    case 'stopped':
      return `Dừng giải quyết ${what}. Lý do: ${String(payload.reason ?? '')}`;
    default:
      return undefined;
  }
}

/** Queue the applicant's notices of a write; histories the system writes in bulk (demo, imports) notify nobody. */
export async function queueNotices(tx: Executor, ctx: Ctx, drafts: Draft[]): Promise<void> {
  if (ctx.actor.kind === 'system') return;
  for (const d of drafts) {
    const applicant = d.row.applicant as Applicant;
    for (const event of d.newEvents) {
      const body = message(d, event.type, event.payload as Record<string, unknown>);
      if (!body) continue;
      const base = {
        topic: `dossier.${event.type}`,
        provinceCode: d.row.provinceCode,
        entityId: d.row.id,
        body,
      };
      const key = `dossier:${d.row.id}:${event.type}:${d.row.version}`;
      if (applicant.email)
        await enqueueNotification(
          tx,
          {
            ...base,
            channel: 'email',
            to: applicant.email,
            subject: `tinhso — ${d.row.procedureName}`,
            dedupeKey: `${key}:email`,
          },
          ctx.now,
        );
      if (applicant.phone)
        await enqueueNotification(
          tx,
          {
            ...base,
            channel: 'sms',
            to: applicant.phone,
            body: body.slice(0, 1000),
            dedupeKey: `${key}:sms`,
          },
          ctx.now,
        );
    }
  }
}
