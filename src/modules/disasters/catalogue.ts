/**
 * Chỉ tiêu thống kê thiệt hại — the damage indicators a commune reports, grouped as Joint Circular
 * 43/2015/TTLT-BNNPTNT-BKHĐT art. 5(1) groups them (RULES.md §12.3; still in force: no successor was found after
 * MARD and MPI were merged in 2025, §12.1). The circular's Appendix I (indicator list and units) was not read,
 * so the indicators and units below are the ones form 01/TKTH is commonly filled with; kept as data.
 */

/** Article 5(1) groups: a people, b houses, c education, d health, e agriculture, g livestock, h irrigation, i transport. */
export const GROUPS = [
  'people',
  'houses',
  'agriculture',
  'livestock',
  'education',
  'health',
  'irrigation',
  'transport',
] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_LETTER: Record<Group, string> = {
  people: 'a',
  houses: 'b',
  education: 'c',
  health: 'd',
  agriculture: 'e',
  livestock: 'g',
  irrigation: 'h',
  transport: 'i',
};

export interface Indicator {
  code: string;
  group: Group;
  /** Decimal (hectares) or whole (people, houses, head). */
  decimals: 0 | 1;
  unit: { vi: string; en: string };
  vi: string;
  en: string;
}

const i = (
  code: string,
  group: Group,
  unit: [string, string],
  vi: string,
  en: string,
  decimals: 0 | 1 = 0,
): Indicator => ({
  code,
  group,
  decimals,
  unit: { vi: unit[0], en: unit[1] },
  vi,
  en,
});

const PEOPLE: [string, string] = ['người', 'people'];
const HOUSES: [string, string] = ['nhà', 'houses'];
const HA: [string, string] = ['ha', 'ha'];

export const INDICATORS: readonly Indicator[] = [
  i('dead', 'people', PEOPLE, 'Số người chết', 'Dead'),
  i('missing', 'people', PEOPLE, 'Số người mất tích', 'Missing'),
  i('injured', 'people', PEOPLE, 'Số người bị thương', 'Injured'),
  i('households_affected', 'people', ['hộ', 'households'], 'Số hộ bị ảnh hưởng', 'Households affected'),
  i('houses_collapsed', 'houses', HOUSES, 'Nhà bị sập đổ, cuốn trôi', 'Houses collapsed or swept away'),
  i('houses_damaged', 'houses', HOUSES, 'Nhà bị hư hại', 'Houses damaged'),
  i('houses_flooded', 'houses', HOUSES, 'Nhà bị ngập nước', 'Houses flooded'),
  i('houses_moved', 'houses', HOUSES, 'Nhà phải di dời khẩn cấp', 'Houses moved urgently'),
  i('rice_ha', 'agriculture', HA, 'Diện tích lúa bị thiệt hại', 'Rice damaged', 1),
  i('crops_ha', 'agriculture', HA, 'Diện tích hoa màu bị thiệt hại', 'Crops damaged', 1),
  i('forest_ha', 'agriculture', HA, 'Diện tích rừng bị thiệt hại', 'Forest damaged', 1),
  i('cattle', 'livestock', ['con', 'head'], 'Gia súc chết, cuốn trôi', 'Cattle dead or swept away'),
  i('poultry', 'livestock', ['con', 'head'], 'Gia cầm chết, cuốn trôi', 'Poultry dead or swept away'),
  i('schools', 'education', ['điểm trường', 'schools'], 'Điểm trường bị hư hại', 'Schools damaged'),
  i('health_stations', 'health', ['trạm', 'stations'], 'Trạm y tế bị hư hại', 'Health stations damaged'),
  i(
    'irrigation_works',
    'irrigation',
    ['công trình', 'works'],
    'Công trình thủy lợi bị hư hại',
    'Irrigation works damaged',
  ),
  i('roads_m', 'transport', ['m', 'm'], 'Đường giao thông bị sạt lở, hư hỏng', 'Roads eroded or damaged'),
  i('landslide_m3', 'transport', ['m³', 'm³'], 'Khối lượng đất đá sạt lở', 'Landslide volume'),
  i(
    'bridges',
    'transport',
    ['cầu, cống', 'bridges, culverts'],
    'Cầu, cống bị hư hỏng',
    'Bridges and culverts damaged',
  ),
];

export const INDICATOR_CODES = INDICATORS.map((x) => x.code);

export function indicator(code: string): Indicator | undefined {
  return INDICATORS.find((x) => x.code === code);
}

/** The form an event takes (art. 6): whirlwind, lightning and hail 02/TKTH, the rest of ours 01/TKTH. */
export function formOf(hazards: readonly string[]): '01/TKTH' | '02/TKTH' {
  return hazards.length > 0 && hazards.every((h) => h === 'whirlwind_hail') ? '02/TKTH' : '01/TKTH';
}

/** Art. 9(2): the province's summary report no later than 15 days after the disaster ends. */
export const SUMMARY_DAYS_AFTER_END = 15;
