import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { foldForSearch } from './search-text.js';

describe('foldForSearch', () => {
  it('folds Vietnamese names so "co to" finds "Cô Tô" (STYLE.md, search)', () => {
    assert.equal(foldForSearch('Đặc khu Cô Tô'), 'dac khu co to');
    assert.equal(foldForSearch('Tỉnh Cao Bằng'), 'tinh cao bang');
    assert.equal(foldForSearch('Xã Ia Mơ'), 'xa ia mo');
    assert.equal(foldForSearch('Thành phố Hồ Chí Minh'), 'thanh pho ho chi minh');
    assert.equal(foldForSearch('ĐỒNG NAI'), 'dong nai');
  });

  it('gives the same result for NFC and NFD input and for either tone placement (hoá / hóa)', () => {
    assert.equal(foldForSearch('Xã Định Hóa'.normalize('NFD')), foldForSearch('Xã Định Hóa'));
    assert.equal(foldForSearch('Xã Định Hoá'), foldForSearch('Xã Định Hóa'));
  });

  it('collapses and trims whitespace of any kind', () => {
    assert.equal(foldForSearch('  Phường\tBa\u00A0\u00A0Đình \n'), 'phuong ba dinh');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s),
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)),
    );
  });

  it('leaves no uppercase letter, combining mark, đ, or doubled / edge whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldForSearch(s);
        return (
          !/\p{M}/u.test(folded.normalize('NFD')) &&
          !/[đĐ]/u.test(folded) &&
          !/\s\s/u.test(folded) &&
          folded === folded.trim() &&
          folded === folded.toLowerCase()
        );
      }),
    );
  });

  it('folds every Vietnamese letter to ASCII', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toUpperCase();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...all, ' ')).map((cs) => cs.join('')),
        (s) => /^[a-z ]*$/.test(foldForSearch(s)),
      ),
    );
  });
});
