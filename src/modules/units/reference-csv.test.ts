import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv, readCsvTable } from './reference-csv.js';

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and ignores one final line break', () => {
    assert.deepEqual(parseCsv('a,b\n1,2\n'), {
      ok: true,
      records: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
  });

  it('accepts CRLF and a UTF-8 BOM', () => {
    assert.deepEqual(parseCsv('\uFEFFa,b\r\n1,2'), {
      ok: true,
      records: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
  });

  it('keeps empty fields, including a trailing one', () => {
    assert.deepEqual(parseCsv('a,,\n'), { ok: true, records: [['a', '', '']] });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks as data', () => {
    const text = 'code,note\n00745,"CV 1027 viết ""Phố Bảng"", x"\n2,"line\nbreak"\n';
    assert.deepEqual(parseCsv(text), {
      ok: true,
      records: [
        ['code', 'note'],
        ['00745', 'CV 1027 viết "Phố Bảng", x'],
        ['2', 'line\nbreak'],
      ],
    });
  });

  it('rejects an unclosed quote, naming the record where it opened', () => {
    assert.deepEqual(parseCsv('a\n"open\nstill open'), {
      ok: false,
      row: 2,
      reason: 'quoted field is not closed',
      why: { key: 'units.csvUnclosedQuote' },
    });
  });

  it('rejects a quote inside an unquoted field and text after a closing quote', () => {
    assert.equal(parseCsv('a\nab"c').ok, false);
    assert.equal(parseCsv('a\n"ab"c').ok, false);
  });

  it('returns no records for empty text', () => {
    assert.deepEqual(parseCsv(''), { ok: true, records: [] });
  });
});

describe('readCsvTable', () => {
  it('requires the exact header and reports every row with the wrong field count (header = row 1)', () => {
    const { rows, issues } = readCsvTable('x,y\n1,2\n3\n4,5\n6,7,8\n', 't.csv', ['x', 'y']);
    assert.deepEqual(
      rows.map((r) => [r.row, r.get('x'), r.get('y')]),
      [
        [2, '1', '2'],
        [4, '4', '5'],
      ],
    );
    assert.deepEqual(issues, [
      { file: 't.csv', row: 3, reason: 'has 1 fields, expected 2' },
      { file: 't.csv', row: 5, reason: 'has 3 fields, expected 2' },
    ]);
  });

  it('rejects a header that differs', () => {
    const { rows, issues } = readCsvTable('x,z\n1,2\n', 't.csv', ['x', 'y']);
    assert.equal(rows.length, 0);
    assert.equal(issues[0]?.row, 1);
  });

  it('NFC-normalises every field', () => {
    const decomposed = 'Xa\u0303 Ia Mo\u031B';
    const { rows } = readCsvTable(`name\n${decomposed}\n`, 't.csv', ['name']);
    assert.equal(rows[0]?.get('name'), 'Xã Ia Mơ');
  });
});
