import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { REDACTED, redactPersonalData } from './redact.js';

/** Lowercase, no diacritics, đ → d: how a leak is looked for, whatever form it took. */
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
/** The digits of a number, found with any non-digit characters between them. */
const digitsIn = (text: string, digits: string) =>
  new RegExp(`(?<!\\d)${[...digits].join('[^\\p{L}\\p{N}]*')}(?!\\d)`, 'u').test(text);

const FAMILY = ['Nguyễn', 'Lục', 'Nông', 'Hoàng', 'Đàm', 'Bế', 'Triệu', 'Khổng', 'Lường', 'Ma'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Diệu', 'Thế', 'Ngọc', 'Quế'];
const GIVEN = ['Huyền', 'Hạnh', 'Tuấn', 'Khánh', 'Đông', 'Vĩnh', 'Mỵ', 'Ưng', 'Thắm'];
const FILLER = [
  'Tôi tố cáo cán bộ',
  'đòi tiền ngoài lệ phí',
  'tại phường Thục Phán',
  'ngày 12/3/2025',
  'dự toán 150.000.000 đồng',
  'tỉnh lộ 208',
  'xin giữ bí mật',
];

const name = fc
  .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN))
  .map((parts) => parts.join(' '));
/** How a person may write a name: any case, with or without diacritics, odd spacing, NFD. */
const nameVariant = (full: string) =>
  fc
    .tuple(
      fc.constantFrom('as is', 'upper', 'lower', 'folded', 'folded upper', 'nfd'),
      fc.constantFrom(' ', '  ', '\u00a0', '.', '-'),
    )
    .map(([form, gap]) => {
      const spaced = full.split(' ').join(gap);
      if (form === 'upper') return spaced.toUpperCase();
      if (form === 'lower') return spaced.toLowerCase();
      if (form === 'folded') return fold(spaced);
      if (form === 'folded upper') return fold(spaced).toUpperCase();
      if (form === 'nfd') return spaced.normalize('NFD');
      return spaced;
    });
const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
/** Digits written with any separators: spaces, dots, dashes, in groups of any size. */
const withSeparators = (value: string) =>
  fc
    .array(fc.constantFrom('', '', ' ', '.', '-', ' - ', '  '), {
      minLength: value.length - 1,
      maxLength: value.length - 1,
    })
    .map((gaps) => [...value].map((d, i) => d + (gaps[i] ?? '')).join(''));
const idNumber = fc.oneof(digits(12), digits(9));
const phone = fc.tuple(fc.constantFrom('09', '03', '08', '07'), digits(8)).map(([p, d]) => p + d);
const phoneVariant = (value: string) =>
  fc
    .tuple(fc.constantFrom('0', '+84 ', '+84', '(84) ', '84'), withSeparators(value.slice(1)))
    .map(([prefix, rest]) => prefix + rest);
const address = fc
  .tuple(
    fc.integer({ min: 1, max: 300 }),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom('Hòa Bình', 'Lê Lợi', 'Đề Thám'),
  )
  .map(([house, lane, street]) => `Số ${house} ngõ ${lane} ${street}, tổ 5, phường Thục Phán, Cao Bằng`);
const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 3 }).map((f) => f.join(', '));

describe('removing personal data before publication (Decree 13/2023 on personal data; Law on Denunciations art. 47)', () => {
  it('removes e-mail addresses, Vietnamese phone numbers and identity numbers', () => {
    const text =
      'Liên hệ tôi qua an.nguyen@example.vn hoặc 0912 345 678, +84 98 765 4321; CCCD 001203004567, CMND 123456789.';
    const out = redactPersonalData(text);
    for (const leak of [
      'an.nguyen@example.vn',
      '0912 345 678',
      '+84 98 765 4321',
      '001203004567',
      '123456789',
    ])
      assert.ok(!out.includes(leak), `${leak} removed from: ${out}`);
    assert.equal(out.split(REDACTED).length - 1, 5);
  });

  it('removes identity numbers written with spaces, dots or dashes, known or not (issue 18 §2)', () => {
    for (const written of ['0012 3456 7899', '0012.3456.7899', '001-234-567-899', '123 456 789'])
      assert.equal(redactPersonalData(`CCCD ${written}.`), `CCCD ${REDACTED}.`, written);
  });

  it('removes the parties’ names ignoring case, diacritics and NFD input, and their address', () => {
    const people = { names: ['Nông Văn Hùng'], addresses: ['Số 7 ngõ 12, bản Nà Rì, xã Hòa An'] };
    const out = redactPersonalData(
      'Tôi là Nông Văn Hùng, ở số 7 ngõ 12 bản Nà Rì. NONG VAN HUNG kiến nghị… nông văn hùng'.normalize(
        'NFD',
      ),
      people,
    );
    assert.ok(!/hùng|hung|ngõ 12/i.test(out.normalize('NFC')), out);
  });

  it('keeps ordinary numbers: dates, amounts, road lengths, case codes', () => {
    const text =
      'Đường dài 2 km, hư hỏng từ ngày 12/3/2025, dự toán 150.000.000 đồng, 2 000 000 000đ, tỉnh lộ 208, hồ sơ TC-04-261207-0001.';
    assert.equal(redactPersonalData(text), text);
  });

  it('leaves a name shorter than three letters alone (it would match inside words)', () => {
    assert.equal(redactPersonalData('An toàn giao thông', { names: ['An'] }), 'An toàn giao thông');
  });

  it('never leaves a party’s name, in any case or accent, with any spacing (property)', () => {
    fc.assert(
      fc.property(
        name.chain((n) => fc.tuple(fc.constant(n), nameVariant(n), filler, filler)),
        ([full, written, before, after]) => {
          const out = redactPersonalData(`${before} ${written}, ${after}`, { names: [full] });
          const words = fold(full).split(' ');
          assert.ok(!fold(out).includes(words.join(' ')), out);
          assert.ok(!new RegExp(words.join('[^\\p{L}]*'), 'u').test(fold(out)), out);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never leaves an identity number, known or not, with any separators (property)', () => {
    fc.assert(
      fc.property(
        idNumber.chain((id) => fc.tuple(fc.constant(id), withSeparators(id), filler, fc.boolean())),
        ([id, written, around, known]) => {
          const out = redactPersonalData(
            `${around}, CCCD: ${written}. ${around}`,
            known ? { idNumbers: [id] } : {},
          );
          assert.ok(!digitsIn(out, id), `${written} → ${out}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never leaves a phone number, with 0, +84 or (84) and any separators (property)', () => {
    fc.assert(
      fc.property(
        phone.chain((p) => fc.tuple(fc.constant(p), phoneVariant(p), filler, fc.boolean())),
        ([p, written, around, known]) => {
          const out = redactPersonalData(`${around} gọi ${written} ${around}`, known ? { phones: [p] } : {});
          assert.ok(!digitsIn(out, p.slice(1)), `${written} → ${out}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never leaves a party’s e-mail or house address, whatever the case or accents (property)', () => {
    fc.assert(
      fc.property(
        fc.tuple(address, fc.emailAddress(), fc.boolean(), fc.boolean(), filler),
        ([home, email, foldIt, upper, around]) => {
          let written = `${around}. Địa chỉ: ${home}; thư: ${email}.`;
          if (foldIt) written = fold(written);
          if (upper) written = written.toUpperCase();
          const out = fold(redactPersonalData(written, { addresses: [home], emails: [email] }));
          assert.ok(!out.includes(fold(home.split(',')[0]!)), out);
          assert.ok(!out.includes(fold(email)), out);
        },
      ),
      { numRuns: 300 },
    );
  });
});
