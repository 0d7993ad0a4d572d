/**
 * PDF documents in Vietnamese with an embedded font (Noto Serif, SIL OFL, in reference/fonts): A4 and A5 pages and
 * a layout helper for administrative documents and the one-stop forms (Decree 30/2020/NĐ-CP Annex I; Circular
 * 01/2018/TT-VPCP art. 9: forms on A5, the tracking book on A4).
 */

export {
  type DocumentOptions,
  type HeaderInput,
  mm,
  type SignatureBlock,
  type TableColumn,
  type TextOptions,
} from './document-types.js';
export { FONTS, fontsDir } from './fonts.js';
export { OfficialDocument, renderPdf } from './official-document.js';
export { formatDong, placeAndDate, timeAndDate } from './vietnamese-date.js';
