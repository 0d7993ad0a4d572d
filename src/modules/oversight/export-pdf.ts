/**
 * Báo cáo tình hình thực hiện kết luận — the oversight figures as a PDF for the next meeting (issue 8 §4): the
 * totals and on-time rate, each lead agency's counts, the conclusions never reported on and the overdue tasks,
 * laid out as an administrative report (Decree 30/2020/NĐ-CP Annex I, through platform/pdf). The same counts as
 * the heat map and the CSV files; the rate is computed from them when the report is made.
 */
import type { Ctx } from '../../platform/context.js';
import { renderPdf } from '../../platform/pdf/index.js';
import { ok, type Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import { findUnit } from '../units/index.js';
import { onTimeRate } from './export-rows.js';
import { heatMap } from './heatmap.js';
import { listTasks } from './list-tasks.js';
import { listUnreported } from './unreported.js';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const vnMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export async function exportPdf(
  ctx: Ctx,
  input: { issuerUnitCode?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<Result<{ filename: string; pdf: Buffer }>> {
  const map = await heatMap(ctx, input);
  if (!map.ok) return map;
  const unreported = await listUnreported(ctx, {
    issuerUnitCode: input.issuerUnitCode,
    page: 1,
    pageSize: 200,
  });
  if (!unreported.ok) return unreported;
  const overdue = await listTasks(ctx, {
    view: 'issued',
    dueState: 'overdue',
    issuerUnitCode: input.issuerUnitCode,
    page: 1,
    pageSize: 200,
  });
  if (!overdue.ok) return overdue;
  const today = localDate(ctx.now);
  const m = map.value;
  const t = m.total;
  // The report is headed by the issuing unit asked for, else the reader's province.
  const issuer = input.issuerUnitCode ? await findUnit(ctx.db, input.issuerUnitCode) : undefined;
  const ownProvince =
    ctx.actor.kind === 'user'
      ? ctx.actor.roles.find((g) => g.provinceCode !== 'VN')?.provinceCode
      : undefined;
  const province = issuer?.provinceCode ?? ownProvince;
  const provinceUnit = province ? await findUnit(ctx.db, province) : undefined;
  const unitName = issuer?.name ?? provinceUnit?.name ?? 'tinhso';
  const place = provinceUnit?.name.replace(/^(Tỉnh|Thành phố) /, '') ?? 'Việt Nam';
  const overdueTasks = [...overdue.value.items].sort(
    (a, b) => (b.workingDaysLate ?? 0) - (a.workingDaysLate ?? 0),
  );
  const rate = onTimeRate(t.onTime, t.late);

  const pdf = await renderPdf(
    {
      size: 'A4',
      title: `Báo cáo tình hình thực hiện kết luận, chỉ thị đến ngày ${vnDate(today)}`,
      createdAt: ctx.now,
    },
    (d) => {
      d.header({ agency: unitName, place, date: today })
        .title(
          'Báo cáo',
          `Tình hình thực hiện kết luận, chỉ thị và nhiệm vụ được giao (đến ngày ${vnDate(today)})`,
        )
        .paragraph(
          `Nhiệm vụ có hạn hoàn thành từ tháng ${vnMonth(m.from)} đến tháng ${vnMonth(m.to)}: ` +
            `${t.onTime + t.late + t.overdueOpen + t.open} nhiệm vụ, trong đó ${t.onTime} hoàn thành đúng hạn, ` +
            `${t.late} hoàn thành trễ hạn, ${t.overdueOpen} quá hạn chưa hoàn thành, ${t.open} chưa đến hạn` +
            `${rate ? `; tỷ lệ hoàn thành đúng hạn ${rate.replace('.', ',')}%` : ''}.`,
          { indent: 20 },
        )
        .paragraph('1. Kết quả theo cơ quan chủ trì', { bold: true })
        .table(
          [
            { header: 'TT', width: 0.5, align: 'center' },
            { header: 'Cơ quan chủ trì', width: 4 },
            { header: 'Đúng hạn', width: 1.1, align: 'right' },
            { header: 'Trễ hạn', width: 1.1, align: 'right' },
            { header: 'Quá hạn', width: 1.1, align: 'right' },
            { header: 'Chưa đến hạn', width: 1.2, align: 'right' },
            { header: 'Tỷ lệ đúng hạn (%)', width: 1.3, align: 'right' },
          ],
          m.rows.map((r, i) => [
            String(i + 1),
            r.agency.name,
            String(r.total.onTime),
            String(r.total.late),
            String(r.total.overdueOpen),
            String(r.total.open),
            onTimeRate(r.total.onTime, r.total.late).replace('.', ','),
          ]),
          { size: 10 },
        )
        .paragraph('2. Kết luận, chỉ thị có nhiệm vụ chưa báo cáo', { bold: true });
      if (unreported.value.items.length === 0) d.paragraph('Không có.', { italic: true });
      else
        d.table(
          [
            { header: 'Số, ký hiệu', width: 1.6 },
            { header: 'Trích yếu', width: 3.4 },
            { header: 'Chưa báo cáo', width: 1.1, align: 'right' },
            { header: 'Đã quá hạn', width: 1, align: 'right' },
            { header: 'Cơ quan chưa báo cáo', width: 3 },
          ],
          unreported.value.items.map((c) => [
            `${c.number}\n${vnDate(c.issuedOn)}`,
            c.title,
            `${c.neverReported}/${c.tasks}`,
            String(c.neverReportedOverdue),
            c.agencies.map((a) => a.name).join('; '),
          ]),
          { size: 10 },
        );
      d.paragraph('3. Nhiệm vụ quá hạn chưa hoàn thành', { bold: true });
      if (overdueTasks.length === 0) d.paragraph('Không có.', { italic: true });
      else
        d.table(
          [
            { header: 'Mã', width: 1.6 },
            { header: 'Nhiệm vụ', width: 3.6 },
            { header: 'Cơ quan chủ trì', width: 2.4 },
            { header: 'Hạn', width: 1.1, align: 'center' },
            { header: 'Quá hạn (ngày làm việc)', width: 1.3, align: 'right' },
          ],
          overdueTasks.map((task) => [
            task.code,
            task.title,
            task.leadAgency.name,
            vnDate(task.deadline),
            String(task.workingDaysLate ?? ''),
          ]),
          { size: 10 },
        );
      d.paragraph(
        'Số liệu lập tự động từ hồ sơ theo dõi nhiệm vụ tại thời điểm lập báo cáo. Nhiệm vụ tính là hoàn thành ' +
          'theo ngày cơ quan chủ trì báo cáo hoàn thành, so với hạn đang có hiệu lực (sau gia hạn, nếu có); số ngày ' +
          'quá hạn tính theo ngày làm việc, không kể ngày nghỉ lễ, tết, nghỉ bù, thứ Bảy và Chủ nhật.',
        { italic: true, size: 10 },
      );
    },
  );
  return ok({ filename: `oversight-report-${today}.pdf`, pdf });
}
