import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { getUnitDetail, listCommunes, vietnamToday } from '../units/index.js';
import { DEMO_PROJECTS, type DemoProject } from './demo-projects.js';
import {
  type CapitalSource,
  capitalPlans,
  disbursements,
  extensionRequests,
  monthlyPlans,
  projects,
} from './schema.js';
import { foldText } from './views.js';

const BN = 1_000_000_000n;
const MILLION = 1_000_000n;
/** How a year's plan is spread over its months: slow in spring, most in the last quarter (as reports describe). */
const MONTH_WEIGHTS = [2, 3, 5, 6, 7, 8, 8, 9, 10, 11, 13, 18];

/** A small deterministic generator (mulberry32), so the demo is the same on every installation. */
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

const millionsOf = (value: number) => BigInt(Math.max(0, Math.floor(value / 1e6))) * MILLION;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Rows {
  projects: Array<typeof projects.$inferInsert>;
  plans: Array<typeof capitalPlans.$inferInsert>;
  monthly: Array<typeof monthlyPlans.$inferInsert>;
  paid: Array<typeof disbursements.$inferInsert>;
  extensions: Array<typeof extensionRequests.$inferInsert>;
}

function planYear(ctx: Ctx, rows: Rows, p: DemoProject, id: string, year: number, lastDay: string) {
  const sources = Object.entries(p.plans[year as 2024] ?? {}) as Array<[CapitalSource, number]>;
  if (sources.length === 0) return;
  const base = { projectId: id, provinceCode: '04', createdAt: ctx.now, updatedAt: ctx.now };
  const decision = `Nghị quyết giao kế hoạch đầu tư công năm ${year} của HĐND tỉnh (minh họa)`;
  for (const [source, bn] of sources)
    rows.plans.push({ ...base, id: newId(), year, source, amount: BigInt(bn) * BN, decisionRef: decision });
  const total = sources.reduce((t, [, bn]) => t + bn, 0) * 1e9;
  const startMonth = p.start.startsWith(`${year}-`) ? Number(p.start.slice(5, 7)) : 1;
  const weights = MONTH_WEIGHTS.map((w, i) => (i + 1 < startMonth ? 0 : w));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const monthly = weights.map((w) => millionsOf((total * w) / weightSum));
  for (const [i, amount] of monthly.entries())
    rows.monthly.push({ ...base, id: newId(), year, month: i + 1, amount });

  // Payments: each month a share of the month's plan by the owner's pace, split over the sources; what is left in
  // December is partly paid in January of the next year (Law 58/2024 art. 72(1)).
  const rnd = random(`${p.code}:${year}`);
  const paidBySource = new Map<CapitalSource, bigint>(sources.map(([s]) => [s, 0n]));
  const pay = (date: string, amount: bigint, n: number) => {
    if (date > lastDay || amount <= 0n) return;
    for (const [source, bn] of sources) {
      const cap = BigInt(bn) * BN - paidBySource.get(source)!;
      const share = millionsOf((Number(amount) * bn * 1e9) / total);
      const value = share < cap ? share : cap;
      if (value <= 0n) continue;
      paidBySource.set(source, paidBySource.get(source)! + value);
      rows.paid.push({
        id: newId(),
        projectId: id,
        provinceCode: '04',
        planYear: year,
        source,
        disbursedOn: date,
        amount: value,
        voucherNo: `KB04-${p.code}-${date.replaceAll('-', '')}-${n}-${source.slice(0, 1).toUpperCase()}`,
        origin: 'import',
        enteredBy: 'demo',
        createdAt: ctx.now,
      });
    }
  };
  for (let m = 1; m <= 12; m++) {
    const planned = Number(monthly[m - 1]!);
    if (planned === 0) continue;
    const lateness = m <= 6 ? 0.75 : 1;
    const amount = planned * p.pace * lateness * (0.75 + rnd() * 0.5);
    const parts = total > 500e9 ? 2 : 1;
    for (let k = 0; k < parts; k++) {
      const day = Math.min(28, 6 + Math.floor(rnd() * 20) + k);
      pay(
        `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        millionsOf(amount / parts),
        k + 1,
      );
    }
  }
  const left = total - Number([...paidBySource.values()].reduce((a, b) => a + b, 0n));
  pay(`${year + 1}-01-${String(15 + Math.floor(rnd() * 10))}`, millionsOf(left * 0.3 * p.pace), 9);
}

/**
 * The investment demo of Cao Bằng: 45 projects with 2024–2026 capital plans, monthly plans, payments up to
 * yesterday and a few extension requests. Other demo provinces get no projects.
 */
export async function seedInvestmentDemo(ctx: Ctx, provinceCode: string): Promise<string> {
  if (provinceCode !== '04') return 'no demo projects for this province';
  const today = vietnamToday(ctx.now);
  const lastDay = addDays(today, -1);
  const province = await getUnitDetail(ctx.db, '04');
  const communes = new Map((await listCommunes(ctx.db, '04', today)).map((c) => [c.code, c]));
  const rows: Rows = { projects: [], plans: [], monthly: [], paid: [], extensions: [] };
  for (const p of DEMO_PROJECTS) {
    const id = newId();
    const unitCode = p.place === 'province' ? '04' : p.place;
    const commune = communes.get(unitCode);
    const name = p.name.replace('{xa}', commune?.name.replace(/^(Xã|Phường) /, '') ?? '');
    let owner: { unitCode: string; agencyId: string | null; name: string };
    if ('department' in p.owner) {
      const department = p.owner.department;
      const agency = province?.agencies.find((a) => a.name === department);
      if (!agency) throw new Error(`investment demo: no agency ${department}`);
      owner = { unitCode: '04', agencyId: agency.id, name: agency.name };
    } else if ('commune' in p.owner) {
      const agency = (await getUnitDetail(ctx.db, unitCode))?.agencies.find(
        (a) => a.kind === 'people_committee',
      );
      if (!agency) throw new Error(`investment demo: no People's Committee in ${unitCode}`);
      owner = { unitCode, agencyId: agency.id, name: agency.name };
    } else owner = { unitCode: '04', agencyId: null, name: p.owner.board };
    const extension = p.extension && p.extension.requestedOn <= today ? p.extension : undefined;
    const finished = p.end < '2026-01-01' && !extension && p.pace >= 0.95;
    rows.projects.push({
      id,
      provinceCode: '04',
      code: p.code,
      name,
      searchText: foldText(`${p.code} ${name}`),
      ownerUnitCode: owner.unitCode,
      ownerAgencyId: owner.agencyId,
      ownerName: owner.name,
      unitCode,
      group: p.group,
      totalInvestment: BigInt(p.totalBn) * BN,
      startDate: p.start,
      plannedEndDate: p.end,
      currentEndDate: extension?.status === 'approved' ? extension.to : p.end,
      status: finished ? 'completed' : 'active',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    for (const year of [2024, 2025, 2026]) planYear(ctx, rows, p, id, year, lastDay);
    if (extension) {
      const decided = extension.status === 'pending' ? null : addDays(extension.requestedOn, 45);
      rows.extensions.push({
        id: newId(),
        projectId: id,
        provinceCode: '04',
        requestedOn: extension.requestedOn,
        reason: extension.reason,
        currentEndDate: p.end,
        requestedEndDate: extension.to,
        status: decided && decided > today ? 'pending' : extension.status,
        decisionRef:
          decided && decided <= today
            ? 'Nghị quyết của HĐND tỉnh về kéo dài thời gian thực hiện dự án (minh họa)'
            : null,
        decidedOn: decided && decided <= today ? decided : null,
        approvedEndDate: extension.status === 'approved' && decided && decided <= today ? extension.to : null,
        requestedBy: 'demo',
        decidedBy: decided && decided <= today ? 'demo' : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
  }
  await ctx.db.insert(projects).values(rows.projects);
  await ctx.db.insert(capitalPlans).values(rows.plans);
  for (let i = 0; i < rows.monthly.length; i += 1000)
    await ctx.db.insert(monthlyPlans).values(rows.monthly.slice(i, i + 1000));
  for (let i = 0; i < rows.paid.length; i += 1000)
    await ctx.db.insert(disbursements).values(rows.paid.slice(i, i + 1000));
  if (rows.extensions.length > 0) await ctx.db.insert(extensionRequests).values(rows.extensions);
  await recordAudit(ctx.db, ctx, {
    action: 'investment.demo_loaded',
    entityType: 'investment_project',
    provinceCode: '04',
    after: {
      projects: rows.projects.length,
      capitalPlans: rows.plans.length,
      monthlyPlans: rows.monthly.length,
      disbursements: rows.paid.length,
      extensionRequests: rows.extensions.length,
      note: 'illustrative figures',
    },
  });
  return `${rows.projects.length} projects, ${rows.paid.length} payments, ${rows.extensions.length} extension requests`;
}
