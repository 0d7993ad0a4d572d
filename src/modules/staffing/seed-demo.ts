/**
 * Demo staffing for Cao Bằng's 56 communes (SEED-FIGURES.md: 53 xã + 3 phường from 1 July 2025; the report names
 * "personnel, facilities, headquarters and equipment in many communes after the merger did not meet
 * requirements"). Quotas, rosters and facilities are illustrative, deterministic, and dated: approved from
 * 1/7/2025, revised from 1/1/2026 (Resolution 332/NQ-CP, 2 deputies a division on average), with officials
 * joining and leaving, so a past day reads differently from today.
 */
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { listAgencies, listCommunes, listPositions } from '../units/index.js';
import { JOB_POSITIONS } from './catalogue.js';
import {
  facilities,
  facilityNorms,
  type Qualification,
  quotas,
  staffMembers,
  type Training,
} from './schema.js';

const START = '2025-07-01';
const REVISED = '2026-01-01';
const DECISION_2025 = 'Quyết định giao biên chế công chức cấp xã năm 2025 của UBND tỉnh (minh họa)';
const DECISION_2026 = 'Quyết định điều chỉnh biên chế công chức cấp xã năm 2026 của UBND tỉnh (minh họa)';

/** Norms of the demo province (no national standard for commune headquarters was found: RULES.md §13). */
export const DEMO_NORMS: Record<string, number> = {
  headquarters: 1,
  working_rooms: 20,
  meeting_hall: 1,
  pas_hall_area: 100,
  reception_room: 1,
  computers: 35,
  scanners: 4,
  video_conference: 1,
  vehicles: 1,
};

const FAMILY = [
  'Nông',
  'Hoàng',
  'Bế',
  'Lục',
  'Đàm',
  'Hà',
  'Lăng',
  'Triệu',
  'Ma',
  'Nguyễn',
  'Lý',
  'Vi',
  'Sầm',
  'Lô',
  'Đinh',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'Thanh', 'Ngọc'];
const GIVEN = [
  'Hùng',
  'Lan',
  'Thắm',
  'Tuấn',
  'Hạnh',
  'Dũng',
  'Huyền',
  'Phong',
  'Nga',
  'Quang',
  'Tâm',
  'Vinh',
  'Hương',
  'Khánh',
  'Yến',
  'Sơn',
];

/** mulberry32 seeded by a text: the same demo on every installation. */
function random(seed: string): () => number {
  let h = 1779033703;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

function qualification(r: () => number): Qualification {
  const x = r();
  return x < 0.06 ? 'master' : x < 0.84 ? 'university' : x < 0.94 ? 'college' : 'intermediate';
}

function trainings(r: () => number): Training[] {
  const t: Training[] = [];
  if (r() < 0.72) t.push('state_management');
  if (r() < 0.55) t.push('political_theory');
  if (r() < 0.4) t.push('digital_skills');
  return t;
}

export async function seedStaffingDemo(ctx: Ctx, provinceCode: string): Promise<string> {
  const communes = await listCommunes(ctx.db, provinceCode, START);
  const agencies = await listAgencies(ctx.db, provinceCode);
  const base = { provinceCode, createdBy: 'system:demo', createdAt: ctx.now };
  const q: Array<typeof quotas.$inferInsert> = [];
  const s: Array<typeof staffMembers.$inferInsert> = [];
  const f: Array<typeof facilities.$inferInsert> = [];
  for (const [item, required] of Object.entries(DEMO_NORMS))
    await ctx.db.insert(facilityNorms).values({
      ...base,
      id: newId(),
      item,
      required,
      decisionRef: 'Định mức cơ sở vật chất cấp xã của UBND tỉnh (minh họa)',
      validFrom: START,
    });
  for (const commune of communes) {
    const r = random(`staffing-${commune.code}`);
    const pc = agencies.find((a) => a.unitCode === commune.code && a.kind === 'people_committee');
    const pas = agencies.find((a) => a.unitCode === commune.code && a.kind === 'pas_centre');
    if (!pc || !pas) continue;
    const accounts = await listPositions(ctx.db, { agencyId: pc.id, asOf: START });
    // About a third of the communes are fully staffed and equipped; the others lack some posts or items.
    const strained = r() < 0.65;
    const officer = accounts.find((p) => p.title === 'officer');
    for (const job of JOB_POSITIONS) {
      const agencyId = job.division === 'pas_centre' ? pas.id : pc.id;
      const posts =
        job.code === 'one_stop'
          ? 3
          : job.code === 'deputy_head_of_division'
            ? 4
            : job.code === 'head_of_division'
              ? 2
              : 1;
      const key = { ...base, unitCode: commune.code, agencyId, jobPosition: job.code };
      // From 2026 a deputy per division more in half the communes (Resolution 332/NQ-CP: 2 deputies on average).
      const revised = strained && job.code === 'deputy_head_of_division' && r() < 0.5;
      q.push({
        ...key,
        id: newId(),
        posts,
        decisionRef: DECISION_2025,
        validFrom: START,
        validTo: revised ? REVISED : null,
      });
      if (revised)
        q.push({ ...key, id: newId(), posts: posts + 2, decisionRef: DECISION_2026, validFrom: REVISED });
      const fill = strained
        ? Math.max(0, posts - (r() < 0.3 ? 1 : 0) - (posts > 2 && r() < 0.3 ? 1 : 0))
        : posts;
      for (let i = 0; i < fill; i++) {
        const personId = newId();
        const person = {
          ...key,
          personId,
          fullName: `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`,
          qualification: strained ? qualification(r) : 'university',
          fieldOfStudy: null,
          trainings: trainings(r),
          positionId: job.code === 'office' && officer ? officer.id : null,
        };
        const leaves = strained && r() < 0.08;
        s.push({ ...person, id: newId(), validFrom: START, validTo: leaves ? '2026-03-01' : null });
      }
    }
    for (const [item, required] of Object.entries(DEMO_NORMS)) {
      const x = r();
      const quantity =
        x < 0.3
          ? Math.floor(required * (0.4 + r() * 0.5))
          : required + (item === 'computers' ? Math.floor(r() * 5) : 0);
      const condition =
        item === 'headquarters' && r() < 0.25
          ? 'degraded'
          : item === 'vehicles' && r() < 0.2
            ? 'unusable'
            : 'good';
      f.push({
        ...base,
        id: newId(),
        unitCode: commune.code,
        item,
        quantity,
        condition,
        note: null,
        validFrom: START,
      });
    }
  }
  for (let i = 0; i < q.length; i += 2000) await ctx.db.insert(quotas).values(q.slice(i, i + 2000));
  for (let i = 0; i < s.length; i += 2000) await ctx.db.insert(staffMembers).values(s.slice(i, i + 2000));
  for (let i = 0; i < f.length; i += 2000) await ctx.db.insert(facilities).values(f.slice(i, i + 2000));
  await recordAudit(ctx.db, ctx, {
    action: 'staffing.demo_seeded',
    entityType: 'staffing_quota',
    provinceCode,
    after: { communes: communes.length, quotas: q.length, staff: s.length, facilities: f.length },
  });
  return `staffing of ${communes.length} communes, ${s.length} officials in post`;
}
