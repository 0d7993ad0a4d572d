/** The part of fontkit (pdfkit's font engine) tinhso uses: parse a font file once per process. */
declare module 'fontkit' {
  /** A parsed font; pdfkit takes it in place of the file's bytes (anything with a `layout` method). */
  export interface Font {
    layout(text: string): unknown;
    /** The glyph with this id, cached by the font: the code points are kept from the glyph's first request. */
    getGlyph(id: number, codePoints?: number[]): Glyph;
  }
  export interface Glyph {
    /** The characters the glyph stands for: what pdfkit writes into the PDF's text layer (ToUnicode). */
    codePoints: number[];
  }
  export function create(buffer: Uint8Array): Font;
}
