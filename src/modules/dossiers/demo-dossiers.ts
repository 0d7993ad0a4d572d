/**
 * Demo history (issue 6 §7): realistic dossiers for the demo province over the last two years, across its
 * communes and departments, all three channels, with supplements, extensions, refusals, withdrawals and a few
 * late ones, shaped like the provincial reports (SEED-FIGURES.md: commune on-time > 99%, online share rising
 * from about 23.5% to about 54%, about a quarter of results returned by public post, satisfaction > 98%).
 * Every dossier is generated through `runDossierWork`, the batch core the API calls, as the system actor with
 * dated operations; a seeded random generator makes runs repeatable.
 */
import type { Ctx } from '../../platform/context.js';
import { localInstant } from '../../platform/vietnam-time.js';
import {
  addWorkingMinutes,
  calendarFor,
  countingStart,
  dueDate,
  localDate,
  type WorkingCalendar,
  workingMinutesBetween,
} from '../calendar/index.js';
import { listPublicationsAdmin } from '../procedures/index.js';
import { type AgencySummary, assignDemoAgencyCodes } from '../units/index.js';
import { BasisCache, durationFor, type ProcedureBasis, receives } from './basis.js';
import {
  approval,
  citizenBirth,
  type DemoSigner,
  E_RESULT_DAYS,
  issueDemoResults,
  runDemoItems,
  type SignedItem,
  stepsToDecision,
} from './demo-results.js';
import type { ResultSigning } from './issue-result.js';
import type { Channel, ResultMethod } from './model.js';
import type { DossierOp } from './operations.js';
import type { TimedOp } from './run-work.js';

export interface DemoOptions {
  count: number;
  /** Days of history before `ctx.now`. */
  days?: number;
  seed?: number;
  /** The citizen account that gets online dossiers of its own, in its own name (issue 15 §3). */
  citizenUserId?: string | null;
  citizenName?: string | null;
  /** The demo's commune leaders, who approve and sign their communes' recent online dossiers (issue 16 §5). */
  signers?: DemoSigner[];
  signing?: ResultSigning | undefined;
}

function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    between: (lo: number, hi: number) => lo + next() * (hi - lo),
  };
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Hoàng',
  'Nông',
  'Bế',
  'Lục',
  'Hà',
  'Đàm',
  'Triệu',
  'Lăng',
  'Ma',
  'Vi',
  'Lương',
  'Phạm',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Hồng', 'Quang'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hằng',
  'Lan',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Tuấn',
  'Vân',
  'Yến',
  'Khánh',
  'Linh',
  'Hiếu',
];
const BY: Record<string, string> = {
  counter_clerk: 'Công chức Bộ phận Một cửa (demo)',
  specialist: 'Chuyên viên thụ lý (demo)',
  unit_leader: 'Lãnh đạo cơ quan (demo)',
  provincial_leader: 'Lãnh đạo UBND tỉnh (demo)',
};

/**
 * Chance of one indicator scored 0: nine indicators at 0.22% each leave about 2% of ratings unsatisfied, the
 * "> 98% satisfied" of the Cô Tô report (SEED-FIGURES.md).
 */
const ZERO_SHARE = 0.0022;

/** A unit's lasting tendency (0.2–3×): some centres please their applicants more than others. */
function unitFactor(unitCode: string): number {
  let h = 2166136261;
  for (const ch of unitCode) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 0.2 + ((h % 1000) / 1000) * 2.8;
}

interface Candidate {
  basis: ProcedureBasis;
  commune: boolean;
  weight: number;
}

/** Generate `count` dossiers; returns a line for the start-up progress. */
export async function seedDemoDossiers(
  ctx: Ctx,
  provinceCode: string,
  options: DemoOptions,
): Promise<string> {
  await assignDemoAgencyCodes(ctx, provinceCode);
  const listed = await listPublicationsAdmin(ctx, {
    provinceCode,
    workflow: 'published',
    page: 1,
    pageSize: 500,
  });
  if (!listed.ok || listed.value.items.length === 0)
    return 'no dossiers: the province publishes no procedure with a workflow';
  const cache = new BasisCache(ctx.db, provinceCode);
  const cal = await calendarFor(ctx.db, provinceCode);
  const rnd = random(options.seed ?? 2025);
  const candidates: Candidate[] = [];
  for (const item of listed.value.items.slice(0, 120)) {
    const basis = await cache.procedure(item.code);
    if (!basis || !durationFor(basis, 'in_person').ok) continue;
    const commune =
      !basis.entry.publication.decidingAgency && basis.entry.procedure.levels.includes('commune');
    // A few procedures carry most of the load, as civil status does at the communes.
    candidates.push({
      basis,
      commune,
      weight: item.code === '1.001193' ? 40 : commune ? rnd.between(1, 8) : rnd.between(0.5, 3),
    });
  }
  if (candidates.length === 0) return 'no dossiers: no published procedure has a statutory time';
  const agencies = await cache.agencyList();
  const centres = agencies.filter((a) => a.kind === 'pas_centre');
  const provincialCentre = centres.find((a) => a.unitCode === provinceCode);
  const communeCentres = centres.filter((a) => a.unitCode !== provinceCode);
  if (!provincialCentre || communeCentres.length === 0) return 'no dossiers: the province has no PAS centres';
  const onlineCandidates = candidates.filter((c) => c.basis.entry.procedure.onlineLevel !== 'none');
  const pickProcedure = (online: boolean) => {
    const pool = online && onlineCandidates.length ? onlineCandidates : candidates;
    let x = rnd.next() * pool.reduce((s, c) => s + c.weight, 0);
    for (const c of pool) {
      x -= c.weight;
      if (x <= 0) return c;
    }
    return pool[pool.length - 1]!;
  };
  const days = options.days ?? 730;
  const start = new Date(ctx.now.getTime() - days * 86_400_000);
  // Dossiers arrive on working days, evenly: a day after Tết gets a day's share, not the whole holiday's.
  const workingDays = workingDaysBetween(cal, localDate(start), localDate(ctx.now));
  const items: SignedItem[] = [];
  // Only a leader with a key signs: without a signing service every approval stays the system's.
  const signers = options.signing?.service ? (options.signers ?? []) : [];
  const signFrom = new Date(ctx.now.getTime() - E_RESULT_DAYS * 86_400_000);
  for (let i = 0; i < options.count; i++) {
    // Time spread evenly; the online share rises from ~23.5% to ~54% (SEED-FIGURES.md, Cô Tô).
    const share = i / Math.max(1, options.count - 1);
    const online = rnd.chance(0.235 + 0.305 * share);
    const c = pickProcedure(online);
    const day = atWorkingHour(
      workingDays[Math.floor(share * (workingDays.length - 1))] ?? localDate(start),
      rnd,
    );
    if (day >= ctx.now) continue;
    const commune = c.commune ? rnd.pick(communeCentres) : null;
    const receiving = commune ? (rnd.chance(0.9) ? commune : provincialCentre) : provincialCentre;
    if (!receives(c.basis, receiving)) continue;
    const channel: Channel = online ? 'online' : rnd.chance(0.08) ? 'post' : 'in_person';
    const resultMethod: ResultMethod = rnd.chance(0.243)
      ? 'post'
      : online && rnd.chance(0.5)
        ? 'online'
        : 'counter';
    const item = plan(
      cal,
      c,
      receiving,
      commune?.unitCode ?? null,
      channel,
      resultMethod,
      day,
      ctx.now,
      rnd,
      // A few old ones (done) and the most recent (submitted, received, being processed): the demo citizen sees
      // dossiers of their own in several states.
      online && options.citizenUserId && (i < 6 || i >= options.count - 40)
        ? { id: options.citizenUserId, name: options.citizenName ?? null }
        : null,
      online ? (signers.find((s) => s.unitCode === commune?.unitCode) ?? null) : null,
      signFrom,
    );
    if (item) items.push(item);
  }
  const citizen = options.citizenUserId
    ? { id: options.citizenUserId, name: options.citizenName ?? '' }
    : null;
  const birth = candidates.find((c) => c.basis.code === '1.001193')?.basis;
  const own = birth && citizen && citizenBirth(cal, birth, communeCentres, signers[0], citizen, ctx.now);
  if (own) items.push(own);
  const { made, skipped, toIssue } = await runDemoItems(ctx, items);
  const eResults = await issueDemoResults(ctx, toIssue, options.signing);
  return `${made} demo dossiers over ${days} days${skipped ? ` (${skipped} plans refused)` : ''}${eResults}`;
}

/** A working-day instant between 07:45 and 16:45 near `at`. */
function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): string[] {
  const found: string[] = [];
  for (let date = from; date <= to; date = cal.nextWorkingDay(date))
    if (cal.isWorkingDay(date)) found.push(date);
  return found;
}

/** A time within the office hours of a working day. */
function atWorkingHour(date: string, rnd: ReturnType<typeof random>): Date {
  const minutes = Math.floor(rnd.between(7.75 * 60, 16.75 * 60));
  return new Date(localInstant(date, minutes * 60_000));
}

function plan(
  cal: WorkingCalendar,
  c: Candidate,
  receiving: AgencySummary,
  subject: string | null,
  channel: Channel,
  resultMethod: ResultMethod,
  received: Date,
  now: Date,
  rnd: ReturnType<typeof random>,
  citizen: { id: string; name: string | null } | null,
  signer: DemoSigner | null,
  signFrom: Date,
): SignedItem | undefined {
  const duration = durationFor(c.basis, channel);
  if (!duration.ok) return undefined;
  const medium = channel === 'online' ? 'electronic' : 'paper';
  const from = countingStart(cal, received, medium);
  const due = dueDate(cal, duration.value, from);
  const budget = Math.max(4, workingMinutesBetween(cal, from, due));
  const ops: TimedOp[] = [];
  let t = received;
  const at = (minutes: number) => {
    t = addWorkingMinutes(cal, t, Math.max(1, Math.round(minutes)));
  };
  const push = (op: DossierOp, role: string) => ops.push({ op, at: t, by: BY[role] ?? role });
  const drawn = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;
  const name = citizen?.name ?? drawn;
  const submittedAt =
    channel === 'online' ? new Date(received.getTime() - rnd.between(5, 600) * 60_000) : received;
  const roll = rnd.next();
  let issueAt: Date | undefined;
  // Reception outcomes: a few sent back for a supplement at the counter, very few refused (Form 02, 03).
  if (roll < 0.004)
    push(
      { type: 'reject', reasons: ['Hồ sơ không thuộc phạm vi giải quyết của thủ tục (dữ liệu demo)'] },
      'counter_clerk',
    );
  else {
    push({ type: 'receive' }, 'counter_clerk');
    if (c.basis.defaultFees.length && rnd.chance(0.95))
      push(
        { type: 'record_payment', method: channel === 'online' && rnd.chance(0.6) ? 'vietqr' : 'cash' },
        'counter_clerk',
      );
    const steps = c.basis.entry.workflow?.steps.length ?? 0;
    // After reception the dossier is at step 2 when step 1 is the counter's own (receive.ts).
    const { startAt, decision } = stepsToDecision(c.basis) ?? { startAt: 1, decision: 0 };
    // Late: under 1% at the communes (> 99% on time, SEED-FIGURES.md), a few % at the departments.
    const late = rnd.chance(c.commune ? 0.004 : 0.03);
    const supplement = rnd.chance(0.03);
    // Form 04 is filed at least one working day before the due date: only where the time allows it.
    const extended = !late && budget >= 3 * 480 && rnd.chance(c.commune ? 0.002 : 0.02);
    const end = rnd.next();
    const workUntil = late || extended ? budget + rnd.between(60, 960) : budget * rnd.between(0.15, 0.9);
    const per = workUntil / Math.max(1, decision - startAt + 1);
    if (supplement) {
      at(Math.min(per, 240));
      push(
        { type: 'request_supplement', missing: ['Bản sao giấy tờ chứng minh còn thiếu (dữ liệu demo)'] },
        'specialist',
      );
      t = new Date(t.getTime() + rnd.between(1, 6) * 86_400_000);
      push({ type: 'provide_supplement', documents: [{ name: 'Giấy tờ bổ sung' }] }, 'counter_clerk');
    }
    if (extended && !supplement) {
      at(10);
      push(
        {
          type: 'extend',
          newDueDate: cal.addWorkingDays(localDate(due), 5),
          reason: 'Cần xác minh thêm thông tin (dữ liệu demo)',
        },
        'specialist',
      );
    }
    if (steps < 2 || decision < startAt) return undefined;
    if (end < 0.004) {
      at(per);
      push({ type: 'withdraw', reason: 'Người nộp xin rút hồ sơ (dữ liệu demo)' }, 'counter_clerk');
    } else if (end < 0.01) {
      at(per);
      push({ type: 'refuse', reasons: ['Không đủ điều kiện theo quy định (dữ liệu demo)'] }, 'specialist');
    } else {
      // Forward up to the decision step, then approve, then hand the result back.
      for (let position = startAt; position < decision; position++) {
        at(per);
        push({ type: 'forward' }, 'specialist');
      }
      at(per);
      // The leader of a demo commune approves its recent online dossiers in person and signs their results.
      const signs = signer && t >= signFrom && t <= now ? signer : null;
      ops.push(approval(t, signs, BY.unit_leader ?? ''));
      if (signs) issueAt = t;
      if (resultMethod !== 'online') {
        for (let position = decision + 1; position < steps; position++) {
          at(30);
          push({ type: 'forward' }, 'specialist');
        }
        at(rnd.between(30, 900));
        push(
          resultMethod === 'post'
            ? {
                type: 'return_result',
                method: 'post',
                postalTrackingNumber: `EB${Math.floor(rnd.between(1e8, 1e9))}VN`,
              }
            : { type: 'return_result', method: 'counter' },
          'counter_clerk',
        );
      }
      if (rnd.chance(0.3)) {
        at(rnd.between(10, 2000));
        // Nine Circular 01/2018 indicators, each 2, 1 or 0. A rating with an indicator at 0 is not satisfied:
        // about 2% overall (SEED-FIGURES.md: satisfaction > 98%), more at some units than others, and more
        // when the dossier was late. One draw per indicator, as before, so the rest of the demo is unchanged.
        const zero = ZERO_SHARE * unitFactor(receiving.unitCode) * (late ? 4 : 1);
        const scores = Array.from({ length: 9 }, () => {
          const x = rnd.next();
          return x < zero ? 0 : x < zero + 0.015 ? 1 : 2;
        });
        push({ type: 'rate', scores }, 'citizen');
      }
    }
  }
  // Recent dossiers are still in progress: only what happened before now.
  const past = ops.filter((o) => (o.at as Date) <= now);
  return {
    create: {
      procedureCode: c.basis.code,
      channel,
      receivingAgencyId: receiving.id,
      subjectUnitCode: subject ?? undefined,
      applicant: { name, phone: `09${Math.floor(rnd.between(1e7, 1e8))}`, address: 'Cao Bằng' },
      resultMethod,
      documents: c.basis.documents.filter((d) => d.required).map((d) => ({ name: d.name })),
      handedOverAt: channel === 'post' ? submittedAt : undefined,
      applicantUserId: channel === 'online' ? (citizen?.id ?? null) : null,
      at: submittedAt,
      by: channel === 'online' ? name : BY.counter_clerk,
    },
    ops: past,
    ...(issueAt ? { issueAt } : {}),
  };
}
