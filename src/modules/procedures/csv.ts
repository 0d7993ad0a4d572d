/**
 * A strict RFC 4180 CSV reader for the national portal's export: quoted fields may hold commas, quotes ("") and
 * line breaks; records end in CRLF or LF. Strict means a broken file is refused with where it broke, never
 * read "as well as possible" (issue 5 §2: a malformed file fails whole, with row numbers).
 */
import { type Message, renderMessage } from '../../platform/http/messages.js';
import { msg } from './messages.js';

export interface CsvRecord {
  /** 1-based record number, the header being record 1 (what a spreadsheet shows as the row number). */
  row: number;
  /** 1-based line of the file the record starts on (differs from `row` once a field holds a line break). */
  line: number;
  fields: string[];
}

/** Where the file broke: `reason` in English (logs, tests), `message` in the reader's language (issue 15 §2). */
export type CsvError = { row: number; line: number; reason: string; message: Message };

const broken = (row: number, line: number, message: Message): CsvError => ({
  row,
  line,
  reason: renderMessage(message, 'en'),
  message,
});

export function readCsv(text: string): { records: CsvRecord[]; errors: CsvError[] } {
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 BOM, as Excel writes
  let i = 0;
  let line = 1;
  const n = source.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let ended = false;
    while (!ended) {
      if (source[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = source[i];
          if (c === '"') {
            if (source[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) {
          errors.push(broken(records.length + 1, startLine, msg('procedures.csvUnclosedQuote')));
          return { records, errors };
        }
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          const text = JSON.stringify(source.slice(i, i + 20));
          errors.push(broken(records.length + 1, line, msg('procedures.csvTextAfterQuote', { text })));
          return { records, errors };
        }
      } else {
        while (i < n && source[i] !== ',' && source[i] !== '\n' && source[i] !== '\r') {
          if (source[i] === '"') {
            errors.push(broken(records.length + 1, line, msg('procedures.csvStrayQuote')));
            return { records, errors };
          }
          field += source[i];
          i++;
        }
      }
      fields.push(field);
      field = '';
      const c = source[i];
      if (c === ',') {
        i++;
      } else {
        if (c === '\r') i++;
        if (source[i] === '\n') i++;
        line++;
        ended = true;
      }
    }
    // A blank line (one empty field) between records is not a record.
    if (!(fields.length === 1 && fields[0] === ''))
      records.push({ row: records.length + 1, line: startLine, fields });
  }
  return { records, errors };
}
