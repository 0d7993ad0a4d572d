import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, csvLine, toCsv } from './csv.js';

/** The one CSV writer every export uses (issue 23 §3). */
describe('CSV exports a spreadsheet opens safely', () => {
  it('starts with a UTF-8 byte-order mark and ends rows with CRLF, keeping Vietnamese text as it is', () => {
    assert.equal(
      toCsv([
        ['Cơ quan', 'Đúng hạn'],
        ['Sở Tài chính', 2],
      ]),
      '\uFEFFCơ quan,Đúng hạn\r\nSở Tài chính,2\r\n',
    );
    assert.equal(csvLine(['a', null, undefined, true]), 'a,,,true\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('Sở Văn hóa, Thể thao và Du lịch'), '"Sở Văn hóa, Thể thao và Du lịch"');
    assert.equal(csvCell('nói "có"\nrồi'), '"nói ""có""\nrồi"');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+84 912'), "'+84 912");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('-1+2'), "'-1+2");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell(-3), '-3', 'numbers stay numbers');
    assert.equal(csvCell('-3'), '-3', 'a text that is only a number stays a number');
    assert.equal(csvCell('-1.234,5'), '"-1.234,5"', 'a Vietnamese-formatted number is quoted, not defused');
  });
});
