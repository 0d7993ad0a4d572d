/**
 * The result document as issued (issue 16 §3; Decree 30/2020 art. 8 and Annex I; RULES.md §15.1): the issuing
 * agency and its number in the agency's register, the template's fields, the signer's title and name at signing
 * time, a visible signature stamp (agency, signer, time in ISO 8601 with Vietnam's offset), and a QR code to the
 * public verification page with the verification code printed under it. The leader's preview is the same
 * rendering before the number, the code and the signature exist.
 */
import { encodeQr } from '../../platform/payments/index.js';
import { renderPdf } from '../../platform/pdf/index.js';
import { formatLocal } from '../calendar/index.js';

export interface ResultContent {
  title: string;
  subtitle?: string | undefined;
  /** A civil-status book: the number line reads "Số: 15 — Quyển số: 01/2026". */
  book: boolean;
  fields: Array<{ label: string; value: string }>;
  statement?: string | undefined;
  /** Paragraphs under the statement (a refusal's numbered reasons and its legal basis). */
  paragraphs?: string[] | undefined;
  legalSource?: string | undefined;
}

export interface ResultIssue {
  parentAgency: string;
  agencyName: string;
  place: string;
  /** Null in the preview: numbered by the system when signed (Decree 30/2020 art. 15(3)). */
  number: number | null;
  year: number;
  symbol: string;
  signerName: string;
  signerTitle: string | null;
  at: Date;
  /** The verification page's address with the number and code, for the QR; null in the preview. */
  verifyUrl: string | null;
  verificationCode: string | null;
  /** The demo installation CA signs: said on the document (issue 19 §1c). */
  demo: boolean;
}

export async function renderIssuedResult(content: ResultContent, issue: ResultIssue): Promise<Buffer> {
  const local = formatLocal(issue.at.getTime()); // 2026-12-07T17:00:00+07:00
  const pending = '…… (cấp khi ký)';
  const number =
    issue.number === null
      ? pending
      : content.book
        ? String(issue.number)
        : `${String(issue.number).padStart(2, '0')}/${issue.year}/${issue.symbol}`;
  return renderPdf(
    { size: 'A4', title: `${content.title} ${issue.number ?? ''}`.trim(), createdAt: issue.at },
    (d) => {
      d.header({
        parentAgency: issue.parentAgency.toUpperCase(),
        agency: issue.agencyName,
        number,
        place: issue.place,
        date: local.slice(0, 10),
      });
      d.title(content.title, content.subtitle);
      if (content.book) d.field('Quyển số', `01/${issue.year}`);
      for (const f of content.fields) d.field(f.label, f.value || '—');
      if (content.statement) d.paragraph(content.statement);
      for (const p of content.paragraphs ?? []) d.paragraph(p);
      d.paragraph(
        'Văn bản điện tử này được ký số; giá trị pháp lý như bản giấy (Nghị định 30/2020/NĐ-CP, Điều 5).',
        {
          italic: true,
        },
      );
      if (issue.demo)
        d.paragraph(
          'Chữ ký số bằng chứng thư của CA cài đặt tinhso: chỉ dùng để thử nghiệm, không có giá trị pháp lý.',
          {
            italic: true,
          },
        );
      d.signatures([
        { title: issue.signerTitle ?? 'NGƯỜI CÓ THẨM QUYỀN', note: '(Đã ký số)', name: issue.signerName },
      ]);
      stamp(d.doc, d.left, d.width, issue, local);
      d.doc.y += 70;
      if (issue.verifyUrl && issue.verificationCode)
        d.qrCode(encodeQr(issue.verifyUrl), {
          caption: `Kiểm tra văn bản: quét mã QR hoặc nhập số ${number} và mã xác minh ${unbroken(issue.verificationCode)} tại trang Kiểm tra văn bản điện tử.`,
        });
      else d.paragraph('BẢN XEM TRƯỚC — chưa có số, mã xác minh và chữ ký số.', { bold: true });
      if (content.legalSource) d.paragraph(`Mẫu: ${content.legalSource}`, { italic: true });
    },
  );
}

/** The visible signature stamp: a framed box, red, with the agency, the signer and the signing time. */
function stamp(
  doc: PDFKit.PDFDocument,
  left: number,
  width: number,
  issue: ResultIssue,
  local: string,
): void {
  const w = 260;
  const x = left + width - w;
  const y = doc.y;
  doc.lineWidth(1).strokeColor('#c00000').rect(x, y, w, 62).stroke();
  doc
    .fillColor('#c00000')
    .font('bold')
    .fontSize(9)
    .text('ĐÃ KÝ SỐ', x + 8, y + 6, { width: w - 16 });
  doc
    .font('regular')
    .fontSize(9)
    .text(`Cơ quan: ${issue.agencyName}`, { width: w - 16 })
    .text(`Người ký: ${issue.signerName}${issue.signerTitle ? ` — ${issue.signerTitle}` : ''}`, {
      width: w - 16,
    })
    .text(`Thời gian ký: ${local}`, { width: w - 16 });
  doc.strokeColor('black').fillColor('black');
  doc.x = left;
  doc.y = y;
}

/**
 * The verification code with a non-breaking hyphen: a line may otherwise break at its hyphen, splitting the code a
 * person types over two lines (and text extraction then joins the halves without it). Typing or copying it still
 * verifies: the code is read back without its punctuation (`normaliseCode`).
 */
function unbroken(code: string): string {
  return code.replace(/-/g, '\u2011');
}
