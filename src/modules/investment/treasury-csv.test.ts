import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMessage } from '../../platform/http/messages.js';
import { disbursementProblems, planYearWindow, sameDayLastYear } from './disbursement-rules.js';
import { groupDigits, rate } from './money.js';
import { parseCsvRecords, parseTreasuryCsv } from './treasury-csv.js';

const HEADER = 'ma_du_an,nam_ke_hoach,nguon_von,ngay_thanh_toan,so_tien,so_chung_tu,ghi_chu';

describe('the State Treasury CSV and the disbursement rules (issue 9, Investment §1)', () => {
  it('reads RFC 4180 records: quotes, doubled quotes, commas and line breaks inside fields, CRLF, a BOM', () => {
    const records = parseCsvRecords('\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n');
    assert.deepEqual(records, [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'line\nbreak'] },
    ]);
  });

  it('parses rows with Vietnamese dates, grouped digits and source codes', () => {
    const parsed = parseTreasuryCsv(
      `${HEADER}\n7900301,2026,NSDP,05/03/2026,"1.250.000.000",KB-01,\n7900301,2026,ctmtqg,2026-03-06,500000,KB-02,Tạm ứng\n`,
    );
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.rows.map((r) => [r.row, r.source, r.disbursedOn, r.amount, r.note]),
      [
        [2, 'local_budget', '2026-03-05', 1_250_000_000n, null],
        [3, 'national_target_programme', '2026-03-06', 500_000n, 'Tạm ứng'],
      ],
    );
  });

  it('names every bad row and column, and returns no rows at all when any is bad (all or nothing)', () => {
    const parsed = parseTreasuryCsv(
      `${HEADER}\n7900301,2026,NSDP,31/02/2026,100,KB-01,\n7900301,26,XYZ,01/03/2026,1.5,KB-02,\n7900301,2026,NSTW,01/03/2026,100,KB-01,\n`,
    );
    assert.deepEqual(parsed.rows, []);
    assert.deepEqual(
      parsed.problems.map((p) => `${p.row}:${p.column}`),
      ['2:ngay_thanh_toan', '3:nam_ke_hoach', '3:nguon_von', '3:so_tien', '4:so_chung_tu'],
    );
    assert.match(
      renderMessage(parseTreasuryCsv('ma_du_an,so_tien\n').problems[0]!.message, 'en'),
      /missing column nam_ke_hoach/,
    );
  });

  it('allows a plan year’s payments from 1 January to 31 January of the next year (Law 58/2024/QH15 art. 72(1))', () => {
    assert.deepEqual(planYearWindow(2025), { start: '2025-01-01', end: '2026-01-31' });
    const base = {
      planYear: 2025,
      today: '2026-11-23',
      amount: 10n,
      plan: 100n,
      alreadyPaid: 0n,
      note: null,
    };
    assert.deepEqual(disbursementProblems({ ...base, disbursedOn: '2026-01-31' }), []);
    assert.equal(disbursementProblems({ ...base, disbursedOn: '2026-02-01' })[0]?.field, 'disbursedOn');
    assert.equal(
      disbursementProblems({ ...base, disbursedOn: '2025-06-01', alreadyPaid: 95n })[0]?.field,
      'note',
    );
    assert.deepEqual(
      disbursementProblems({ ...base, disbursedOn: '2025-06-01', alreadyPaid: 95n, note: 'why' }),
      [],
    );
    assert.equal(
      disbursementProblems({ ...base, disbursedOn: '2025-06-01', plan: null })[0]?.field,
      'source',
    );
  });

  it('computes rates from whole-đồng sums without float drift, and compares with the same day a year before', () => {
    assert.equal(rate(583n, 1000n), 58.3);
    assert.equal(rate(1n, 3n), 33.33);
    assert.equal(rate(5n, 0n), null);
    assert.equal(groupDigits(1_250_000_000n), '1.250.000.000');
    assert.equal(sameDayLastYear('2028-02-29'), '2027-02-28');
    assert.equal(sameDayLastYear('2026-11-23'), '2025-11-23');
  });
});
