import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';

describe('units API: browse, search, lineage, effective dates (issue 3 §2, §4, §6)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());
  const get = async (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });

  it('counts 34 provinces (6 cities + 28) and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu) on 1/7/2025', async () => {
    const stats = (await get('/units/stats?asOf=2025-07-01')).json();
    assert.deepEqual(
      { ...stats, asOf: undefined },
      {
        asOf: undefined,
        provinces: 34,
        cities: 6,
        provincesProper: 28,
        communes: 3321,
        xa: 2621,
        phuong: 687,
        dac_khu: 13,
      },
    );
  });

  it('shows the 10 Đồng Nai xã that became phường on 30/04/2026 as a new version, not an edit', async () => {
    const before = (await get('/units/stats?asOf=2026-04-29')).json();
    const after = (await get('/units/stats?asOf=2026-04-30')).json();
    assert.equal(after.phuong - before.phuong, 10);
    assert.equal(before.xa - after.xa, 10);
    assert.equal(after.communes, 3321);
    const nhonTrach = (await get('/units/26485')).json();
    assert.deepEqual(
      nhonTrach.versions.map((v: { effectiveFrom: string; type: string; effectiveTo: string | null }) => [
        v.effectiveFrom,
        v.type,
        v.effectiveTo,
      ]),
      [
        ['2025-07-01', 'xa', '2026-04-30'],
        ['2026-04-30', 'phuong', null],
      ],
    );
  });

  it('lists Cao Bằng’s 56 communes (53 xã + 3 phường) in the province tree', async () => {
    const provinces = (await get('/units/provinces?asOf=2025-07-01')).json();
    const caoBang = provinces.items.find((p: { code: string }) => p.code === '04');
    assert.deepEqual(
      [caoBang.name, caoBang.communes, caoBang.xa, caoBang.phuong, caoBang.dac_khu],
      ['Tỉnh Cao Bằng', 56, 53, 3, 0],
    );
    const communes = (await get('/units/provinces/04/communes')).json();
    assert.equal(communes.items.length, 56);
    assert.deepEqual(communes.stats, { total: 56, xa: 53, phuong: 3, dac_khu: 0 });
  });

  it('finds units ignoring diacritics and case: "co to", "cao bang", "ia mo", "CÔ TÔ"', async () => {
    const names = async (q: string) =>
      (await get(`/units/search?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((u: { name: string }) => u.name);
    assert.ok((await names('co to')).includes('Đặc khu Cô Tô'));
    assert.ok((await names('CÔ TÔ')).includes('Đặc khu Cô Tô'));
    assert.equal((await names('cao bang'))[0], 'Tỉnh Cao Bằng');
    assert.ok((await names('ia mo')).includes('Xã Ia Mơ'));
    assert.deepEqual(await names('23938'), ['Xã Ia Mơ']);
  });

  it('finds pre-2025 units when asked to', async () => {
    const result = (await get('/units/search?q=dang%20xa&legacy=true')).json();
    assert.ok(result.items.some((u: { code: string; legacy: boolean }) => u.code === '00556' && u.legacy));
  });

  it('traces lineage both ways: old 00556 → Phù Đổng and Thuận An; Thuận An ← the old units merged in', async () => {
    const old = (await get('/units/lineage/00556')).json();
    assert.equal(old.legacyUnit.name, 'Xã Đặng Xá');
    assert.deepEqual(
      old.successors.map((l: { newCode: string; relation: string }) => [l.newCode, l.relation]).sort(),
      [
        ['00541', 'part'],
        ['00562', 'part'],
      ],
    );
    const merged = (await get('/units/lineage/00562')).json();
    assert.ok(merged.predecessors.some((l: { oldCode: string }) => l.oldCode === '00556'));
  });

  it('answers unknown and malformed codes with problem+json: 404 and 400', async () => {
    const unknown = await get('/units/99999');
    assert.equal(unknown.statusCode, 404);
    assert.match(String(unknown.headers['content-type']), /problem\+json/);
    assert.equal((await get('/units/lineage/77777')).statusCode, 404);
    assert.equal((await get('/units/provinces/99/communes')).statusCode, 404);
    const malformed = await get('/units/abc');
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().errors[0].field, 'code');
  });

  it('shows each demo commune’s People’s Committee and PAS centre', async () => {
    const detail = (await get('/units/01273')).json();
    assert.deepEqual(detail.agencies.map((a: { kind: string }) => a.kind).sort(), [
      'pas_centre',
      'people_committee',
    ]);
    const province = (await get('/units/04')).json();
    assert.ok(province.agencies.filter((a: { kind: string }) => a.kind === 'department').length >= 10);
  });
});
