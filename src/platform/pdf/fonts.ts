import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';

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

const parsed = new Map<FontStyle, Font>();

/**
 * The font, read and parsed once per process: parsing its tables again for every document was most of the
 * result PDF's CPU (issue 17: about 40 % of the app's profile). Each document still embeds only the subset of
 * glyphs it uses (pdfkit makes a subset per document from the shared parsed font).
 */
export function parsedFont(style: FontStyle): Font {
  let font = parsed.get(style);
  if (!font) {
    font = withTextLayerKept(create(readFileSync(FONTS[style])));
    parsed.set(style, font);
  }
  return font;
}

/**
 * fontkit caches a glyph with the code points of its first request. Subsetting a precomposed letter (ệ is built
 * from e and its marks) requests the component glyphs with none, so once one document had printed "Việt", every
 * later document of the process wrote "e" into its text layer as nothing ("SOCIALIST R PUBLIC": the page looked
 * right, copying, search and screen readers lost the letter). A glyph asked for by its characters gets them back.
 */
function withTextLayerKept(font: Font): Font {
  const cached = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = cached(id, codePoints);
    if (glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
  return font;
}

export function fontStyle(bold = false, italic = false): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}
