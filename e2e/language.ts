/**
 * Checks that a page speaks one language (issue 15: "an English message inside the Vietnamese UI" is not
 * wanted): English words that never occur in Vietnamese text, and Vietnamese letters that never occur in English.
 */

/** English words with no Vietnamese homograph ("in", "to", "do", "an" are Vietnamese words or names). */
const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'for',
  'with',
  'not',
  'is',
  'are',
  'this',
  'that',
  'cannot',
  'procedure',
  'received',
  'receive',
  'processing',
  'dossier',
  'unit',
  'time',
  'days',
  'score',
  'points',
  'formula',
  'note',
  'data',
  'average',
  'share',
  'rate',
  'satisfaction',
  'indicator',
  'group',
  'period',
  'quarter',
  'year',
  'report',
  'loading',
  'save',
  'submit',
  'invalid',
  'error',
  'province',
  'online',
  'dossiers',
  'late',
  'early',
];

/** English words found in `text` (whole words, any case). */
export function englishWordsIn(text: string): string[] {
  const words = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  return ENGLISH_WORDS.filter((w) => words.has(w));
}

/**
 * Vietnamese letters with diacritics found in `text`, with a little context around each. Legal document numbers
 * ("766/QĐ-TTg", "61/2018/NĐ-CP") are identifiers, cited so in English too, and are not counted.
 */
export function vietnameseIn(raw: string): string[] {
  const text = raw.replace(/\d+\/(\d{4}\/)?[A-ZĐ]+(-[A-ZĐ]+)*/g, '');
  const found: string[] = [];
  const re = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    found.push(text.slice(Math.max(0, at - 15), at + 15));
    if (found.length >= 10) break;
  }
  return found;
}
