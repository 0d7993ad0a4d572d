import PDFDocument from 'pdfkit';
import { nfc } from '../text.js';
import {
  type DocumentOptions,
  type HeaderInput,
  mm,
  PAPER,
  type SignatureBlock,
  type TableColumn,
  type TextOptions,
} from './document-types.js';
import { FONTS, type FontStyle, fontStyle, parsedFont } from './fonts.js';
import { placeAndDate, placeAndDateEn } from './vietnamese-date.js';

/**
 * A Vietnamese administrative document on A4 or A5 with an embedded font: the header block (agency and number on
 * the left; Quốc hiệu and Tiêu ngữ, then place and date, on the right), title, text, tables, signatures and the
 * "Nơi nhận" list, laid out after Decree 30/2020/NĐ-CP Annex I. The one-stop forms 01–06 are written with it.
 * `doc` is the underlying pdfkit document for anything the helpers do not cover.
 */
export class OfficialDocument {
  readonly doc: PDFKit.PDFDocument;
  readonly size: 'A4' | 'A5';
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly base: number;
  private readonly small: number;

  constructor(options: DocumentOptions) {
    this.size = options.size;
    const paper = PAPER[options.size];
    this.base = paper.body;
    this.small = paper.small;
    const created = options.createdAt ?? new Date();
    this.doc = new PDFDocument({
      size: options.size,
      layout: options.landscape ? 'landscape' : 'portrait',
      margins: paper.margins,
      bufferPages: true,
      lang: 'vi-VN',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: nfc(options.title),
        Author: nfc(options.author ?? 'tinhso'),
        Subject: nfc(options.subject ?? ''),
        Creator: 'tinhso',
        Producer: 'tinhso (pdfkit)',
        CreationDate: created,
        ModDate: created,
      },
    });
    // pdfkit accepts a parsed fontkit font where its types say bytes (PDFFontFactory.open: `src.layout`).
    for (const style of Object.keys(FONTS) as FontStyle[])
      this.doc.registerFont(style, parsedFont(style) as unknown as Buffer);
    this.doc.font('regular').fontSize(this.base);
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private use(style: FontStyle, size: number): PDFKit.PDFDocument {
    return this.doc.font(style).fontSize(size);
  }

  /** Largest size ≤ preferred at which the text fits the width on one line (the national title on A5). */
  private fit(text: string, style: FontStyle, preferred: number, width: number): number {
    let size = preferred;
    while (size > 6 && this.use(style, size).widthOfString(text) > width) size -= 0.25;
    return size;
  }

  /** Fit on one line if it costs at most 1.5 pt; a longer agency name wraps instead of shrinking further. */
  private fitOrWrap(text: string, style: FontStyle, preferred: number, width: number): number {
    const size = this.fit(text, style, preferred, width);
    return size >= preferred - 1.5 ? size : preferred - 1;
  }

  private rule(x1: number, x2: number, y: number): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.6).stroke();
  }

  /** Text at (x, y) centred in a column; returns the y below it. */
  private centred(text: string, x: number, y: number, width: number, style: FontStyle, size: number): number {
    this.use(style, size).text(text, x, y, { width, align: 'center' });
    return this.doc.y;
  }

  /** The header block of Decree 30/2020 Annex I (items 1–5): agency and number left, national title right. */
  header(input: HeaderInput): this {
    const top = this.doc.y;
    const leftWidth = this.width * 0.4;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    const titleSize = this.base - 1;

    // Left: cơ quan chủ quản (regular), cơ quan ban hành (bold) with a rule under it, then "Số: …".
    let y = top;
    const agencyStyle: FontStyle = 'bold';
    if (input.parentAgency) {
      const parent = nfc(input.parentAgency).toLocaleUpperCase('vi');
      y = this.centred(
        parent,
        this.left,
        y,
        leftWidth,
        'regular',
        this.fitOrWrap(parent, 'regular', titleSize, leftWidth),
      );
    }
    const agency = nfc(input.agency).toLocaleUpperCase('vi');
    y = this.centred(
      agency,
      this.left,
      y,
      leftWidth,
      agencyStyle,
      this.fitOrWrap(agency, agencyStyle, titleSize, leftWidth),
    );
    const agencyRule = Math.min(
      leftWidth * 0.45,
      this.use(agencyStyle, titleSize).widthOfString(agency) * 0.4,
    );
    this.rule(this.left + (leftWidth - agencyRule) / 2, this.left + (leftWidth + agencyRule) / 2, y + 1.5);
    if (input.number)
      y = this.centred(`Số: ${nfc(input.number)}`, this.left, y + 5, leftWidth, 'regular', titleSize);
    const leftBottom = y;

    // Right: Quốc hiệu (bold, upper case), Tiêu ngữ (bold) with a rule as long as itself, then place and date.
    const en = input.language === 'en';
    const nation = en ? 'SOCIALIST REPUBLIC OF VIET NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const motto = en ? 'Independence - Freedom - Happiness' : 'Độc lập - Tự do - Hạnh phúc';
    y = this.centred(
      nation,
      rightX,
      top,
      rightWidth,
      'bold',
      this.fit(nation, 'bold', titleSize, rightWidth),
    );
    const mottoSize = this.fit(motto, 'bold', this.base, rightWidth);
    y = this.centred(motto, rightX, y, rightWidth, 'bold', mottoSize);
    const mottoWidth = this.use('bold', mottoSize).widthOfString(motto);
    this.rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, y + 1.5);
    y = this.centred(
      en ? placeAndDateEn(nfc(input.place), input.date) : placeAndDate(nfc(input.place), input.date),
      rightX,
      y + 5,
      rightWidth,
      'italic',
      this.base - 0.5,
    );

    this.doc.x = this.left;
    this.doc.y = Math.max(leftBottom, y) + this.base;
    return this;
  }

  /** Tên loại và trích yếu nội dung: the document's name, centred, bold upper case, and its subject below. */
  title(name: string, subject?: string): this {
    this.ensureSpace(this.base * 4);
    this.use('bold', this.base + 1).text(nfc(name).toLocaleUpperCase('vi'), this.left, this.doc.y, {
      width: this.width,
      align: 'center',
    });
    if (subject) this.use('bold', this.base).text(nfc(subject), { width: this.width, align: 'center' });
    this.doc.moveDown(0.6);
    return this;
  }

  /** A paragraph of body text, wrapped to the text width (justified by default, per Decree 30). */
  paragraph(text: string, options: TextOptions = {}): this {
    const size = options.size ?? this.base;
    this.use(fontStyle(options.bold, options.italic), size).text(nfc(text), this.left, this.doc.y, {
      width: this.width,
      align: options.align ?? 'justify',
      indent: options.indent ?? 0,
      lineGap: size * 0.15,
    });
    this.doc.y += options.gap ?? size * 0.3;
    return this;
  }

  /** "Label: value"; an empty value becomes a dotted line to fill in by hand. */
  field(label: string, value?: string | null, options: { bold?: boolean } = {}): this {
    const shown = value && value.trim() !== '' ? nfc(value) : '';
    this.use(options.bold ? 'bold' : 'regular', this.base);
    if (shown) {
      this.doc.text(`${nfc(label)}: `, this.left, this.doc.y, { continued: true, width: this.width });
      this.doc.font('bold').text(shown, { width: this.width });
    } else {
      const dots = '.'.repeat(
        Math.max(
          3,
          Math.floor((this.width - this.doc.widthOfString(`${label}: `)) / this.doc.widthOfString('.')),
        ),
      );
      this.doc.text(`${nfc(label)}: ${dots}`, this.left, this.doc.y, { width: this.width, lineBreak: false });
      this.doc.moveDown(1);
    }
    this.doc.y += this.base * 0.2;
    return this;
  }

  /** A numbered list ("1. …", "2. …") with hanging indent. */
  numbered(items: string[], options: { start?: number } = {}): this {
    const start = options.start ?? 1;
    const indent = this.use('regular', this.base).widthOfString(`${start + items.length - 1}. `) + 2;
    items.forEach((item, i) => {
      this.ensureSpace(this.base * 1.5);
      const y = this.doc.y;
      this.use('regular', this.base).text(`${start + i}.`, this.left, y, { width: indent, lineBreak: false });
      this.doc.text(nfc(item), this.left + indent, y, { width: this.width - indent, align: 'justify' });
      this.doc.y += this.base * 0.2;
    });
    return this;
  }

  /** A bordered table; long cells wrap, rows never split, and the header row repeats on each new page. */
  table(columns: TableColumn[], rows: string[][], options: { size?: number } = {}): this {
    const size = options.size ?? this.small;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const heightOf = (cells: string[], style: FontStyle) =>
      Math.max(
        ...cells.map((cell, i) =>
          this.use(style, size).heightOfString(nfc(cell || ' '), { width: (widths[i] ?? 0) - 2 * pad }),
        ),
      ) +
      2 * pad;
    const drawRow = (cells: string[], style: FontStyle, fill?: string) => {
      const height = heightOf(cells, style);
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (style !== 'bold')
          drawRow(
            columns.map((c) => c.header),
            'bold',
            '#eeeeee',
          );
      }
      const y = this.doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        if (fill) this.doc.rect(x, y, w, height).fillColor(fill).fill().fillColor('black');
        this.doc.rect(x, y, w, height).lineWidth(0.5).stroke();
        this.use(style, size).text(nfc(cell ?? ''), x + pad, y + pad, {
          width: w - 2 * pad,
          align: style === 'bold' ? 'center' : (columns[i]?.align ?? 'left'),
        });
        x += w;
      });
      this.doc.x = this.left;
      this.doc.y = y + height;
    };
    drawRow(
      columns.map((c) => c.header),
      'bold',
      '#eeeeee',
    );
    for (const row of rows) drawRow(row, 'regular');
    this.doc.y += this.base * 0.5;
    return this;
  }

  /** Signature blocks side by side (one block sits on the right half, as Decree 30 places the signer). */
  signatures(blocks: SignatureBlock[], options: { space?: number } = {}): this {
    const space = options.space ?? mm(this.size === 'A4' ? 22 : 16);
    const lines = (b: SignatureBlock) => b.title.split('\n').length + (b.note ? 1 : 0);
    this.ensureSpace((Math.max(...blocks.map(lines)) + 2) * this.base * 1.4 + space);
    const top = this.doc.y + this.base * 0.5;
    const slot = blocks.length === 1 ? this.width / 2 : this.width / blocks.length;
    const x0 = blocks.length === 1 ? this.left + this.width / 2 : this.left;
    let bottom = top;
    blocks.forEach((block, i) => {
      const x = x0 + i * slot;
      let y = top;
      for (const line of nfc(block.title).split('\n')) {
        y = this.centred(line.toLocaleUpperCase('vi'), x, y, slot, 'bold', this.base);
      }
      if (block.note) y = this.centred(nfc(block.note), x, y, slot, 'italic', this.small);
      y += space;
      if (block.name) y = this.centred(nfc(block.name), x, y, slot, 'bold', this.base);
      bottom = Math.max(bottom, y);
    });
    this.doc.x = this.left;
    this.doc.y = bottom + this.base * 0.5;
    return this;
  }

  /** "Nơi nhận:" (bold italic) and its list ("- …"), bottom left (Decree 30/2020 Annex I, item 9a). */
  recipients(lines: string[]): this {
    this.ensureSpace((lines.length + 1) * this.small * 1.4);
    this.use('boldItalic', this.small).text('Nơi nhận:', this.left, this.doc.y, { width: this.width / 2 });
    for (const line of lines)
      this.use('regular', this.small - 1).text(`- ${nfc(line)}`, { width: this.width / 2 });
    return this;
  }

  /**
   * A QR code (e.g. the VietQR of a fee, from platform/payments) drawn as vector squares with its quiet zone,
   * centred, with a caption under it that says in words what the code holds.
   */
  qrCode(
    code: { size: number; modules: boolean[][] },
    options: { width?: number; caption?: string } = {},
  ): this {
    const width = options.width ?? mm(this.size === 'A4' ? 40 : 32);
    this.ensureSpace(width + this.base * 3);
    const cell = width / (code.size + 8);
    const x0 = this.left + (this.width - width) / 2;
    const y0 = this.doc.y;
    for (const [y, row] of code.modules.entries()) {
      for (const [x, dark] of row.entries()) {
        if (dark) this.doc.rect(x0 + (x + 4) * cell, y0 + (y + 4) * cell, cell, cell);
      }
    }
    this.doc.fillColor('black').fill();
    this.doc.y = y0 + width;
    if (options.caption) {
      this.use('italic', this.small).text(nfc(options.caption), this.left, this.doc.y, {
        width: this.width,
        align: 'center',
      });
    }
    this.doc.y += this.base * 0.5;
    return this;
  }

  /** Vertical space, in lines of body text. */
  space(lines = 1): this {
    this.doc.y += this.base * 1.2 * lines;
    return this;
  }

  /** Start a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  /** Finish the document: page numbers from page 2 on (centred at the top, Decree 30), then the bytes. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    if (range.count > 1) {
      for (let i = range.start + 1; i < range.start + range.count; i++) {
        this.doc.switchToPage(i);
        const margins = this.doc.page.margins;
        this.use('regular', this.small).text(String(i + 1), margins.left, margins.top / 2 - this.small / 2, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      }
    }
    this.doc.end();
    return this.done;
  }
}

/** Render a document in one call: `renderPdf({ size: 'A5', title }, (d) => d.header(…).title(…))`. */
export async function renderPdf(
  options: DocumentOptions,
  draw: (document: OfficialDocument) => unknown,
): Promise<Buffer> {
  const document = new OfficialDocument(options);
  await draw(document);
  return document.finish();
}
