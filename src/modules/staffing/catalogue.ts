/**
 * Vị trí việc làm — the job positions of a commune's civil servants, and the facility items a commune is
 * measured on. Kept as data (RULES.md §13: the Ministry of Home Affairs' list changed between letters
 * 7415/BNV-CCVC of August 2025 and 9478/BNV-CCVC of October 2025, and the final count is not confirmed):
 * the leadership positions of letter 9478 that are civil-servant posts, the 20 professional positions of letter
 * 7415 grouped by the divisions of Decree 150/2025/NĐ-CP, and the 4 letter 9478 adds. Facility items are the
 * province's own list (no national standard for commune headquarters was found).
 */

export const POSITION_GROUPS = ['leadership', 'professional'] as const;
export type PositionGroup = (typeof POSITION_GROUPS)[number];

/** The division of the commune People's Committee a position works in (Decree 150/2025 art. on commune bodies). */
export const DIVISIONS = ['office', 'economic', 'culture_social', 'pas_centre', 'military'] as const;
export type Division = (typeof DIVISIONS)[number];

export interface JobPosition {
  code: string;
  group: PositionGroup;
  division: Division;
  vi: string;
  en: string;
}

const p = (code: string, group: PositionGroup, division: Division, vi: string, en: string): JobPosition => ({
  code,
  group,
  division,
  vi,
  en,
});

export const JOB_POSITIONS: readonly JobPosition[] = [
  p('chief_of_office', 'leadership', 'office', 'Chánh Văn phòng HĐND và UBND', 'Chief of the Office'),
  p('deputy_chief_of_office', 'leadership', 'office', 'Phó Chánh Văn phòng', 'Deputy Chief of the Office'),
  p('head_of_division', 'leadership', 'economic', 'Trưởng phòng', 'Head of division'),
  p('deputy_head_of_division', 'leadership', 'culture_social', 'Phó Trưởng phòng', 'Deputy head of division'),
  p(
    'pas_deputy_director',
    'leadership',
    'pas_centre',
    'Phó Giám đốc Trung tâm PVHCC',
    'Deputy Director, PAS centre',
  ),
  p('office', 'professional', 'office', 'Văn phòng', 'Office work'),
  p('justice', 'professional', 'office', 'Tư pháp – hộ tịch', 'Justice and civil status'),
  p('foreign_affairs', 'professional', 'office', 'Ngoại vụ', 'Foreign affairs'),
  p('council_support', 'professional', 'office', 'Giúp việc HĐND', 'People’s Council support'),
  p('finance', 'professional', 'economic', 'Tài chính – kế toán', 'Finance and accounting'),
  p('chief_accountant', 'professional', 'economic', 'Kế toán trưởng', 'Chief accountant'),
  p('planning', 'professional', 'economic', 'Kế hoạch – đầu tư', 'Planning and investment'),
  p('construction', 'professional', 'economic', 'Xây dựng – giao thông', 'Construction and transport'),
  p('industry_trade', 'professional', 'economic', 'Công thương', 'Industry and trade'),
  p('agriculture', 'professional', 'economic', 'Nông nghiệp', 'Agriculture'),
  p('land_environment', 'professional', 'economic', 'Địa chính – môi trường', 'Land and environment'),
  p('home_affairs', 'professional', 'culture_social', 'Nội vụ', 'Home affairs'),
  p('ethnic_affairs', 'professional', 'culture_social', 'Dân tộc – tôn giáo', 'Ethnic and religious affairs'),
  p('labour', 'professional', 'culture_social', 'Lao động – xã hội', 'Labour and social affairs'),
  p('education', 'professional', 'culture_social', 'Giáo dục', 'Education'),
  p(
    'culture_information',
    'professional',
    'culture_social',
    'Văn hóa – thông tin',
    'Culture and information',
  ),
  p(
    'digital_transformation',
    'professional',
    'culture_social',
    'Khoa học, công nghệ và chuyển đổi số',
    'Science, technology and digital transformation',
  ),
  p('health', 'professional', 'culture_social', 'Y tế', 'Health'),
  p(
    'citizen_reception',
    'professional',
    'office',
    'Tiếp công dân, khiếu nại, tố cáo, phòng chống tham nhũng',
    'Citizen reception, complaints, anti-corruption',
  ),
  p('inspection', 'professional', 'office', 'Thanh tra chuyên ngành', 'Specialised inspection'),
  p('one_stop', 'professional', 'pas_centre', 'Một cửa (Trung tâm PVHCC)', 'One-stop counter (PAS centre)'),
  p(
    'military_assistant',
    'professional',
    'military',
    'Trợ lý Ban Chỉ huy quân sự',
    'Military command assistant',
  ),
];

export const JOB_POSITION_CODES = JOB_POSITIONS.map((j) => j.code);

export function jobPosition(code: string): JobPosition | undefined {
  return JOB_POSITIONS.find((j) => j.code === code);
}

export interface FacilityItem {
  code: string;
  kind: 'building' | 'room' | 'equipment';
  unit: { vi: string; en: string };
  vi: string;
  en: string;
}

const f = (
  code: string,
  kind: FacilityItem['kind'],
  unit: [string, string],
  vi: string,
  en: string,
): FacilityItem => ({
  code,
  kind,
  unit: { vi: unit[0], en: unit[1] },
  vi,
  en,
});

export const FACILITY_ITEMS: readonly FacilityItem[] = [
  f(
    'headquarters',
    'building',
    ['trụ sở', 'building'],
    'Trụ sở làm việc đạt yêu cầu',
    'Headquarters fit for use',
  ),
  f('working_rooms', 'room', ['phòng', 'rooms'], 'Phòng làm việc', 'Working rooms'),
  f('meeting_hall', 'room', ['hội trường', 'halls'], 'Hội trường', 'Meeting hall'),
  f('pas_hall_area', 'room', ['m²', 'm²'], 'Diện tích Trung tâm PVHCC', 'PAS centre floor area'),
  f('reception_room', 'room', ['phòng', 'rooms'], 'Phòng tiếp công dân', 'Citizen reception room'),
  f('computers', 'equipment', ['bộ', 'sets'], 'Máy tính', 'Computers'),
  f('scanners', 'equipment', ['chiếc', 'units'], 'Máy quét', 'Scanners'),
  f(
    'video_conference',
    'equipment',
    ['điểm cầu', 'endpoints'],
    'Điểm cầu họp trực tuyến',
    'Video-conference endpoint',
  ),
  f('vehicles', 'equipment', ['xe', 'vehicles'], 'Xe ô tô công vụ', 'Official vehicles'),
];

export const FACILITY_CODES = FACILITY_ITEMS.map((i) => i.code);

export function facilityItem(code: string): FacilityItem | undefined {
  return FACILITY_ITEMS.find((i) => i.code === code);
}

/** Below this, a civil servant's qualification is counted as short of the job position (our reading of the
 * job-position framework: commune civil servants hold a university degree; configurable here, in one place). */
export const MIN_QUALIFICATION_RANK = 2;
export const QUALIFICATION_RANK: Record<string, number> = {
  doctorate: 0,
  master: 1,
  university: 2,
  college: 3,
  intermediate: 4,
  none: 5,
};
