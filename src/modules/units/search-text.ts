/**
 * Accent-insensitive search text for unit names: "Đặc khu Cô Tô" → "dac khu co to".
 *
 * The database stores this folded text in an indexed column, so the function must stay deterministic and
 * stable: changing it means re-folding every stored row.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;

/**
 * Lowercases, decomposes (NFD), strips combining marks, maps đ/Đ to d, collapses runs of whitespace to one
 * space and trims; the result is NFC. Idempotent: `foldForSearch(foldForSearch(x)) === foldForSearch(x)`.
 * Lowercasing comes first because it can itself produce combining marks ("İ" → "i" + U+0307).
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/gu, 'd')
    .replace(WHITESPACE, ' ')
    .trim()
    .normalize('NFC');
}
