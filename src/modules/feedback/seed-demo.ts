/**
 * The demo province's feedback: PAKN, complaints and denunciations from the start of the same quarter last year to
 * yesterday (a few hundred, growing about 8% a year, so a quarter compares with the one before it like the reports'
 * "petitions up 7.5%"), across departments and communes, some answered late, most PAKN answers published and some rated — all
 * through the module's use cases, each step at the instant it happened (the steps of all cases in time order),
 * then the overdue job run once for today. Deterministic for a given day of installation.
 */
import type { Actor, Ctx } from '../../platform/context.js';
import type { Result } from '../../platform/result.js';
import { localInstant, localMsOfDay, vietnamInstant } from '../../platform/vietnam-time.js';
import { calendarFor, type WorkingCalendar } from '../calendar/index.js';
import { listUsers } from '../identity/index.js';
import { listAgencies, listCommunes, vietnamToday } from '../units/index.js';
import { acceptCase } from './accept-case.js';
import { answerCase } from './answer-case.js';
import { assignCase } from './assign-case.js';
import { classifyCase } from './classify-case.js';
import { COMPLAINT_TEMPLATES, DEMO_PEOPLE, DENUNCIATION_TEMPLATES, PAKN_TEMPLATES } from './demo-data.js';
import { extendCase } from './extend-case.js';
import { markOverdue } from './mark-overdue.js';
import { publishAnswer } from './publish-answer.js';
import { rateAnswer } from './rate-answer.js';
import { recordSupplement } from './record-supplement.js';
import { refuseCase } from './refuse-case.js';
import { requestSupplement } from './request-supplement.js';
import { defaultAgency } from './route.js';
import { submitFeedback } from './submit-feedback.js';
import { transferCase } from './transfer-case.js';

/** The demo officials' ward (identity's demo accounts work in Phường Thục Phán). */
const DEMO_WARD = '01273';
const CASES = 280;
/** Yearly growth of the number of submissions over the demo's span. */
const GROWTH = 0.08;
const DAY_MS = 86_400_000;

/** mulberry32: a small, seeded pseudo-random generator (same demo every time). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CaseState {
  id?: string;
  version: number;
  code?: string;
}

interface Action {
  at: Date;
  order: number;
  run: () => Promise<void>;
}

export async function seedDemoFeedback(ctx: Ctx, provinceCode: string) {
  const summary = { cases: 0, steps: 0 };
  const agencies = await listAgencies(ctx.db, provinceCode);
  if (agencies.length === 0) return summary;
  const cal = await calendarFor(ctx.db, provinceCode);
  const communes = await listCommunes(ctx.db, provinceCode, vietnamToday(ctx.now));
  const people = await listUsers(ctx, { q: '', page: 1, pageSize: 200 });
  const user = (username: string): Actor | undefined => {
    const u = people.ok ? people.value.items.find((x) => x.username === username) : undefined;
    return u
      ? {
          kind: 'user',
          userId: u.id,
          username: u.username,
          displayName: u.displayName,
          userKind: u.kind,
          roles: u.roles.map((g) => ({ role: g.role, unitCode: g.unitCode, provinceCode: g.provinceCode })),
        }
      : undefined;
  };
  const citizen = user('congdan');
  const specialist = user('chuyenvien');
  const rand = random(20250701);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const end = ctx.now.getTime() - DAY_MS;
  const today = vietnamToday(ctx.now);
  const quarterStart = `${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const start = vietnamInstant(`${Number(today.slice(0, 4)) - 1}-${quarterStart}`).getTime();
  // Density growing linearly by GROWTH a year over [start, end]: sample x in [0, 1] by the inverse of its CDF.
  const g = (GROWTH * (end - start)) / (365 * DAY_MS);
  const spread = (u: number) => (g === 0 ? u : (-1 + Math.sqrt(1 + 2 * g * u * (1 + g / 2))) / g);
  const actions: Action[] = [];
  let order = 0;
  const at = (when: Date, run: () => Promise<void>) => actions.push({ at: when, order: order++, run });
  const system = ctx.actor;
  const step = async (
    state: CaseState,
    when: Date,
    actor: Actor,
    work: (c: Ctx) => Promise<Result<{ version: number }>>,
  ) => {
    if (!state.id) return;
    const result = await work({ ...ctx, now: when, actor });
    if (!result.ok)
      throw new Error(`demo feedback ${state.code}: ${JSON.stringify(result.error).slice(0, 300)}`);
    state.version = result.value.version;
    summary.steps++;
  };

  for (let i = 0; i < CASES; i++) {
    const received = officeTime(cal, new Date(start + spread(rand()) * (end - start)), rand);
    const roll = rand();
    const state: CaseState = { version: 1 };
    const kind = roll < 0.72 ? 'pakn' : roll < 0.9 ? 'complaint' : 'denunciation';
    const person = pick(DEMO_PEOPLE);
    const inWard = rand() < 0.2;
    const commune = inWard ? DEMO_WARD : pick(communes).code;
    if (kind === 'pakn') {
      const t = pick(PAKN_TEMPLATES);
      const agency = defaultAgency(agencies, provinceCode, 'pakn', t.field, t.local ? commune : null)!;
      const how = rand();
      const actor: Actor = how < 0.35 ? { kind: 'anonymous' } : how < 0.55 && citizen ? citizen : system;
      at(received, async () => {
        const r = await submitFeedback(
          { ...ctx, now: received, actor },
          {
            provinceCode,
            kind: 'pakn',
            channel: actor.kind === 'system' ? 'counter' : 'portal',
            field: t.field,
            subject: t.field === 'staff_conduct' ? 'conduct' : 'regulation',
            title: t.title,
            content: t.content,
            communeCode: t.local ? commune : undefined,
            agencyId: agency.id,
            person:
              actor.kind === 'anonymous' && rand() < 0.5 ? {} : { fullName: person, phone: '0900000000' },
          },
        );
        if (!r.ok) throw new Error(`demo feedback: ${JSON.stringify(r.error)}`);
        Object.assign(state, { id: r.value.id, code: r.value.code, version: 1 });
        summary.cases++;
      });
      if (rand() < 0.08) {
        const when = addWorkingDays(cal, received, rand() < 0.8 ? between(1, 2) : 3);
        at(when, () =>
          step(state, when, system, (c) =>
            refuseCase(c, state.id!, {
              version: state.version,
              reason:
                'Nội dung không thuộc phạm vi phản ánh, kiến nghị về quy định hành chính; đã hướng dẫn gửi đến cơ quan có thẩm quyền.',
            }),
          ),
        );
        continue;
      }
      // Some PAKN are classified before being answered; the others are answered straight from the register.
      const classified = addWorkingDays(cal, received, 1);
      if (rand() < 0.4)
        at(classified, () =>
          step(state, classified, system, (c) => classifyCase(c, state.id!, { version: state.version })),
        );
      if (agency.unitCode === DEMO_WARD && specialist) {
        const assigned = new Date(classified.getTime() + 3_600_000);
        at(assigned, () =>
          step(state, assigned, system, (c) =>
            assignCase(c, state.id!, {
              version: state.version,
              userIds: [specialist.kind === 'user' ? specialist.userId : ''],
            }),
          ),
        );
      }
      let answerDay = rand() < 0.86 ? between(3, 14) : between(16, 26);
      if (rand() < 0.05) {
        const asked = addWorkingDays(cal, received, between(2, 4));
        const got = addWorkingDays(cal, asked, 2);
        at(asked, () =>
          step(state, asked, system, (c) =>
            requestSupplement(c, state.id!, {
              version: state.version,
              note: 'Đề nghị cung cấp thêm vị trí cụ thể và hình ảnh hiện trường.',
            }),
          ),
        );
        at(got, () =>
          step(state, got, system, (c) =>
            recordSupplement(c, state.id!, {
              version: state.version,
              note: 'Người phản ánh đã bổ sung vị trí và hình ảnh.',
            }),
          ),
        );
        answerDay = Math.max(answerDay, 9);
      }
      const answered = addWorkingDays(cal, received, answerDay);
      at(answered, () =>
        step(state, answered, system, (c) =>
          answerCase(c, state.id!, { version: state.version, answer: t.answer }),
        ),
      );
      if (rand() < 0.95) {
        const published = addWorkingDays(cal, answered, rand() < 0.85 ? 1 : between(3, 4));
        at(published, () =>
          step(state, published, system, (c) => publishAnswer(c, state.id!, { version: state.version })),
        );
        if (citizen && rand() < 0.4) {
          const rated = new Date(published.getTime() + between(1, 20) * DAY_MS);
          const vote = rand() < 0.8 ? 'like' : 'dislike';
          at(rated, async () => {
            if (!state.code || rated.getTime() > ctx.now.getTime()) return;
            const r = await rateAnswer({ ...ctx, now: rated, actor: citizen }, state.code, vote);
            if (r.ok) summary.steps++;
          });
        }
      }
    } else if (kind === 'complaint') {
      const t = pick(COMPLAINT_TEMPLATES);
      const agency = defaultAgency(agencies, provinceCode, 'complaint', t.field, commune)!;
      const expired = rand() < 0.06;
      const knownOn = vietnamToday(
        new Date(received.getTime() - (expired ? between(100, 140) : between(5, 70)) * DAY_MS),
      );
      const complex = rand() < 0.2;
      at(received, async () => {
        const r = await submitFeedback(
          { ...ctx, now: received },
          {
            provinceCode,
            kind: 'complaint',
            channel: 'counter',
            field: t.field,
            title: t.title,
            content: t.content,
            communeCode: commune,
            agencyId: agency.id,
            decisionKnownOn: knownOn,
            person: {
              fullName: person,
              idNumber: `0040${String(between(10_000_000, 99_999_999))}`,
              address: 'Cao Bằng',
            },
          },
        );
        if (!r.ok) throw new Error(`demo complaint: ${JSON.stringify(r.error)}`);
        Object.assign(state, { id: r.value.id, code: r.value.code, version: 1 });
        summary.cases++;
      });
      const decided = new Date(
        received.getTime() + (rand() < 0.88 ? between(2, 9) : between(12, 16)) * DAY_MS,
      );
      if (expired) {
        at(decided, () =>
          step(state, decided, system, (c) =>
            refuseCase(c, state.id!, {
              version: state.version,
              reason: 'Hết thời hiệu khiếu nại (Điều 9 Luật Khiếu nại).',
            }),
          ),
        );
        continue;
      }
      if (complex) {
        const flagged = new Date(received.getTime() + DAY_MS);
        at(flagged, () =>
          step(state, flagged, system, (c) =>
            classifyCase(c, state.id!, { version: state.version, complex: true }),
          ),
        );
      }
      at(decided, () =>
        step(state, decided, system, (c) => acceptCase(c, state.id!, { version: state.version })),
      );
      const limit = complex ? 45 : 30;
      const resolved = new Date(
        decided.getTime() +
          (rand() < 0.85 ? between(limit - 15, limit - 2) : between(limit + 2, limit + 12)) * DAY_MS,
      );
      at(resolved, () =>
        step(state, resolved, system, (c) =>
          answerCase(c, state.id!, {
            version: state.version,
            answer: t.answer,
            decisionNumber: `${between(10, 999)}/QĐ-UBND`,
          }),
        ),
      );
    } else {
      const t = pick(DENUNCIATION_TEMPLATES);
      const agency = defaultAgency(
        agencies,
        provinceCode,
        'denunciation',
        t.field,
        inWard ? DEMO_WARD : null,
      )!;
      at(received, async () => {
        const r = await submitFeedback(
          { ...ctx, now: received },
          {
            provinceCode,
            kind: 'denunciation',
            channel: 'counter',
            field: t.field,
            title: t.title,
            content: t.content,
            communeCode: commune,
            agencyId: agency.id,
            person: {
              fullName: person,
              idNumber: `0040${String(between(10_000_000, 99_999_999))}`,
              address: 'Cao Bằng',
            },
          },
        );
        if (!r.ok) throw new Error(`demo denunciation: ${JSON.stringify(r.error)}`);
        Object.assign(state, { id: r.value.id, code: r.value.code, version: 1 });
        summary.cases++;
      });
      if (agency.unitCode === DEMO_WARD && specialist) {
        const assigned = new Date(received.getTime() + 2 * 3_600_000);
        at(assigned, () =>
          step(state, assigned, system, (c) =>
            assignCase(c, state.id!, {
              version: state.version,
              userIds: [specialist.kind === 'user' ? specialist.userId : ''],
            }),
          ),
        );
      }
      if (rand() < 0.1) {
        const moved = addWorkingDays(cal, received, 3);
        at(moved, () =>
          step(state, moved, system, (c) =>
            transferCase(c, state.id!, {
              version: state.version,
              externalBody: 'Công an tỉnh Cao Bằng',
              reason: 'Nội dung có dấu hiệu tội phạm, chuyển cơ quan điều tra theo Điều 24 Luật Tố cáo.',
            }),
          ),
        );
        continue;
      }
      const accepted = addWorkingDays(cal, received, rand() < 0.9 ? between(3, 6) : between(8, 9));
      at(accepted, () =>
        step(state, accepted, system, (c) => acceptCase(c, state.id!, { version: state.version })),
      );
      const extended = rand() < 0.25;
      if (extended) {
        const when = new Date(accepted.getTime() + 25 * DAY_MS);
        at(when, () =>
          step(state, when, system, (c) =>
            extendCase(c, state.id!, {
              version: state.version,
              days: 30,
              grade: 'complex',
              decisionNumber: `${between(1, 99)}/QĐ-TTr`,
              reason: 'Vụ việc phức tạp, cần xác minh tại nhiều nơi.',
            }),
          ),
        );
      }
      const resolved = new Date(
        accepted.getTime() +
          (extended ? between(40, 55) : rand() < 0.85 ? between(18, 28) : between(32, 40)) * DAY_MS,
      );
      at(resolved, () =>
        step(state, resolved, system, (c) =>
          answerCase(c, state.id!, {
            version: state.version,
            answer: t.answer,
            decisionNumber: `${between(1, 99)}/KL-TTr`,
          }),
        ),
      );
    }
  }

  actions.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const action of actions) if (action.at.getTime() <= ctx.now.getTime()) await action.run();
  await markOverdue(ctx);
  return summary;
}

/** A plausible office instant on or after `t`: a working day, between 07:30 and 16:30 Vietnam time. */
function officeTime(cal: WorkingCalendar, t: Date, rand: () => number): Date {
  let day = vietnamToday(t);
  if (!cal.isWorkingDay(day)) day = cal.nextWorkingDay(day);
  const minutes = 7 * 60 + 30 + Math.floor(rand() * 9 * 60);
  return new Date(localInstant(day, minutes * 60_000));
}

/** Some office time `n` working days after `t`. */
function addWorkingDays(cal: WorkingCalendar, t: Date, n: number): Date {
  const day = cal.addWorkingDays(vietnamToday(t), n);
  return new Date(localInstant(day, localMsOfDay(t.getTime())));
}
