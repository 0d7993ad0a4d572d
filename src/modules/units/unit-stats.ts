/**
 * Counts of the 2025 units as of a date: the 1 July 2025 baseline with every later, effective-dated version in
 * force on that date applied (e.g. from 30 April 2026 ten Đồng Nai xã count as phường). Pure.
 */
import {
  BASELINE_DATE,
  type Commune2025,
  type CommuneType,
  type IsoDate,
  type Province2025,
  type ReferenceData,
  type UnitVersion,
} from './reference-types.js';

export interface CommuneCounts {
  total: number;
  xa: number;
  phuong: number;
  /** Đặc khu */
  dac_khu: number;
}

export interface ProvinceStats extends CommuneCounts {
  province: string;
}

export interface UnitStats {
  asOf: IsoDate;
  provinces: number;
  /** Centrally run cities (thành phố trực thuộc trung ương). */
  cities: number;
  provincesProper: number;
  communes: number;
  xa: number;
  phuong: number;
  dac_khu: number;
  /** One entry per province, in code order. */
  byProvince: ProvinceStats[];
}

export type StatsError =
  | { kind: 'invalid-date'; value: string }
  | { kind: 'before-baseline'; baseline: IsoDate };

export type StatsResult = { ok: true; stats: UnitStats } | { ok: false; error: StatsError };

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The unit as it stands on `asOf`: the last version in force then, or the baseline record. */
function stateAsOf<T extends { code: string; name: string; type: string }, K extends T['type']>(
  unit: T,
  versions: ReadonlyArray<UnitVersion<K>>,
  asOf: IsoDate,
): T {
  let current: UnitVersion<K> | null = null;
  for (const v of versions) {
    if (
      v.code === unit.code &&
      v.effectiveFrom <= asOf &&
      (!current || v.effectiveFrom >= current.effectiveFrom)
    ) {
      current = v;
    }
  }
  return current ? { ...unit, name: current.name, type: current.type } : unit;
}

/** Provinces and communes as they stand on `asOf` (not checked against the baseline date). */
export function unitsAsOf(
  data: Pick<ReferenceData, 'provinces' | 'communes' | 'provinceVersions' | 'communeVersions'>,
  asOf: IsoDate,
): { provinces: Province2025[]; communes: Commune2025[] } {
  const provinceVersions = groupByCode(data.provinceVersions);
  const communeVersions = groupByCode(data.communeVersions);
  return {
    provinces: data.provinces.map((p) => stateAsOf(p, provinceVersions.get(p.code) ?? [], asOf)),
    communes: data.communes.map((c) => stateAsOf(c, communeVersions.get(c.code) ?? [], asOf)),
  };
}

function groupByCode<V extends { code: string }>(versions: readonly V[]): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const v of versions) {
    const list = map.get(v.code);
    if (list) list.push(v);
    else map.set(v.code, [v]);
  }
  return map;
}

function emptyCounts(): CommuneCounts {
  return { total: 0, xa: 0, phuong: 0, dac_khu: 0 };
}

function add(counts: CommuneCounts, type: CommuneType): void {
  counts.total++;
  counts[type]++;
}

/** Counts as of `asOf` (an ISO date on or after 2025-07-01, when the 2025 units took effect). */
export function unitStatsAsOf(
  data: Pick<ReferenceData, 'provinces' | 'communes' | 'provinceVersions' | 'communeVersions'>,
  asOf: IsoDate,
): StatsResult {
  if (!isIsoDate(asOf)) return { ok: false, error: { kind: 'invalid-date', value: asOf } };
  if (asOf < BASELINE_DATE) return { ok: false, error: { kind: 'before-baseline', baseline: BASELINE_DATE } };

  const { provinces, communes } = unitsAsOf(data, asOf);
  const total = emptyCounts();
  const perProvince = new Map<string, CommuneCounts>(provinces.map((p) => [p.code, emptyCounts()]));
  for (const c of communes) {
    add(total, c.type);
    const counts = perProvince.get(c.provinceCode);
    if (counts) add(counts, c.type);
  }
  const cities = provinces.filter((p) => p.type === 'city').length;
  return {
    ok: true,
    stats: {
      asOf,
      provinces: provinces.length,
      cities,
      provincesProper: provinces.length - cities,
      communes: total.total,
      xa: total.xa,
      phuong: total.phuong,
      dac_khu: total.dac_khu,
      byProvince: [...perProvince]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([province, counts]) => ({ province, ...counts })),
    },
  };
}

/** The figures data/SOURCES.md says must hold for the 2025 baseline. */
export const BASELINE_FIGURES = {
  provinces: 34,
  cities: 6,
  provincesProper: 28,
  communes: 3321,
  xa: 2621,
  phuong: 687,
  dac_khu: 13,
} as const;

/** Compares the baseline with BASELINE_FIGURES; returns one line per figure that differs (empty when all hold). */
export function checkBaselineFigures(
  data: Pick<ReferenceData, 'provinces' | 'communes' | 'provinceVersions' | 'communeVersions'>,
): string[] {
  const result = unitStatsAsOf(data, BASELINE_DATE);
  if (!result.ok) return [`cannot compute the baseline: ${result.error.kind}`];
  const stats = result.stats;
  return (Object.keys(BASELINE_FIGURES) as Array<keyof typeof BASELINE_FIGURES>)
    .filter((key) => stats[key] !== BASELINE_FIGURES[key])
    .map((key) => `${key}: ${stats[key]}, expected ${BASELINE_FIGURES[key]}`);
}
