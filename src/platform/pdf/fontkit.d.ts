/** The part of fontkit (pdfkit's font engine) tinhso uses: parse a font file once per process. */
declare module 'fontkit' {
  /** A parsed font; pdfkit takes it in place of the file's bytes (anything with a `layout` method). */
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}
