/** Paper sizes and the inputs of the document layout helper (official-document.ts). */

/** Millimetres to PDF points. */
export const mm = (value: number) => (value * 72) / 25.4;

/**
 * Paper and margins. A4 follows Decree 30/2020/NĐ-CP Annex I (top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm; body 13–14 pt); the one-stop forms are A5 (Circular 01/2018/TT-VPCP art. 9), scaled down to match.
 */
export const PAPER = {
  A4: { margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) }, body: 13, small: 11 },
  A5: { margins: { top: mm(12), bottom: mm(12), left: mm(18), right: mm(12) }, body: 10.5, small: 9 },
} as const;

export interface DocumentOptions {
  size: 'A4' | 'A5';
  landscape?: boolean;
  /** The document's title in its metadata (what a reader's window shows). */
  title: string;
  author?: string;
  subject?: string;
  /** Fixes the metadata dates, so that the same input gives the same bytes (tests, reproducible archives). */
  createdAt?: Date;
}

export interface TextOptions {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in points (paragraphs of the body: 1–1.27 cm per Decree 30). */
  indent?: number;
  /** Space after, in points. */
  gap?: number;
}

export interface HeaderInput {
  /** Tên cơ quan chủ quản — the parent authority, e.g. "UBND TỈNH CAO BẰNG"; upper-cased, regular. */
  parentAgency?: string;
  /** Tên cơ quan ban hành — the issuing agency; upper-cased, bold, underlined by a short rule. */
  agency: string;
  /** Số, ký hiệu — e.g. "125/TN-TTPVHCC"; printed as "Số: …". */
  number?: string;
  /** Địa danh — the place name in the date line ("Cao Bằng"). */
  place: string;
  /** Ngày ban hành, YYYY-MM-DD. */
  date: string;
  /**
   * An English rendering of a document (a report read under the English UI): the national title and the date
   * line in their customary English form. Vietnamese by default; a document with legal effect stays Vietnamese.
   */
  language?: 'vi' | 'en';
}

export interface TableColumn {
  header: string;
  /** Relative width; columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface SignatureBlock {
  /** Quyền hạn, chức vụ — e.g. "NGƯỜI TIẾP NHẬN" or "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"; printed bold. */
  title: string;
  /** e.g. "(Ký và ghi rõ họ tên)"; printed italic under the title. */
  note?: string;
  /** Họ và tên — printed bold under the space for the signature. */
  name?: string;
}
