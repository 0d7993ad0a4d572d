import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The embedded font family: Noto Serif (SIL OFL 1.1), shipped in reference/fonts with its licence. It covers every
 * Vietnamese letter as a precomposed glyph, and is a serif close to the Times New Roman of Decree 30/2020/NĐ-CP
 * Annex I. pdfkit embeds the subset of glyphs a document uses.
 */
export const fontsDir = fileURLToPath(new URL('../../../reference/fonts/', import.meta.url));

export const FONTS = {
  regular: `${fontsDir}NotoSerif-Regular.ttf`,
  bold: `${fontsDir}NotoSerif-Bold.ttf`,
  italic: `${fontsDir}NotoSerif-Italic.ttf`,
  boldItalic: `${fontsDir}NotoSerif-BoldItalic.ttf`,
} as const;
export type FontStyle = keyof typeof FONTS;

const loaded = new Map<FontStyle, Buffer>();

/** The font file's bytes, read once per process (each document still embeds only the glyphs it uses). */
export function fontBytes(style: FontStyle): Buffer {
  let bytes = loaded.get(style);
  if (!bytes) {
    bytes = readFileSync(FONTS[style]);
    loaded.set(style, bytes);
  }
  return bytes;
}

export function fontStyle(bold = false, italic = false): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}
