import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../testing/poppler.js';
import { formatDong, OfficialDocument, placeAndDate, renderPdf } from './index.js';

/** Every Vietnamese letter with a diacritic, lower and upper case (the 134 precomposed letters and đ/Đ). */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LOWER = `${[...VOWELS].flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC'))).join('')}đ`;
const ALL_LETTERS = `${LOWER}${LOWER.toLocaleUpperCase('vi')}`;

const receipt = (document: OfficialDocument) =>
  document
    .header({
      parentAgency: 'UBND phường Thục Phán',
      agency: 'Trung tâm Phục vụ hành chính công',
      number: '125/TN-TTPVHCC',
      place: 'Cao Bằng',
      date: '2026-01-05',
    })
    .title('Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Mã hồ sơ: 000.00.12.H12-260105-0001')
    .paragraph(`Chữ cái: ${ALL_LETTERS}`)
    .field('Ông/Bà', 'Nguyễn Thị Hường')
    .field('Số điện thoại', '')
    .signatures([{ title: 'Người tiếp nhận', note: '(Ký và ghi rõ họ tên)', name: 'Hoàng Văn Đức' }]);

const fixed = new Date('2026-01-05T02:00:00Z');

describe('PDF documents in Vietnamese with an embedded font (Decree 30/2020 Annex I; Circular 01/2018 art. 9)', () => {
  it('writes the date line with a leading zero only for days below 10 and for months 1 and 2', () => {
    assert.equal(placeAndDate('Cao Bằng', '2026-01-05'), 'Cao Bằng, ngày 05 tháng 01 năm 2026');
    assert.equal(placeAndDate('Cao Bằng', '2026-02-14'), 'Cao Bằng, ngày 14 tháng 02 năm 2026');
    assert.equal(placeAndDate('Cao Bằng', '2026-03-09'), 'Cao Bằng, ngày 09 tháng 3 năm 2026');
    assert.equal(placeAndDate('Hà Nội', '2025-12-25'), 'Hà Nội, ngày 25 tháng 12 năm 2025');
  });

  it('writes money in whole đồng with dot grouping', () => {
    assert.equal(formatDong(1_250_000), '1.250.000 đồng');
    assert.equal(formatDong(0n), '0 đồng');
  });

  it('makes an A5 form by default size for the one-stop forms, and A4 landscape for the tracking book', async () => {
    const a5 = await renderPdf({ size: 'A5', title: 'Phiếu', createdAt: fixed }, receipt);
    assert.match(a5.toString('latin1'), /\/MediaBox \[0 0 419\.5\d* 595\.2\d*\]/);
    const a4 = await renderPdf(
      { size: 'A4', landscape: true, title: 'Sổ theo dõi hồ sơ', createdAt: fixed },
      (d) => d.title('Sổ theo dõi hồ sơ'),
    );
    assert.match(a4.toString('latin1'), /\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
  });

  it('embeds its own font (a TrueType subset), never a viewer’s standard font', async () => {
    const pdf = await renderPdf({ size: 'A5', title: 'Phiếu', createdAt: fixed }, receipt);
    const text = pdf.toString('latin1');
    assert.match(text, /\/FontFile2/);
    assert.match(text, /NotoSerif-Bold/);
    assert.doesNotMatch(text, /\/BaseFont \/(Helvetica|Times-Roman|Courier)/);
  });

  it('has a glyph for every Vietnamese letter in each of its four styles', () => {
    const document = new OfficialDocument({ size: 'A5', title: 'x' });
    for (const style of ['regular', 'bold', 'italic', 'boldItalic']) {
      document.doc.font(style);
      const font = (
        document.doc as unknown as { _font: { font: { hasGlyphForCodePoint(c: number): boolean } } }
      )._font.font;
      const missing = [...ALL_LETTERS].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      assert.deepEqual(missing, [], style);
    }
  });

  it('gives back every diacritic as text (pdftotext), so the document reads and searches right', async (t) => {
    if (!hasPoppler('pdftotext')) return t.skip(POPPLER_MISSING);
    const pdf = await renderPdf({ size: 'A5', title: 'Phiếu', createdAt: fixed }, receipt);
    const { output } = runPoppler('pdftotext', ['-raw'], pdf);
    const text = output.normalize('NFC');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cao Bằng, ngày 05 tháng 01 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Nguyễn Thị Hường',
      'Hoàng Văn Đức',
    ]) {
      assert.ok(text.includes(expected), `missing: ${expected}`);
    }
    assert.ok(text.replace(/\s+/g, '').includes(ALL_LETTERS), 'every letter comes back as written');
    const fonts = runPoppler('pdffonts', [], pdf).output;
    assert.ok(
      fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .every((line) => /\byes yes yes\b/.test(line)),
      fonts,
    );
  });

  it('repeats a long table’s header row on each page and numbers pages from the second', async (t) => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(i + 1),
      `Hồ sơ số ${i + 1} của công dân`,
      'Đúng hạn',
    ]);
    const pdf = await renderPdf(
      { size: 'A4', landscape: true, title: 'Sổ theo dõi hồ sơ', createdAt: fixed },
      (d) =>
        d.title('Sổ theo dõi hồ sơ').table(
          [
            { header: 'STT', width: 1, align: 'center' },
            { header: 'Tên hồ sơ', width: 8 },
            { header: 'Kết quả', width: 3 },
          ],
          rows,
        ),
    );
    const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    assert.ok(pages >= 2, `a 60-row table spans pages (got ${pages})`);
    if (!hasPoppler('pdftotext')) return t.skip(POPPLER_MISSING);
    const second = runPoppler('pdftotext', ['-f', '2', '-l', '2', '-raw'], pdf).output;
    assert.match(second, /^2$/m, 'page number 2 at the top');
    assert.match(second, /STT Tên hồ sơ Kết quả/);
  });

  it('gives the same bytes for the same input and creation date', async () => {
    const a = await renderPdf({ size: 'A5', title: 'Phiếu', createdAt: fixed }, receipt);
    const b = await renderPdf({ size: 'A5', title: 'Phiếu', createdAt: fixed }, receipt);
    assert.ok(a.equals(b));
  });
});
