import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, toCsv } from './csv.js';
import { onTimeRate } from './export-rows.js';

describe('CSV exports a spreadsheet opens safely', () => {
  it('starts with a UTF-8 byte-order mark and ends rows with CRLF, keeping Vietnamese text as it is', () => {
    assert.equal(
      toCsv([
        ['Cơ quan', 'Đúng hạn'],
        ['Sở Tài chính', 2],
      ]),
      '\uFEFFCơ quan,Đúng hạn\r\nSở Tài chính,2\r\n',
    );
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('Sở Văn hóa, Thể thao và Du lịch'), '"Sở Văn hóa, Thể thao và Du lịch"');
    assert.equal(csvCell('nói "có"\nrồi'), '"nói ""có""\nrồi"');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+84 912'), "'+84 912");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell(-3), '-3', 'numbers stay numbers');
  });

  it('computes the on-time rate from counts when read, and leaves it empty when nothing is done yet', () => {
    assert.equal(onTimeRate(2, 1), '66.7');
    assert.equal(onTimeRate(0, 0), '');
  });
});
