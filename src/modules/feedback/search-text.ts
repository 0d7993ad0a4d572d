/**
 * Accent-insensitive search text for cases: "Đất đai" → "dat dai". Folds exactly as the units module does (its
 * `foldForSearch` is internal to it): lowercase, NFD, strip combining marks, đ → d, collapse whitespace. The
 * stored, trigram-indexed column depends on it: changing it means re-folding every stored row.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;

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

/** An ILIKE pattern matching `query` anywhere in folded text, with LIKE's wildcards escaped. */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
