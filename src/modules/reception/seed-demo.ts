/**
 * Demo data for Cao Bằng (issue 21 §3): the provincial chair's monthly reception day and the ward chair's weekly
 * one, published for the weeks ahead; sessions held in the weeks before, their register rows — a land complaint
 * taken as a case, a petition guided to the competent body, a denunciation kept confidential, a question
 * answered on the spot — all through the module's own use cases, so they are audited like any other.
 */
import type { Ctx } from '../../platform/context.js';
import type { Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import { findUnits, listCommunes } from '../units/index.js';
import { planSchedule } from './plan-schedule.js';
import { recordEntry } from './record-entry.js';
import { recordSession } from './record-session.js';

const DAY = 86_400_000;

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`reception demo: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** 08:00 Vietnamese time on the given local day. */
const at = (day: string, hour = 8) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

/** The local day `n` days from `from`, moved off Saturday and Sunday to the Monday after. */
function weekday(from: Date, n: number): string {
  const d = new Date(from.getTime() + n * DAY);
  const day = new Date(`${localDate(d)}T00:00:00Z`);
  const wd = day.getUTCDay();
  if (wd === 6) day.setUTCDate(day.getUTCDate() + 2);
  if (wd === 0) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export async function seedDemoReception(
  ctx: Ctx,
  provinceCode: string,
): Promise<{ slots: number; entries: number }> {
  const communes = await listCommunes(ctx.db, provinceCode, localDate(ctx.now));
  const ward = communes.find((c) => c.code === '01273') ?? communes[0];
  const province = (await findUnits(ctx.db, [provinceCode])).get(provinceCode);
  if (!ward || !province) return { slots: 0, entries: 0 };
  const provinceChair = { receiverName: 'Hoàng Văn Thạch', receiverTitle: 'Chủ tịch UBND tỉnh' };
  const wardChair = { receiverName: 'Nông Thị Lan', receiverTitle: `Chủ tịch UBND ${ward.name}` };
  const provinceOffice = `Trụ sở Tiếp công dân tỉnh ${province.name.replace(/^Tỉnh /, '')}, số 1 Hoàng Đình Giong`;
  const wardOffice = `Trụ sở UBND ${ward.name}`;
  let slots = 0;
  // The published schedule: the province chair one day a month, the ward chair one day a week (Law art. 12, 15).
  for (const month of [0, 1, 2]) {
    const day = weekday(ctx.now, 10 + month * 30);
    must(
      await planSchedule(ctx, {
        unitCode: provinceCode,
        ...provinceChair,
        kind: 'regular',
        mode: 'in_person',
        startsAt: at(day, 8),
        endsAt: at(day, 11),
        location: provinceOffice,
        note: 'Tiếp công dân định kỳ tháng',
      }),
    );
    slots += 1;
  }
  for (const week of [0, 1, 2, 3, 4, 5]) {
    const day = weekday(ctx.now, 2 + week * 7);
    must(
      await planSchedule(ctx, {
        unitCode: ward.code,
        ...wardChair,
        kind: 'regular',
        mode: 'in_person',
        startsAt: at(day, 14),
        endsAt: at(day, 17),
        location: wardOffice,
      }),
    );
    slots += 1;
  }
  // Sessions held in the weeks before, with their register rows.
  const held = weekday(ctx.now, -20);
  const provinceSession = must(
    await recordSession(ctx, {
      unitCode: provinceCode,
      ...provinceChair,
      kind: 'regular',
      mode: 'in_person',
      startedAt: at(held, 8),
      location: provinceOffice,
    }),
  );
  const wardSession = must(
    await recordSession(ctx, {
      unitCode: ward.code,
      ...wardChair,
      kind: 'regular',
      mode: 'in_person',
      startedAt: at(weekday(ctx.now, -6), 14),
      location: wardOffice,
    }),
  );
  const rows = [
    {
      sessionId: provinceSession.id,
      classification: 'complaint' as const,
      person: { fullName: 'Lương Văn Tư', idNumber: '004078001234', address: 'Xã Hòa An, Cao Bằng' },
      content:
        'Khiếu nại quyết định thu hồi đất làm đường tránh Quốc lộ 3, cho rằng giá bồi thường thấp hơn giá thị trường.',
      withinCompetence: true,
      outcome: 'case_opened' as const,
      previouslyHandledBy: 'UBND xã Hòa An',
      case: {
        title: 'Khiếu nại giá bồi thường thu hồi đất đường tránh Quốc lộ 3',
        field: 'land' as const,
        decisionKnownOn: localDate(new Date(ctx.now.getTime() - 40 * DAY)),
      },
    },
    {
      sessionId: provinceSession.id,
      classification: 'petition' as const,
      person: { fullName: 'Đinh Thị Nhung', address: 'Phường Thục Phán, Cao Bằng' },
      content: 'Kiến nghị về chế độ bảo hiểm xã hội của người lao động tại doanh nghiệp đã giải thể.',
      withinCompetence: false,
      outcome: 'referred' as const,
      referredTo: 'Bảo hiểm xã hội tỉnh Cao Bằng',
      referralNumber: '112/HD-BTCD',
    },
    {
      sessionId: provinceSession.id,
      classification: 'petition' as const,
      person: { fullName: 'Hà Văn Páo', address: 'Xã Nguyên Bình, Cao Bằng' },
      content: 'Đại diện 12 hộ dân kiến nghị sớm sửa chữa cầu treo bị hư hỏng sau mưa lũ.',
      peopleCount: 12,
      withinCompetence: true,
      outcome: 'answered' as const,
      followUp: 'Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra, sửa chữa trong tháng.',
    },
    {
      sessionId: wardSession.id,
      classification: 'denunciation' as const,
      person: { fullName: 'Vi Thị Hương', idNumber: '004190056789', address: 'Tổ 5, Phường Thục Phán' },
      content:
        'Tố cáo cán bộ địa chính phường nhận tiền để làm nhanh thủ tục cấp giấy chứng nhận. Người tố cáo: Vi Thị Hương, Tổ 5.',
      withinCompetence: true,
      outcome: 'pending' as const,
    },
    {
      sessionId: wardSession.id,
      classification: 'feedback' as const,
      person: { fullName: 'Nông Văn Hùng', address: 'Tổ 2, Phường Thục Phán' },
      content: 'Phản ánh đèn chiếu sáng trên đường Kim Đồng hỏng nhiều ngày.',
      withinCompetence: true,
      outcome: 'explained' as const,
      followUp: 'Đã có kế hoạch thay thế trong quý; hướng dẫn theo dõi trên cổng thông tin.',
    },
  ];
  // Each reception entered at its session's time, twenty minutes apart.
  const startOf = new Map([
    [provinceSession.id, at(held, 8)],
    [wardSession.id, at(weekday(ctx.now, -6), 14)],
  ]);
  for (const [i, row] of rows.entries()) {
    const receivedAt = new Date(startOf.get(row.sessionId)!.getTime() + (i + 1) * 20 * 60_000);
    must(await recordEntry({ ...ctx, now: receivedAt }, { ...row, receivedAt }));
  }
  return { slots, entries: rows.length };
}
