/**
 * Excel workbooks (exceljs) laid out as a report: heading lines, a header row that repeats when printed, rows
 * (bold ones for totals and groups), column widths and number formats; and the pieces several-sheet workbooks are
 * built from (oversight's report). Cells are written as values, never as formulas (a report that wants a formula
 * sets that cell itself), so text that starts with "=" stays text. Amounts stay whole numbers (đồng), rates numbers in percent.
 */
import ExcelJS from 'exceljs';
import { nfc } from './text.js';

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** `integer`: grouped whole numbers (đồng); `decimal`: up to 2 decimals (percent, rates); else text. */
  format?: 'text' | 'integer' | 'decimal';
}

export type SheetCell = string | number | bigint | null | undefined;

export interface SheetRow {
  cells: SheetCell[];
  /** Totals and group lines. */
  bold?: boolean;
}

export interface SheetInput {
  /** The workbook's title (its properties) and the first, bold heading line. */
  title: string;
  sheetName: string;
  /** Lines under the title (the province, the date of the figures, the unit of amounts). */
  lines?: string[];
  columns: SheetColumn[];
  rows: SheetRow[];
  /** Lines after the table (notes, sources). */
  notes?: string[];
  landscape?: boolean;
  /** Fixes the workbook's dates (tests, reproducible files). */
  createdAt?: Date;
}

const NUMBER_FORMAT = { integer: '#,##0', decimal: '#,##0.00' } as const;

function value(cell: SheetCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'bigint') {
    // Whole đồng up to 2^53 are exact as numbers (9 million billion đồng); beyond, keep the digits as text.
    return cell <= BigInt(Number.MAX_SAFE_INTEGER) && cell >= -BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(cell)
      : cell.toString();
  }
  return typeof cell === 'string' ? nfc(cell) : cell;
}

/** A workbook with tinhso's properties (title, creator, dates). */
export function newWorkbook(title: string, createdAt: Date = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tinhso';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  workbook.title = nfc(title);
  return workbook;
}

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const THIN = { style: 'thin' as const };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A header row as every tinhso table has it: bold, shaded, wrapped, bordered. */
export function styleHeader(row: ExcelJS.Row, width = row.cellCount): void {
  row.font = { bold: true };
  row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  borderRow(row, width);
  for (let i = 1; i <= width; i++) row.getCell(i).fill = HEAD_FILL;
}

/** Thin borders round the first `width` cells of a row. */
export function borderRow(row: ExcelJS.Row, width: number): void {
  for (let i = 1; i <= width; i++) row.getCell(i).border = BORDERS;
}

/** A table on a sheet: its header row (styleHeader), then rows wrapped at the top with bordered cells. */
export function addTable(
  sheet: ExcelJS.Worksheet,
  header: readonly SheetCell[],
  rows: readonly SheetRow[],
): { header: ExcelJS.Row; rows: ExcelJS.Row[] } {
  const width = header.length;
  const head = sheet.addRow(header.map(value));
  styleHeader(head, width);
  const added = rows.map((r) => {
    const row = sheet.addRow(r.cells.map(value));
    if (r.bold) row.font = { bold: true };
    row.alignment = { vertical: 'top', wrapText: true };
    borderRow(row, width);
    return row;
  });
  return { header: head, rows: added };
}

/** Column widths in characters, from the first column. */
export function setColumnWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
}

/** One sheet in one workbook, as the bytes of an .xlsx file. */
export async function renderXlsx(input: SheetInput): Promise<Buffer> {
  const workbook = newWorkbook(input.title, input.createdAt);
  const sheet = workbook.addWorksheet(input.sheetName.slice(0, 31), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: input.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const width = input.columns.length;
  const heading = (text: string, bold: boolean) => {
    const row = sheet.addRow([nfc(text)]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = { bold, size: bold ? 13 : 11 };
    row.alignment = { horizontal: 'center', wrapText: true };
  };
  heading(input.title, true);
  for (const line of input.lines ?? []) heading(line, false);
  sheet.addRow([]);

  setColumnWidths(
    sheet,
    input.columns.map((c) => c.width),
  );
  input.columns.forEach((c, i) => {
    if (c.format === 'integer' || c.format === 'decimal')
      sheet.getColumn(i + 1).numFmt = NUMBER_FORMAT[c.format];
  });
  const { header } = addTable(
    sheet,
    input.columns.map((c) => c.header),
    input.rows,
  );
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  if (input.notes?.length) {
    sheet.addRow([]);
    for (const note of input.notes) sheet.addRow([nfc(note)]).font = { italic: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a workbook's first sheet as plain values (tests read exports back with it). */
export async function readXlsxRows(
  bytes: Buffer | Uint8Array,
): Promise<Array<Array<string | number | null>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: Array<Array<string | number | null>> = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const cells: Array<string | number | null> = [];
    for (let i = 1; i <= row.cellCount; i++) {
      const v = row.getCell(i).value;
      cells.push(typeof v === 'number' || typeof v === 'string' ? v : v === null ? null : String(v));
    }
    rows.push(cells);
  });
  return rows;
}
