/**
 * Accent-insensitive search text, one folding for every module: "Đặc khu Cô Tô" → "dac khu co to", so a citizen
 * typing "co to" finds "Cô Tô" the same way in units, procedures, feedback and oversight (PRODUCT.md).
 *
 * Modules store this folded text in indexed (trigram) columns, so the function must stay deterministic and
 * stable: changing it means re-folding every stored row of every module.
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

/** An ILIKE pattern matching `query` anywhere in folded text, with LIKE's own characters escaped. */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
