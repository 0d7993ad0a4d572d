import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  COMMUNES_CSV,
  CONVERSIONS_CSV,
  DEFAULT_REFERENCE_DIR,
  loadReferenceData,
  parseCommunes2025,
  type ReferenceData,
  UNITS_PRE2025_JSON,
} from './reference-data.js';

async function load(): Promise<ReferenceData> {
  const result = await loadReferenceData();
  if (!result.ok)
    assert.fail(`reference data rejected:\n${JSON.stringify(result.errors.slice(0, 20), null, 2)}`);
  return result.data;
}
const data = await load();

const commune = (code: string) => data.communes.find((c) => c.code === code);

describe('2025 reference data (data/SOURCES.md checks)', () => {
  it('has 34 provincial units: 6 centrally run cities and 28 provinces (Resolution 202/2025/QH15)', () => {
    assert.equal(data.provinces.length, 34);
    assert.equal(data.provinces.filter((p) => p.type === 'city').length, 6);
    assert.equal(data.provinces.filter((p) => p.type === 'province').length, 28);
    assert.deepEqual(
      data.provinces.filter((p) => p.type === 'city').map((p) => p.name),
      [
        'Thành phố Hà Nội',
        'Thành phố Hải Phòng',
        'Thành phố Huế',
        'Thành phố Đà Nẵng',
        'Thành phố Hồ Chí Minh',
        'Thành phố Cần Thơ',
      ],
    );
  });

  it('merges each of the 63 pre-2025 provinces into exactly one 2025 province (Gia Lai 52 = 52 + 64)', () => {
    const merged = data.provinces.flatMap((p) => p.mergedFrom).sort();
    assert.deepEqual(merged, data.pre2025.provinces.map((p) => p.code).sort());
    assert.deepEqual(data.provinces.find((p) => p.code === '52')?.mergedFrom, ['52', '64']);
  });

  it('has 3,321 commune-level units with unique 5-digit codes', () => {
    assert.equal(data.communes.length, 3321);
    assert.equal(new Set(data.communes.map((c) => c.code)).size, 3321);
    assert.ok(data.communes.every((c) => /^\d{5}$/.test(c.code)));
  });

  it('gives Quảng Ninh (22) the đặc khu Cô Tô and Vân Đồn', () => {
    const zones = data.communes
      .filter((c) => c.provinceCode === '22' && c.type === 'dac_khu')
      .map((c) => c.name);
    assert.deepEqual(zones.sort(), ['Đặc khu Cô Tô', 'Đặc khu Vân Đồn']);
  });

  it('has the 13 đặc khu of RULES.md §4', () => {
    const zones = data.communes
      .filter((c) => c.type === 'dac_khu')
      .map((c) => c.name.replace('Đặc khu ', ''));
    const expected = [
      'Bạch Long Vĩ',
      'Cát Hải',
      'Cô Tô',
      'Vân Đồn',
      'Cồn Cỏ',
      'Hoàng Sa',
      'Lý Sơn',
      'Trường Sa',
    ];
    expected.push('Phú Quý', 'Côn Đảo', 'Phú Quốc', 'Kiên Hải', 'Thổ Châu');
    assert.deepEqual(zones.sort(), expected.sort());
  });

  it('codes Ia Mơ 23938 (the statistics office catalogue), keeping 23737 from letter 1027', () => {
    const iaMo = commune('23938');
    assert.equal(iaMo?.name, 'Xã Ia Mơ');
    assert.equal(iaMo?.provinceCode, '52');
    assert.equal(iaMo?.codeInCv1027, '23737');
    assert.equal(commune('23737'), undefined);
  });

  it('has an English name for all 3,321 units, Ba Chẽ joined across 06970 (official) / 06978 (thanglequoc)', () => {
    assert.ok(data.communes.every((c) => /^[\x20-\x7E]+$/.test(c.nameEn)));
    assert.ok(data.provinces.every((p) => p.nameEn !== ''));
    assert.equal(commune('06970')?.nameEn, 'Ba Che Commune');
    assert.equal(commune('06978'), undefined);
    assert.equal(commune('00745')?.name, 'Xã Phố Bảng');
  });

  it('keeps every text NFC-normalised', () => {
    const texts = [
      ...data.provinces.flatMap((p) => [p.name, p.nameEn, p.note ?? '']),
      ...data.communes.flatMap((c) => [c.name, c.nameEn, c.note ?? '']),
      ...data.pre2025.communes.map((c) => c.name),
      ...data.conversions.flatMap((c) => [c.oldName, c.relationText, c.fixApplied ?? '']),
    ];
    assert.ok(texts.every((t) => t === t.normalize('NFC')));
  });
});

describe('later changes on top of the 2025 baseline', () => {
  it('makes 10 Đồng Nai xã phường from 2026-04-30 (237/NQ-UBTVQH16), baseline left as xã', () => {
    const versions = data.communeVersions;
    assert.equal(versions.length, 10);
    for (const v of versions) {
      const base = commune(v.code);
      assert.equal(base?.provinceCode, '75');
      assert.equal(base?.type, 'xa');
      assert.equal(v.type, 'phuong');
      assert.equal(v.effectiveFrom, '2026-04-30');
      assert.equal(v.source, '237/NQ-UBTVQH16');
      assert.equal(v.name, base?.name.replace(/^Xã /, 'Phường '));
    }
    assert.deepEqual(versions.map((v) => v.name.replace('Phường ', '')).sort(), [
      'Dầu Giây',
      'Long Thành',
      'Lộc Ninh',
      'Nhơn Trạch',
      'Trảng Bom',
      'Trị An',
      'Tân Khai',
      'Tân Phú',
      'Xuân Lộc',
      'Đồng Phú',
    ]);
  });

  it('makes Đồng Nai (75) a centrally run city from 2026-04-30 (Resolution 30/2026/QH16)', () => {
    assert.deepEqual(data.provinceVersions, [
      {
        code: '75',
        effectiveFrom: '2026-04-30',
        type: 'city',
        name: 'Thành phố Đồng Nai',
        source: '30/2026/QH16',
      },
    ]);
    assert.equal(data.provinces.find((p) => p.code === '75')?.type, 'province');
  });
});

describe('pre-2025 units and the old → new conversion', () => {
  it('has 63 provinces, 696 districts and 10,035 communes before 1 July 2025', () => {
    assert.equal(data.pre2025.provinces.length, 63);
    assert.equal(data.pre2025.districts.length, 696);
    assert.equal(data.pre2025.communes.length, 10035);
  });

  it('converts every pre-2025 commune at least once, and into a 2025 unit that exists', () => {
    const converted = new Set(data.conversions.map((c) => c.oldCode));
    assert.deepEqual(
      data.pre2025.communes.filter((c) => !converted.has(c.code)),
      [],
    );
    const codes = new Set(data.communes.map((c) => c.code));
    assert.ok(data.conversions.every((c) => codes.has(c.newCode)));
    assert.equal(data.conversions.length, 10571);
  });

  it('converts old 00556 Xã Đặng Xá (Gia Lâm, Hà Nội) in part to Xã Phù Đổng and Xã Thuận An', () => {
    const rows = data.conversions.filter((c) => c.oldCode === '00556');
    const old = data.pre2025.communes.find((c) => c.code === '00556');
    assert.equal(old?.name, 'Xã Đặng Xá');
    assert.equal(data.pre2025.districts.find((d) => d.code === old?.districtCode)?.name, 'Huyện Gia Lâm');
    assert.deepEqual(
      rows.map((c) => [commune(c.newCode)?.name, c.relation, c.fixApplied]),
      [
        ['Xã Phù Đổng', 'part', null],
        ['Xã Thuận An', 'part', 'old_code sửa từ 00553'],
      ],
    );
  });

  it('sends a unit "whole" into only one new unit', () => {
    const targets = new Map<string, number>();
    for (const c of data.conversions)
      if (c.oldCode) targets.set(c.oldCode, (targets.get(c.oldCode) ?? 0) + 1);
    const whole = data.conversions.filter((c) => c.relation === 'whole' && c.oldCode !== null);
    assert.ok(whole.length > 9000);
    assert.deepEqual(
      whole.filter((c) => targets.get(c.oldCode ?? '') !== 1),
      [],
    );
  });

  it('converts the five island districts without communes whole into đặc khu', () => {
    const districts = data.conversions.filter((c) => c.source === 'district');
    assert.equal(districts.length, 5);
    assert.ok(districts.every((c) => c.relation === 'whole' && commune(c.newCode)?.type === 'dac_khu'));
    // Cồn Cỏ: the table says 44 (the new code); the pre-2025 hierarchy says Quảng Trị was 45.
    assert.equal(districts.find((c) => c.oldDistrictCode === '471')?.oldProvinceCode, '45');
  });
});

describe('strict, whole validation', () => {
  it('rejects a broken communes CSV whole, listing every bad row (header = row 1)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tinhso-units-'));
    try {
      await cp(DEFAULT_REFERENCE_DIR, dir, { recursive: true });
      await appendFile(
        path.join(dir, COMMUNES_CSV),
        [
          '1234,Xã Mã Ngắn,xã,22,Tỉnh Quảng Ninh,3322,01234,', // row 3323: code not 5 digits
          '88888,Xã Thiếu Cột,xã,22', // row 3324: 4 fields
          '77777,Xã Không Rõ,thôn,22,Tỉnh Quảng Ninh,3323,77777,', // row 3325: unknown type
          '66666,Xã Tỉnh Lạ,xã,99,Tỉnh Lạ,3324,66666,', // row 3326: unknown province
          '23938,Xã Ia Mơ,xã,52,Tỉnh Gia Lai,3325,23938,', // row 3327: duplicate code
          '',
        ].join('\n'),
      );
      const result = await loadReferenceData(dir);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal('data' in result, false);
      const communeErrors = result.errors.filter((e) => e.file === COMMUNES_CSV);
      const reasonsAt = (row: number) => communeErrors.filter((e) => e.row === row).map((e) => e.reason);
      assert.ok(reasonsAt(3323).includes('code "1234" is not 5 digits'));
      assert.deepEqual(reasonsAt(3324), ['has 4 fields, expected 8']);
      assert.ok(reasonsAt(3325).includes('unknown type "thôn"'));
      assert.ok(reasonsAt(3326).includes('unknown province 99'));
      assert.deepEqual(reasonsAt(3327), ['duplicate code 23938']);
      assert.deepEqual([...new Set(communeErrors.map((e) => e.row))].sort(), [3323, 3324, 3325, 3326, 3327]);
      assert.ok(
        result.errors.every((e) => e.file === COMMUNES_CSV),
        JSON.stringify(result.errors, null, 1),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects conversion rows with an unknown wording, an unknown old code or a duplicate pair', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tinhso-units-'));
    try {
      await cp(DEFAULT_REFERENCE_DIR, dir, { recursive: true });
      const hanoi = '01,Thành phố Hà Nội,00004,Phường Ba Đình,01,Thành phố Hà Nội,001,Quận Ba Đình';
      await appendFile(
        path.join(dir, CONVERSIONS_CSV),
        [
          '01,Thành phố Hà Nội,00008,Phường Ngọc Hà,01,Thành phố Hà Nội,001,Quận Ba Đình,00013,Phường Quán Thánh,commune,Sáp nhập,', // row 10573: unknown relation
          `${hanoi},99999,Phường Ma,commune,Nhập toàn bộ,`, // row 10574: not a pre-2025 commune
          `${hanoi},00004,Phường Trúc Bạch,commune,Nhập toàn bộ,`, // row 10575: duplicate of row 2
          '',
        ].join('\n'),
      );
      const result = await loadReferenceData(dir);
      assert.equal(result.ok, false);
      if (result.ok) return;
      const byRow = (row: number | null) => result.errors.filter((e) => e.row === row).map((e) => e.reason);
      assert.deepEqual(byRow(10573), ['unknown relation "Sáp nhập"']);
      assert.deepEqual(byRow(10574), ['old_code 99999 is not a pre-2025 commune']);
      assert.deepEqual(byRow(10575), ['duplicate conversion 00004 → 00004']);
      assert.ok(result.errors.every((e) => e.file === CONVERSIONS_CSV && e.row !== null && e.row > 10572));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file by name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tinhso-units-'));
    try {
      const result = await loadReferenceData(dir);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.ok(result.errors.some((e) => e.file === UNITS_PRE2025_JSON && e.row === null));
      assert.equal(result.errors.length, 5);
    } finally {
      await rmdir(dir);
    }
  });

  it('parses a communes CSV alone and numbers rows from the header (pure parser)', () => {
    const header = 'code,name,type,province_code,province_name,stt_cv1027,code_in_cv1027,note';
    const csv = [
      header,
      '07192,Đặc khu Cô Tô,đặc khu,22,Tỉnh Quảng Ninh,1,07192,',
      '06994,Phường Vân Đồn,đặc khu,22,Tỉnh Quảng Ninh,2,06994,', // name does not match its type
      '26485,Xã Nhơn Trạch,xã,75,Tỉnh Đồng Nai,3,26485,thành phường từ 31/02/2026 (237/NQ-UBTVQH16)',
      '',
    ].join('\n');
    const result = parseCommunes2025(csv, { provinces: null, english: null });
    assert.deepEqual(
      result.communes.map((c) => c.code),
      ['07192'],
    );
    assert.deepEqual(
      result.issues.map((i) => [i.row, i.reason]),
      [
        [3, 'name "Phường Vân Đồn" does not start with "Đặc khu "'],
        [4, 'the note gives an impossible date'],
      ],
    );
  });
});
