import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../../platform/testing/poppler.js';
import { readXlsxRows } from '../../platform/xlsx.js';
import { SCORECARD_766 } from './scorecard-766.js';

/**
 * The Decision 766 scorecard exported in the reader's language (issue 15 §6): the same figures, every label,
 * formula and note from one catalogue in Vietnamese, or in English under the English UI.
 */
describe('the 766 scorecard export in Vietnamese and English', () => {
  let t: TestApp;
  let leader: Record<string, string>;
  before(async () => {
    t = await startTestApp();
    leader = (await t.signIn('lanhdao.tinh')).headers;
  });
  after(() => t.close());

  const download = async (format: 'pdf' | 'xlsx', lang?: 'vi' | 'en') => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/export?unit=04&period=2025&report=index766&format=${format}${lang ? `&lang=${lang}` : ''}`,
      headers: leader,
    });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return response.rawPayload;
  };
  /** Words of the Vietnamese catalogue that no English export may print. */
  const VIETNAMESE_WORDS = [
    'Phương pháp tính',
    'Công thức',
    'Ghi chú',
    'Không có số liệu',
    'Tổng điểm',
    'Căn cứ',
    'Kỳ đánh giá',
    'CỘNG HÒA',
    'Độc lập',
    'Số liệu lập tự động',
  ];
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  // The Vietnamese PDF first, then the English one from the same process: the order that once lost the letter e
  // from the English text layer (fonts.ts, withTextLayerKept).
  it('prints the PDF in Vietnamese by default and in English on request, with the same points', async (c) => {
    if (!hasPoppler('pdftotext')) return c.skip(POPPLER_MISSING);
    const viPdf = await download('pdf');
    const enPdf = await download('pdf', 'en');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/scorecard-766-vi.pdf', viPdf);
    writeFileSync('test-results/scorecard-766-en.pdf', enPdf);
    const vi = flat(runPoppler('pdftotext', ['-enc', 'UTF-8'], viPdf).output);
    const en = flat(runPoppler('pdftotext', ['-enc', 'UTF-8'], enPdf).output);
    for (const words of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Kết quả đánh giá Bộ chỉ số 766',
      'Phương pháp tính',
      // The 2.1 / 5.4 rule in force (issue 24 §5a), in the method.
      'Chỉ số 2.1 và 5.4 — Tính cả hồ sơ đang giải quyết, lấy ngày cuối kỳ làm ngày kết thúc',
    ])
      assert.ok(vi.includes(words), `Vietnamese PDF lacks “${words}”`);
    assert.ok(
      en.includes(
        'Sub-indicators 2.1 and 5.4 — Dossiers in progress counted, the period’s last day as their end',
      ),
      'en rule',
    );
    for (const words of [
      'SOCIALIST REPUBLIC OF VIET NAM',
      'Decision 766 scorecard',
      'Method',
      'Formula',
      'Basis',
    ])
      assert.ok(en.includes(words), `English PDF lacks “${words}”: ${en.slice(0, 600)}`);
    for (const words of VIETNAMESE_WORDS) assert.ok(!en.includes(words), `English PDF prints “${words}”`);
    for (const words of ['Formula', 'Method', 'No data', 'SOCIALIST']) assert.ok(!vi.includes(words), words);
    // The same scorecard: the total line of both carries the same points (1 decimal, each language's mark).
    const card = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/reports/index766?unit=04&period=2025',
        headers: leader,
      })
    ).json() as { total: number; max: number };
    assert.ok(vi.includes(`${card.total.toFixed(1).replace('.', ',')} / ${card.max}`), 'vi total');
    assert.ok(en.includes(`${card.total.toFixed(1)} points of the ${card.max}`), 'en total');
  });

  it('writes the workbook with the catalogue’s English names and formulas, the Vietnamese ones by default', async () => {
    const vi = await readXlsxRows(await download('xlsx', 'vi'));
    const en = await readXlsxRows(await download('xlsx', 'en'));
    const text = (rows: typeof vi) =>
      rows
        .flat()
        .filter((c) => typeof c === 'string')
        .join('\n');
    const first = SCORECARD_766[0]!.items[0]!;
    assert.ok(text(en).includes(first.nameEn) && text(en).includes(first.formulaEn), 'English names');
    assert.ok(text(vi).includes(first.name) && text(vi).includes(first.formula), 'Vietnamese names');
    for (const words of VIETNAMESE_WORDS)
      assert.ok(!text(en).includes(words), `English workbook prints “${words}”`);
    // Which dossiers 2.1 and 5.4 count (issue 24 §5a): the rule in force and its source, in the notes and method.
    assert.match(text(vi), /Tính cả hồ sơ đang giải quyết, lấy ngày cuối kỳ làm ngày kết thúc/);
    assert.match(text(vi), /Mô tả công thức tính chỉ số 766/);
    assert.match(text(vi), /Hồ sơ còn đang giải quyết cuối kỳ được tính vào chỉ số 2.1 và 5.4/);
    assert.match(text(en), /Dossiers in progress counted, the period’s last day as their end/);
    assert.match(text(en), /still in progress at the end of the period count in 2.1 and 5.4/);
    // Same figures, cell for cell, wherever the cell is a number.
    assert.equal(en.length, vi.length);
    for (const [r, row] of vi.entries())
      for (const [i, cell] of row.entries())
        if (typeof cell === 'number') assert.equal(en[r]?.[i], cell, `row ${r} column ${i}`);
  });
});
