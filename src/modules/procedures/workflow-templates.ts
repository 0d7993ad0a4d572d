/**
 * Quy trình mẫu — default internal workflows for the common shapes of a procedure under the two-level model
 * (issue 5 §3): the commune receives and decides; a PAS centre receives and a department decides; an
 * inter-agency (liên thông) procedure. Any PAS centre in the province receives (Decree 118/2025: regardless of
 * administrative boundary), and the dossier goes to the competent agency (RULES.md §7.4). Each step gets a share
 * of the statutory time; an administrator edits them freely afterwards.
 */
import type { Role } from '../../platform/context.js';
import { minutesToAmount, type TimeAmount } from './workflow-check.js';

export const TEMPLATES = ['commune_decides', 'department_decides', 'inter_agency'] as const;
export type TemplateKind = (typeof TEMPLATES)[number];

/**
 * Who does a step: a role, at the receiving PAS centre, at the deciding agency, or at a named agency
 * (for the coordinating agency of an inter-agency procedure).
 */
export type AgencyRef = 'receiving_centre' | 'deciding_agency' | 'agency';

export interface StepDraft {
  name: string;
  role: Role | null;
  agencyRef: AgencyRef;
  agencyId: string | null;
  time: TimeAmount;
}

interface Shape {
  name: string;
  role: Role;
  agencyRef: AgencyRef;
  share: number;
}

const SHAPES: Record<TemplateKind, Shape[]> = {
  commune_decides: [
    {
      name: 'Tiếp nhận, kiểm tra hồ sơ và chuyển xử lý',
      role: 'counter_clerk',
      agencyRef: 'receiving_centre',
      share: 1,
    },
    { name: 'Thẩm định hồ sơ, đề xuất kết quả', role: 'specialist', agencyRef: 'deciding_agency', share: 5 },
    { name: 'Xem xét, ký duyệt kết quả', role: 'unit_leader', agencyRef: 'deciding_agency', share: 2 },
    { name: 'Trả kết quả cho người nộp', role: 'counter_clerk', agencyRef: 'receiving_centre', share: 1 },
  ],
  department_decides: [
    {
      name: 'Tiếp nhận, kiểm tra và chuyển hồ sơ đến Sở',
      role: 'counter_clerk',
      agencyRef: 'receiving_centre',
      share: 1,
    },
    { name: 'Phân công, thẩm định hồ sơ', role: 'specialist', agencyRef: 'deciding_agency', share: 5 },
    { name: 'Lãnh đạo Sở xem xét, ký duyệt', role: 'unit_leader', agencyRef: 'deciding_agency', share: 2 },
    { name: 'Chuyển kết quả về nơi tiếp nhận', role: 'specialist', agencyRef: 'deciding_agency', share: 1 },
    { name: 'Trả kết quả cho người nộp', role: 'counter_clerk', agencyRef: 'receiving_centre', share: 1 },
  ],
  inter_agency: [
    {
      name: 'Tiếp nhận và chuyển hồ sơ liên thông',
      role: 'counter_clerk',
      agencyRef: 'receiving_centre',
      share: 1,
    },
    { name: 'Cơ quan phối hợp thẩm định, cho ý kiến', role: 'specialist', agencyRef: 'agency', share: 4 },
    { name: 'Cơ quan giải quyết xem xét hồ sơ', role: 'specialist', agencyRef: 'deciding_agency', share: 2 },
    {
      name: 'Lãnh đạo cơ quan giải quyết ký duyệt',
      role: 'unit_leader',
      agencyRef: 'deciding_agency',
      share: 2,
    },
    { name: 'Trả kết quả cho người nộp', role: 'counter_clerk', agencyRef: 'receiving_centre', share: 1 },
  ],
};

/** Granularities tried in turn (half day, hour, quarter hour, 5 and 1 minutes) until every step gets one. */
const GRAINS = [240, 60, 15, 5, 1];

/**
 * The template's steps with times summing to at most `budgetMinutes`, every step non-zero when the budget
 * allows it (largest-remainder shares). `coordinatingAgencyId` fills the inter-agency step's agency.
 */
export function templateSteps(
  kind: TemplateKind,
  budgetMinutes: number,
  coordinatingAgencyId: string | null = null,
): StepDraft[] {
  const shapes = SHAPES[kind];
  const totalShare = shapes.reduce((s, x) => s + x.share, 0);
  const grain = GRAINS.find((g) => Math.floor(budgetMinutes / g) >= shapes.length) ?? 1;
  const units = Math.floor(budgetMinutes / grain);
  const exact = shapes.map((s) => (units * s.share) / totalShare);
  const given = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = units - given.reduce((a, b) => a + b, 0);
  // Every step got at least one grain: take any excess back from the largest steps.
  while (left < 0) {
    const largest = given.indexOf(Math.max(...given));
    if ((given[largest] ?? 0) <= 1) break;
    given[largest] = (given[largest] ?? 1) - 1;
    left++;
  }
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    given[i] = (given[i] ?? 0) + 1;
    left--;
  }
  return shapes.map((s, i) => ({
    name: s.name,
    role: s.role,
    agencyRef: s.agencyRef,
    agencyId: s.agencyRef === 'agency' ? coordinatingAgencyId : null,
    time: minutesToAmount((given[i] ?? 1) * grain),
  }));
}
