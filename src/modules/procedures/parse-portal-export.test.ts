import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { referenceDir } from '../../app/paths.js';
import { renderMessage } from '../../platform/http/messages.js';
import { readCsv } from './csv.js';
import { parseDurationText } from './duration-text.js';
import { parsePortalExport, splitList } from './parse-portal-export.js';

const SAMPLE = path.join(referenceDir, 'procedures', 'tthc_national_portal_2026-06.csv');
const sample = readFileSync(SAMPLE);
const HEADER =
  'ma_thu_tuc,ten_thu_tuc,cap_thuc_hien,linh_vuc,loai_thu_tuc,so_quyet_dinh,co_quan_thuc_hien,co_quan_co_tham_quyen,doi_tuong_thuc_hien,bo_nganh_thu_muc,thoi_han_theo_kenh,cach_thuc_thuc_hien_raw,detail_url';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'));

describe('processing time per channel (thời hạn giải quyết theo kênh)', () => {
  it('reads "Trực tiếp: 15 Ngày làm việc; Trực tuyến: 10 Ngày làm việc" as two structured durations', () => {
    const { durations, issues } = parseDurationText(
      'Trực tiếp: 15 Ngày làm việc; Trực tuyến: 10 Ngày làm việc',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(durations, [
      { channel: 'in_person', amount: 15, unit: 'working_days', text: '15 Ngày làm việc' },
      { channel: 'online', amount: 10, unit: 'working_days', text: '10 Ngày làm việc' },
    ]);
  });

  it('maps the portal’s units to the calendar’s: Ngày → calendar days, Giờ → working hours, Tháng → months', () => {
    const { durations } = parseDurationText(
      'Dịch vụ bưu chính: 30 Ngày; Trực tiếp: 8 Giờ; Trực tuyến: 3 Tháng',
    );
    assert.deepEqual(
      durations.map((d) => [d.channel, d.amount, d.unit]),
      [
        ['post', 30, 'calendar_days'],
        ['in_person', 8, 'working_hours'],
        ['online', 3, 'months'],
      ],
    );
  });

  it('reads 1.5 working days as exactly 3 half working days, and refuses 1.5 calendar days', () => {
    assert.deepEqual(parseDurationText('Trực tiếp: 1.5 Ngày làm việc').durations[0], {
      channel: 'in_person',
      amount: 3,
      unit: 'half_working_days',
      text: '1.5 Ngày làm việc',
    });
    assert.equal(parseDurationText('Trực tiếp: 1.5 Ngày').issues[0]?.kind, 'unparsable');
  });

  it('reports a number without a unit instead of guessing one (data/SOURCES.md)', () => {
    const { durations, issues } = parseDurationText(
      'Trực tuyến: 1 (không ghi đơn vị); Dịch vụ bưu chính: 1 (không ghi đơn vị); Trực tiếp: 5 Ngày làm việc',
    );
    assert.deepEqual(
      durations.map((d) => d.channel),
      ['in_person'],
    );
    assert.deepEqual(
      issues.map((i) => [i.kind, i.channel]),
      [
        ['no_unit', 'online'],
        ['no_unit', 'post'],
      ],
    );
  });

  it('reports an empty time as no_duration, and a channel given twice with different times as conflicting', () => {
    assert.equal(parseDurationText('').issues[0]?.kind, 'no_duration');
    const same = parseDurationText('Dịch vụ bưu chính: 02 Ngày làm việc; Dịch vụ bưu chính: 2 Ngày làm việc');
    assert.deepEqual([same.durations.length, same.issues.length], [1, 0]);
    const other = parseDurationText(
      'Trực tiếp: 2 Ngày làm việc; Trực tiếp: 3 Ngày làm việc; Trực tuyến: 1 Ngày',
    );
    assert.equal(other.issues[0]?.kind, 'conflicting');
    assert.deepEqual(
      other.durations.map((d) => d.channel),
      ['online'],
      'neither time is picked for the channel',
    );
  });

  it('never throws and never invents a duration from text without a unit word (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { durations } = parseDurationText(text);
        for (const d of durations) assert.ok(/Ngày|Giờ|Tháng/.test(d.text));
      }),
    );
  });
});

describe('the national portal export (reference/procedures sample)', () => {
  const parsed = parsePortalExport(sample);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 5)));

  it('reads 2,642 procedures, 588 of them at commune level (data/SOURCES.md)', () => {
    assert.equal(parsed.counts.rows, 2642);
    assert.equal(parsed.procedures.length, 2642);
    assert.equal(parsed.counts.communeLevel, 588);
  });

  it('reports the 137 rows with no parsable time and the 357 rows with a number but no unit', () => {
    assert.equal(parsed.counts.noDuration, 137);
    assert.equal(parsed.counts.noUnit, 357);
    // …and 68 rows giving one channel two different times (one per case), which are not picked from.
    assert.equal(new Set(parsed.report.filter((r) => r.kind === 'conflicting').map((r) => r.code)).size, 68);
    assert.equal(parsed.counts.reported, 562);
    const noUnitRows = new Set(parsed.report.filter((r) => r.kind === 'no_unit').map((r) => r.code));
    assert.equal(noUnitRows.size, 357);
    assert.equal(new Set(parsed.report.filter((r) => r.kind === 'no_duration').map((r) => r.code)).size, 137);
  });

  it('reads birth registration (1.001193) and reports its unitless "1" on every channel', () => {
    const birth = parsed.procedures.find((p) => p.code === '1.001193');
    assert.ok(birth);
    assert.equal(birth.name, 'Thủ tục đăng ký khai sinh');
    assert.deepEqual(birth.levels, ['commune']);
    assert.equal(birth.field, 'Hộ tịch');
    assert.equal(birth.decisionNumber, '163/QĐ-BTP');
    assert.equal(birth.decidingAgencyKind, 'people_committee');
    assert.deepEqual(birth.applicants, ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài']);
    assert.deepEqual(birth.durations, []);
    assert.deepEqual(birth.channels, ['online', 'post', 'in_person']);
    assert.deepEqual(
      parsed.report.filter((r) => r.code === '1.001193').map((r) => [r.kind, r.channel]),
      [
        ['no_unit', 'online'],
        ['no_unit', 'post'],
        ['no_unit', 'in_person'],
      ],
    );
    assert.ok(birth.fees.every((f) => f.kind === 'free'));
  });

  it('reads fees only where the flattened table is unambiguous, as integer đồng', () => {
    const inspection = parsed.procedures.find((p) => p.code === '1.013097');
    assert.deepEqual(inspection?.fees.map((f) => [f.channel, f.kind, f.amountDong]).slice(0, 1), [
      ['online', 'amount', 40000],
    ]);
    for (const p of parsed.procedures)
      for (const f of p.fees) assert.ok(f.amountDong === null || Number.isSafeInteger(f.amountDong));
  });

  it('gives row and line numbers in the report (the header is row 1)', () => {
    const first = parsed.report[0];
    assert.ok(first && first.row >= 2 && first.line >= first.row);
  });
});

describe('a malformed file fails whole, with row numbers', () => {
  const good =
    '1.000001,Thủ tục A,Cấp xã,Hộ tịch,,1/QĐ-BTP,,,Công dân Việt Nam,bo-tu-phap,Trực tiếp: 3 Ngày làm việc,,';

  it('lists every broken row: a bad code, a duplicate code, an unknown level, a short row', () => {
    const result = parsePortalExport(
      csv(
        good,
        'X.1,Thủ tục B,Cấp xã,Hộ tịch,,,,,,,,,',
        good,
        '1.000003,Thủ tục C,Cấp huyện,Hộ tịch,,,,,,,,,',
        '1.000004,Thủ tục D,Cấp xã',
      ),
    );
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.column ?? null]),
      [
        [3, 'ma_thu_tuc'],
        [4, 'ma_thu_tuc'],
        [5, 'cap_thuc_hien'],
        [6, null],
      ],
    );
    assert.match(result.errors[1]?.reason ?? '', /also on row 2/);
  });

  it('refuses an unclosed quote with its line, a missing column, a file that is not UTF-8', () => {
    const unclosed = parsePortalExport(csv(good, '1.000002,"Thủ tục B,Cấp xã'));
    assert.ok(
      !unclosed.ok && unclosed.errors[0]?.row === 3 && /never closed/.test(unclosed.errors[0].reason),
    );
    const missing = parsePortalExport(Buffer.from('ma_thu_tuc,ten_thu_tuc\r\n1.000001,A'));
    assert.ok(!missing.ok && /missing column/.test(missing.errors[0]?.reason ?? ''));
    const latin1 = parsePortalExport(Buffer.from([0x61, 0xe9, 0x0a]));
    assert.ok(!latin1.ok && /not UTF-8/.test(latin1.errors[0]?.reason ?? ''));
  });

  it('keeps line numbers right when a quoted field holds a line break', () => {
    const { records } = readCsv('a,b\r\n"x\ny",1\r\nz,2\r\n');
    assert.deepEqual(
      records.map((r) => [r.row, r.line]),
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
    );
  });
});

describe('the same export as an .xlsx spreadsheet (read with Node’s zlib, no dependency)', () => {
  it('reads shared and inline strings of the first sheet and parses like the CSV', () => {
    const rows = [
      HEADER.split(','),
      [
        '1.001193',
        'Thủ tục đăng ký khai sinh',
        'Cấp xã',
        'Hộ tịch',
        '',
        '163/QĐ-BTP',
        '',
        '',
        'Công dân Việt Nam',
        'bo-tu-phap',
        'Trực tiếp: 1 Ngày làm việc',
        '',
        'https://dichvucong.gov.vn/x',
      ],
    ];
    const result = parsePortalExport(xlsx(rows));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal(result.procedures[0]?.name, 'Thủ tục đăng ký khai sinh');
    assert.deepEqual(
      result.procedures[0]?.durations.map((d) => d.amount),
      [1],
    );
  });

  it('refuses a damaged spreadsheet whole', () => {
    const bytes = xlsx([['a']]).subarray(0, 60);
    const result = parsePortalExport(bytes);
    assert.ok(!result.ok && /xlsx|ZIP/i.test(result.errors[0]?.reason ?? ''));
    // Issue 15 §2: the operator reads why in Vietnamese by default.
    const why = result.errors[0]?.message;
    assert.ok(why);
    assert.equal(renderMessage(why, 'vi'), 'không đọc được tệp .xlsx (không có thư mục ZIP)');
  });

  it('tells in Vietnamese why a spreadsheet whose sheet is damaged cannot be read', () => {
    const bytes = Buffer.from(xlsx([['a'], ['b']]));
    const sheet = bytes.indexOf('xl/worksheets/sheet1.xml');
    // Spoil the local header of the first entry the reader opens, leaving the ZIP directory intact.
    bytes.writeUInt32LE(0, bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), sheet));
    const result = parsePortalExport(bytes);
    assert.ok(!result.ok);
    const why = result.errors[0]?.message;
    assert.ok(why, result.errors[0]?.reason);
    assert.match(renderMessage(why, 'vi'), /tệp \.xlsx (bị hỏng|không có trang tính)/);
  });
});

it('splits lists at commas outside brackets', () => {
  assert.deepEqual(splitList('Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam'), [
    'Tổ chức (không bao gồm doanh nghiệp, HTX)',
    'Công dân Việt Nam',
  ]);
});

/** A minimal .xlsx (deflated ZIP): header row as shared strings, other rows as inline strings. */
function xlsx(rows: string[][]): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const col = (i: number) => String.fromCharCode(65 + i);
  const shared = rows[0] ?? [];
  const sheetRows = rows.map(
    (row, r) =>
      `<row r="${r + 1}">${row
        .map((v, c) =>
          r === 0
            ? `<c r="${col(c)}${r + 1}" t="s"><v>${c}</v></c>`
            : v === ''
              ? ''
              : `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
        )
        .join('')}</row>`,
  );
  const files: Record<string, string> = {
    'xl/workbook.xml': '<workbook><sheets><sheet name="TTHC" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/sharedStrings.xml': `<sst>${shared.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(content));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Buffer.byteLength(content), 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Buffer.byteLength(content), 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
