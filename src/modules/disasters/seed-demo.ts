/**
 * A 2025 storm and flood in Cao Bằng for the demo (issue 21 §2). Storm No. 11 (Matmo) brought the October 2025
 * floods of the Bằng Giang to the capital's wards and landslides to the mountain communes; SEED-FIGURES.md holds
 * no damage figures, so every count below is illustrative (the event says so), deterministic, and reported the
 * way communes report: an initial count within 24 hours, revised daily as counts firm up. One commune has not
 * reported yet. The province's recovery directive and scenarios of a few communes complete the picture.
 */
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { listAgencies } from '../units/index.js';
import { raiseRecovery } from './raise-recovery.js';
import { damageReports, eventCommunes, events, scenarios } from './schema.js';

const WARDS = ['01273', '01279', '01288'];
const LOWLAND = ['01654', '01660', '01708', '01699', '01648', '01576'];
const MOUNTAIN = ['01807', '01786', '01726', '01729', '01321', '01290', '01438', '01477'];
const NOT_YET = '01822';
const DAYS = ['2025-10-07', '2025-10-08', '2025-10-10'] as const;
const MILLION = 1_000_000n;

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

type Kind = 'ward' | 'lowland' | 'mountain';

/** A commune's final count; earlier revisions report a share of it (counts firm up). */
function finalFigures(r: () => number, kind: Kind): { values: Record<string, number>; millions: number } {
  const n = (lo: number, hi: number) => Math.round(lo + r() * (hi - lo));
  const ha = (lo: number, hi: number) => Math.round((lo + r() * (hi - lo)) * 10) / 10;
  const v: Record<string, number> = {};
  if (kind === 'ward') {
    Object.assign(v, {
      households_affected: n(600, 1800),
      houses_flooded: n(400, 1300),
      houses_damaged: n(5, 30),
      houses_moved: n(20, 90),
      crops_ha: ha(5, 25),
      poultry: n(300, 1500),
      schools: n(2, 5),
      health_stations: n(0, 1),
      roads_m: n(200, 900),
      bridges: n(0, 1),
    });
  } else if (kind === 'lowland') {
    Object.assign(v, {
      households_affected: n(150, 600),
      houses_flooded: n(60, 320),
      houses_damaged: n(10, 40),
      houses_moved: n(5, 25),
      rice_ha: ha(30, 140),
      crops_ha: ha(20, 90),
      cattle: n(5, 40),
      poultry: n(800, 3000),
      schools: n(0, 3),
      irrigation_works: n(2, 8),
      roads_m: n(300, 1500),
      landslide_m3: n(500, 4000),
      bridges: n(0, 2),
    });
  } else {
    Object.assign(v, {
      households_affected: n(40, 200),
      houses_collapsed: n(0, 6),
      houses_damaged: n(8, 45),
      houses_moved: n(6, 40),
      rice_ha: ha(5, 40),
      crops_ha: ha(15, 70),
      forest_ha: ha(2, 20),
      cattle: n(3, 25),
      poultry: n(200, 900),
      schools: n(0, 2),
      health_stations: n(0, 1),
      irrigation_works: n(1, 6),
      roads_m: n(800, 4000),
      landslide_m3: n(3000, 25000),
      bridges: n(1, 4),
    });
  }
  for (const k of Object.keys(v)) if (!v[k]) delete v[k];
  const millions =
    kind === 'ward' ? n(18_000, 60_000) : kind === 'lowland' ? n(9_000, 30_000) : n(12_000, 45_000);
  return { values: v, millions };
}

export async function seedDisastersDemo(ctx: Ctx, provinceCode: string): Promise<string> {
  if (provinceCode !== '04') return 'no disaster demo for this province';
  const id = newId();
  const struck: Array<[string, Kind]> = [
    ...WARDS.map((c): [string, Kind] => [c, 'ward']),
    ...LOWLAND.map((c): [string, Kind] => [c, 'lowland']),
    ...MOUNTAIN.map((c): [string, Kind] => [c, 'mountain']),
  ];
  await ctx.db.insert(events).values({
    id,
    provinceCode,
    code: 'TT-2025-11',
    name: 'Bão số 11 (Matmo) và mưa lũ tháng 10/2025',
    hazards: ['storm', 'flood', 'flash_flood', 'landslide'],
    startedOn: '2025-10-06',
    endedOn: '2025-10-09',
    description:
      'Hoàn lưu bão số 11 gây mưa lớn, lũ sông Bằng Giang và sạt lở đất. Số liệu demo, minh họa — không phải số liệu chính thức.',
    createdBy: 'system:demo',
    createdAt: ctx.now,
  });
  await ctx.db.insert(eventCommunes).values(
    [...struck.map(([unitCode]) => unitCode), NOT_YET].map((unitCode) => ({
      eventId: id,
      unitCode,
      provinceCode,
    })),
  );
  const rows: Array<typeof damageReports.$inferInsert> = [];
  for (const [unitCode, kind] of struck) {
    const r = random(`disaster-${unitCode}`);
    const final = finalFigures(r, kind);
    const shares = kind === 'mountain' && r() < 0.4 ? [0.55, 1] : [0.35, 0.75, 1];
    const days = shares.length === 2 ? [DAYS[1], DAYS[2]] : [...DAYS];
    shares.forEach((share, i) => {
      const values: Record<string, number> = {};
      for (const [k, v] of Object.entries(final.values)) {
        const part = k.endsWith('_ha') ? Math.round(v * share * 10) / 10 : Math.round(v * share);
        if (part > 0) values[k] = part;
      }
      rows.push({
        id: newId(),
        eventId: id,
        provinceCode,
        unitCode,
        revision: i + 1,
        reportedOn: days[i]!,
        figures: values,
        estimatedValue: BigInt(Math.round(final.millions * share)) * MILLION,
        initial: share < 1,
        note: share < 1 ? 'Thiệt hại ban đầu, đang tiếp tục thống kê.' : null,
        reportedBy: 'system:demo',
        createdAt: ctx.now,
      });
    });
  }
  await ctx.db.insert(damageReports).values(rows);
  await ctx.db.insert(scenarios).values(demoScenarios(ctx, provinceCode));
  await recordAudit(ctx.db, ctx, {
    action: 'disasters.demo_seeded',
    entityType: 'disaster_event',
    entityId: id,
    provinceCode,
    after: { communes: struck.length + 1, reports: rows.length },
  });
  await raiseDemoRecovery(ctx, id, provinceCode);
  return `disaster event TT-2025-11: ${struck.length + 1} communes, ${rows.length} damage reports`;
}

async function raiseDemoRecovery(ctx: Ctx, eventId: string, provinceCode: string) {
  const agencies = await listAgencies(ctx.db, provinceCode);
  const dept = (name: string) => agencies.find((a) => a.unitCode === provinceCode && a.name === name)?.id;
  const tasks = [
    [
      'Sở Nông nghiệp và Môi trường',
      'Hỗ trợ giống cây trồng, vật nuôi cho các hộ bị thiệt hại',
      'Tổng hợp nhu cầu và cấp hỗ trợ giống theo Nghị định 9/2025/NĐ-CP cho các xã bị thiệt hại.',
      '2025-12-31',
    ],
    [
      'Sở Xây dựng',
      'Khắc phục sạt lở, bảo đảm giao thông các tuyến đường tỉnh',
      'Thông tuyến, gia cố điểm sạt lở trên các tuyến bị ảnh hưởng; báo cáo tiến độ hằng tháng.',
      '2026-06-30',
    ],
    [
      'Sở Giáo dục và Đào tạo',
      'Sửa chữa điểm trường bị hư hại',
      'Sửa chữa các điểm trường bị ngập, hư hại để học sinh trở lại trường an toàn.',
      '2027-03-31',
    ],
  ] as const;
  const input = tasks.flatMap(([name, title, content, deadline]) => {
    const leadAgencyId = dept(name);
    return leadAgencyId ? [{ title, content, leadAgencyId, deadline }] : [];
  });
  if (input.length === 0) return;
  const raised = await raiseRecovery(ctx, eventId, {
    issuerName: 'Ủy ban nhân dân tỉnh Cao Bằng',
    number: '215/CĐ-UBND',
    issuedOn: '2025-10-10',
    title: 'Chỉ đạo khắc phục hậu quả bão số 11 và mưa lũ (minh họa)',
    tasks: input,
  });
  if (!raised.ok) throw new Error(`demo recovery: ${JSON.stringify(raised.error)}`);
}

function demoScenarios(ctx: Ctx, provinceCode: string): Array<typeof scenarios.$inferInsert> {
  const base = { provinceCode, updatedBy: 'system:demo', updatedAt: ctx.now, approvedOn: '2025-05-15' };
  return [
    {
      ...base,
      id: newId(),
      unitCode: '01273',
      hazard: 'flood',
      title: 'Phương án ứng phó lũ sông Bằng Giang, cấp độ rủi ro 2',
      householdsAtRisk: 1450,
      peopleAtRisk: 5200,
      evacuationSites: 'Trường THPT Thành phố; Nhà văn hóa tổ 5; Trụ sở UBND phường',
      forces: 'Công an phường, Ban Chỉ huy quân sự phường, dân quân tự vệ (60 người), đoàn thanh niên',
      supplies: '2 xuồng máy, 150 áo phao, 20 phao tròn, 5 tấn gạo dự trữ, nhà bạt',
    },
    {
      ...base,
      id: newId(),
      unitCode: '01654',
      hazard: 'flood',
      title: 'Phương án ứng phó lũ, ngập úng vùng trũng',
      householdsAtRisk: 420,
      peopleAtRisk: 1600,
      evacuationSites: 'Trường Tiểu học Hòa An; Nhà văn hóa các xóm vùng cao',
      forces: 'Dân quân (40 người), Công an xã, hội viên Hội Chữ thập đỏ',
      supplies: '1 xuồng, 80 áo phao, loa cầm tay, 2 tấn gạo',
    },
    {
      ...base,
      id: newId(),
      unitCode: '01726',
      hazard: 'landslide',
      title: 'Phương án di dời hộ dân vùng nguy cơ sạt lở, lũ quét',
      householdsAtRisk: 96,
      peopleAtRisk: 410,
      evacuationSites: 'Điểm trường trung tâm; nhà người thân ở khu vực an toàn',
      forces: 'Dân quân (30 người), Đồn Biên phòng phối hợp, tổ xung kích các xóm',
      supplies: 'Máy xúc thuê khoán, 50 áo phao, lương thực 7 ngày cho 100 hộ',
    },
    {
      ...base,
      id: newId(),
      unitCode: '01807',
      hazard: 'landslide',
      title: 'Phương án ứng phó sạt lở taluy quốc lộ 4A',
      householdsAtRisk: 58,
      peopleAtRisk: 240,
      evacuationSites: 'Trụ sở UBND xã; Trường THCS',
      forces: 'Dân quân (25 người), hạt quản lý đường bộ',
      supplies: 'Biển cảnh báo, dây chắn, máy phát điện, 1 tấn gạo',
    },
  ];
}
