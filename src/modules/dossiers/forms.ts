/**
 * The one-stop forms as PDF (Circular 03/2025/TT-VPCP Appendix I, on A5 per Circular 01/2018 art. 9; RULES.md
 * §1.3): 01 receipt and appointment, 02 supplement request, 03 refusal of reception, 04 apology and new date,
 * 05 notice of stopping, 06 process control slip; and the result document issued at approval. Rendered from the
 * dossier and its events, so a form can be printed again at any time with the same content.
 */
import { encodeQr } from '../../platform/payments/index.js';
import { formatDong, type OfficialDocument, renderPdf, timeAndDate } from '../../platform/pdf/index.js';
import { formatLocal } from '../calendar/index.js';
import type { DossierView } from './dossier-view.js';

export const FORMS = ['01', '02', '03', '04', '05', '06'] as const;
export type FormNo = (typeof FORMS)[number];

const TITLES: Record<FormNo, string> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

const TIMELINESS: Record<string, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

/** "…giờ…phút, ngày…tháng…năm" in Vietnamese time. */
function when(at: Date | string | null | undefined): string {
  if (!at) return '';
  const local = formatLocal(new Date(at).getTime()); // 2025-02-05T17:00:00+07:00
  return timeAndDate(Number(local.slice(11, 13)), Number(local.slice(14, 16)), local.slice(0, 10));
}

function localDay(at: Date | string): string {
  return formatLocal(new Date(at).getTime()).slice(0, 10);
}

/** The event that issued a form (the latest), to print what it said. */
function eventOf(view: DossierView, form: FormNo) {
  return [...view.history].reverse().find((e) => (e.payload as { form?: string } | null)?.form === form);
}

/** Whether the dossier's history holds what the form prints (06 always does once received). */
export function formAvailable(view: DossierView, form: FormNo): boolean {
  if (form === '06') return view.controlSlip.length > 0;
  return eventOf(view, form) !== undefined;
}

/**
 * The public tracking address of a dossier with its code and secret filled in (issue 15 §3): what the QR code on
 * Form 01 opens, so the applicant follows the dossier without typing either.
 */
export function trackingLink(origin: string, code: string, secret: string): string {
  const query = new URLSearchParams({ code, secret });
  return `${origin.replace(/\/$/, '')}/track?${query.toString()}`;
}

export async function renderForm(
  view: DossierView,
  form: FormNo,
  provinceName: string,
  at: Date,
  /** The site the applicant opens (scheme and host), for the tracking QR code of Form 01. */
  origin = '',
): Promise<Buffer> {
  const agency = view.receivingAgency?.name ?? '';
  const issued = eventOf(view, form);
  const payload = (issued?.payload ?? {}) as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(payload[key]) ? (payload[key] as string[]) : []);
  return renderPdf(
    { size: form === '06' ? 'A4' : 'A5', landscape: form === '06', title: TITLES[form], createdAt: at },
    (d) => {
      d.header({
        parentAgency: `UBND ${provinceName}`.toUpperCase(),
        agency,
        place: provinceName.replace(/^Tỉnh /, ''),
        date: localDay(issued?.at ?? at),
      });
      d.title(TITLES[form], view.code ? `Mã hồ sơ: ${view.code}` : undefined);
      d.field('Thủ tục', `${view.procedure.name} (${view.procedure.code})`);
      d.field('Người nộp', view.applicant.name);
      switch (form) {
        case '01':
          d.field('Thời điểm tiếp nhận', when(view.receivedAt));
          d.field('Hẹn trả kết quả', when(view.appointmentAt));
          d.field(
            'Hình thức nhận kết quả',
            { counter: 'Tại Bộ phận Một cửa', online: 'Trực tuyến', post: 'Qua dịch vụ bưu chính công ích' }[
              view.resultMethod
            ] ?? view.resultMethod,
          );
          if (view.feeTotalDong > 0) d.field('Phí, lệ phí', `${formatDong(view.feeTotalDong)} đồng`);
          d.paragraph('Thành phần hồ sơ:', { bold: true });
          d.numbered(view.documents.filter((x) => x.kind !== 'result').map((x) => x.name));
          printTracking(d, view, origin);
          d.signatures([
            { title: 'NGƯỜI NỘP HỒ SƠ', note: '(Ký và ghi rõ họ tên)' },
            { title: 'NGƯỜI TIẾP NHẬN', note: '(Ký và ghi rõ họ tên)' },
          ]);
          break;
        case '02':
          d.paragraph(
            'Hồ sơ cần bổ sung, hoàn thiện một lần đầy đủ các nội dung sau (Nghị định 61/2018, Điều 15 khoản 3):',
          );
          d.numbered(list('missing'));
          d.signatures([{ title: 'NGƯỜI HƯỚNG DẪN', note: '(Ký và ghi rõ họ tên)' }]);
          break;
        case '03':
          d.paragraph('Cơ quan tiếp nhận từ chối tiếp nhận hồ sơ vì các lý do sau:');
          d.numbered(list('reasons'));
          d.signatures([{ title: 'NGƯỜI TIẾP NHẬN', note: '(Ký và ghi rõ họ tên)' }]);
          break;
        case '04':
          d.paragraph(
            `Hồ sơ đã được tiếp nhận ngày ${when(view.receivedAt)}, hẹn trả kết quả ${when(view.appointmentAt)}.`,
          );
          d.paragraph(`Lý do chậm: ${String(payload.reason ?? '')}`);
          d.paragraph(
            `Cơ quan giải quyết xin lỗi và hẹn lại ngày trả kết quả: ${when(String(payload.newDueAt ?? view.dueAt ?? ''))}.`,
            { bold: true },
          );
          d.signatures([{ title: 'THỦ TRƯỞNG CƠ QUAN', note: '(Ký, ghi rõ họ tên và đóng dấu)' }]);
          break;
        case '05':
          d.paragraph(
            `Cơ quan giải quyết thông báo dừng giải quyết hồ sơ. Lý do: ${String(payload.reason ?? '')}`,
          );
          d.signatures([{ title: 'THỦ TRƯỞNG CƠ QUAN', note: '(Ký, ghi rõ họ tên và đóng dấu)' }]);
          break;
        case '06':
          d.field('Ngày nhận hồ sơ', when(view.receivedAt));
          d.field('Ngày hẹn trả', when(view.dueAt));
          d.table(
            [
              { header: 'Bước', width: 3 },
              { header: 'Tên bước', width: 14 },
              { header: 'Nhận', width: 10 },
              { header: 'Giao', width: 10 },
              { header: 'Người nhận', width: 9 },
              { header: 'Người giao', width: 9 },
              { header: 'Kết quả', width: 6 },
              { header: 'Ghi chú', width: 9 },
            ],
            view.controlSlip.map((s) => [
              String(s.stepPosition),
              s.stepName,
              when(s.receivedAt),
              when(s.givenAt),
              s.receivedBy,
              s.givenBy ?? '',
              s.timeliness ? (TIMELINESS[s.timeliness] ?? s.timeliness) : '',
              s.note ?? '',
            ]),
          );
          break;
      }
    },
  );
}

/**
 * How the applicant follows the dossier: the code, the secret (ADR 0023) and a QR code of the tracking address.
 * A dossier received before secrets were kept has none to print; the clerk reissues one (a new receipt).
 */
function printTracking(d: OfficialDocument, view: DossierView, origin: string) {
  if (!view.code || !view.trackingSecret) {
    d.paragraph('Tra cứu tình trạng hồ sơ bằng mã số hồ sơ và mã bí mật do Bộ phận Một cửa cấp.', {
      italic: true,
    });
    return;
  }
  d.field('Mã bí mật tra cứu', view.trackingSecret);
  const link = trackingLink(origin, view.code, view.trackingSecret);
  d.qrCode(encodeQr(link), {
    caption: `Quét mã QR hoặc vào ${origin.replace(/^https?:\/\//, '')}/track, nhập mã số hồ sơ và mã bí mật để tra cứu.`,
  });
}

/** Kết quả giải quyết — the result document the leader approves and signs. */
export async function renderResult(
  view: DossierView,
  provinceName: string,
  signerName: string,
  at: Date,
  /** The signer's title at signing time, and whether the key is the demo installation CA's (issue 19 §1c, §3). */
  stamp: { title: string | null; demo: boolean } = { title: null, demo: false },
): Promise<Buffer> {
  return renderPdf(
    { size: 'A4', title: `Kết quả giải quyết hồ sơ ${view.code ?? ''}`, createdAt: at },
    (d) => {
      d.header({
        parentAgency: `UBND ${provinceName}`.toUpperCase(),
        agency: view.competentAgency?.name ?? '',
        place: provinceName.replace(/^Tỉnh /, ''),
        date: localDay(at),
      });
      d.title('Kết quả giải quyết thủ tục hành chính', view.procedure.name);
      d.field('Mã hồ sơ', view.code);
      d.field('Người yêu cầu', view.applicant.name);
      for (const [key, value] of Object.entries(view.declared)) d.field(key, value);
      d.paragraph(
        `${view.competentAgency?.name ?? 'Cơ quan có thẩm quyền'} đã xem xét hồ sơ tiếp nhận ngày ${when(view.receivedAt)} và chấp thuận yêu cầu của người nộp theo thủ tục ${view.procedure.code}.`,
      );
      d.paragraph('Văn bản điện tử này được ký số; giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP).', {
        italic: true,
      });
      if (stamp.demo) {
        d.paragraph(
          'Chữ ký số bằng chứng thư của CA cài đặt tinhso: chỉ dùng để thử nghiệm, không có giá trị pháp lý.',
          { italic: true },
        );
      }
      d.signatures([{ title: stamp.title ?? 'NGƯỜI CÓ THẨM QUYỀN', note: '(Đã ký số)', name: signerName }]);
    },
  );
}
