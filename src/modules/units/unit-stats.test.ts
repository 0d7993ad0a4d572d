import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { checkBaselineFigures, type UnitStats, unitStatsAsOf, unitsAsOf } from './unit-stats.js';

const loaded = await loadReferenceData();
if (!loaded.ok) assert.fail(JSON.stringify(loaded.errors.slice(0, 20)));
const data: ReferenceData = loaded.data;

function statsAsOf(date: string): UnitStats {
  const result = unitStatsAsOf(data, date);
  if (!result.ok) assert.fail(`no stats as of ${date}: ${result.error.kind}`);
  return result.stats;
}

const totals = ({ byProvince: _, asOf: __, ...rest }: UnitStats) => rest;

describe('unit stats as of a date', () => {
  it('counts 34 provinces (6 + 28) and 3,321 communes = 2,621 xã + 687 phường + 13 đặc khu on 2025-07-01', () => {
    assert.deepEqual(totals(statsAsOf('2025-07-01')), {
      provinces: 34,
      cities: 6,
      provincesProper: 28,
      communes: 3321,
      xa: 2621,
      phuong: 687,
      dac_khu: 13,
    });
    assert.deepEqual(checkBaselineFigures(data), []);
  });

  it('counts Cao Bằng (04) as 56 units: 53 xã and 3 phường', () => {
    const caoBang = statsAsOf('2025-07-01').byProvince.find((p) => p.province === '04');
    assert.deepEqual(caoBang, { province: '04', total: 56, xa: 53, phuong: 3, dac_khu: 0 });
  });

  it('counts 126 units in Hà Nội and 168 in Hồ Chí Minh City (RULES.md §4)', () => {
    const byProvince = statsAsOf('2025-07-01').byProvince;
    assert.equal(byProvince.find((p) => p.province === '01')?.total, 126);
    assert.equal(byProvince.find((p) => p.province === '79')?.total, 168);
    assert.equal(byProvince.length, 34);
    assert.equal(
      byProvince.reduce((sum, p) => sum + p.total, 0),
      3321,
    );
  });

  it('keeps the baseline until the day before a change takes effect (2026-04-29)', () => {
    assert.deepEqual(totals(statsAsOf('2026-04-29')), totals(statsAsOf('2025-07-01')));
  });

  it('counts the 10 Đồng Nai xã as phường and Đồng Nai as a city from 2026-04-30, total unchanged', () => {
    for (const date of ['2026-04-30', '2026-05-01']) {
      const stats = statsAsOf(date);
      assert.deepEqual(totals(stats), {
        provinces: 34,
        cities: 7,
        provincesProper: 27,
        communes: 3321,
        xa: 2611,
        phuong: 697,
        dac_khu: 13,
      });
      const before = statsAsOf('2025-07-01').byProvince.find((p) => p.province === '75');
      const after = stats.byProvince.find((p) => p.province === '75');
      assert.equal(after?.total, before?.total);
      assert.equal(after?.xa, (before?.xa ?? 0) - 10);
      assert.equal(after?.phuong, (before?.phuong ?? 0) + 10);
    }
  });

  it('uses the new name from the date of the change', () => {
    const { communes, provinces } = unitsAsOf(data, '2026-05-01');
    assert.equal(communes.find((c) => c.code === '26485')?.name, 'Phường Nhơn Trạch');
    assert.equal(provinces.find((p) => p.code === '75')?.name, 'Thành phố Đồng Nai');
    assert.equal(data.communes.find((c) => c.code === '26485')?.name, 'Xã Nhơn Trạch');
  });

  it('refuses a date before the 2025 units existed, or not a date', () => {
    assert.deepEqual(unitStatsAsOf(data, '2025-06-30'), {
      ok: false,
      error: { kind: 'before-baseline', baseline: '2025-07-01' },
    });
    assert.deepEqual(unitStatsAsOf(data, '2026-02-30'), {
      ok: false,
      error: { kind: 'invalid-date', value: '2026-02-30' },
    });
  });
});
