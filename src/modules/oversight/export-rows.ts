/**
 * The rows every oversight export shares (issue 8 §4): the tasks of a view, the lead agencies' totals and the
 * conclusions never reported on, read through the same use cases as the API (so a file and the screen cannot
 * disagree), in Vietnamese or English. export-csv.ts and export-xlsx.ts lay them out; export-pdf.ts reuses the
 * rate.
 */
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import type { HeatMap } from './heatmap.js';
import { type ListTasksInput, listTasks } from './list-tasks.js';
import type { TaskSummary } from './task-view.js';
import { listUnreported, type UnreportedConclusion } from './unreported.js';

export type ExportLanguage = 'vi' | 'en';
export type Cell = string | number | null;

/** At most this many rows in one export; the file says when it was cut. */
export const EXPORT_MAX_ROWS = 10_000;

export const EXPORT_WORDS = {
  vi: {
    tasks: [
      'Mã nhiệm vụ',
      'Nhiệm vụ',
      'Số văn bản',
      'Ngày ban hành',
      'Cơ quan chủ trì',
      'Mức độ ưu tiên',
      'Hạn ban đầu',
      'Hạn hiện tại',
      'Trạng thái',
      'Tình trạng thời hạn',
      'Tiến độ (%)',
      'Số ngày làm việc quá hạn',
      'Báo cáo gần nhất',
      'Chưa từng báo cáo',
    ],
    agencies: [
      'Cơ quan chủ trì',
      'Đúng hạn',
      'Trễ hạn',
      'Quá hạn chưa hoàn thành',
      'Chưa đến hạn',
      'Tổng số',
      'Tỷ lệ đúng hạn (%)',
    ],
    unreported: [
      'Số văn bản',
      'Trích yếu',
      'Ngày ban hành',
      'Cơ quan ban hành',
      'Số nhiệm vụ',
      'Chưa từng báo cáo',
      'Chưa báo cáo và đã quá hạn',
      'Hạn sớm nhất',
      'Cơ quan chưa báo cáo',
    ],
    status: {
      assigned: 'Đã giao',
      in_progress: 'Đang thực hiện',
      completion_reported: 'Đã báo cáo hoàn thành',
      completed: 'Hoàn thành',
    },
    due: {
      on_track: 'Trong hạn',
      due_soon: 'Sắp đến hạn',
      overdue: 'Quá hạn',
      awaiting_review: 'Chờ xác nhận',
      done_on_time: 'Hoàn thành đúng hạn',
      done_late: 'Hoàn thành trễ hạn',
    },
    priority: { normal: 'Thường', high: 'Cao', urgent: 'Khẩn' },
    yes: 'Có',
    no: '',
    truncated: `Chỉ xuất ${EXPORT_MAX_ROWS} dòng đầu`,
  },
  en: {
    tasks: [
      'Task code',
      'Task',
      'Document number',
      'Issued on',
      'Lead agency',
      'Priority',
      'Original deadline',
      'Deadline',
      'Status',
      'Due state',
      'Progress (%)',
      'Working days overdue',
      'Last report',
      'Never reported',
    ],
    agencies: [
      'Lead agency',
      'On time',
      'Late',
      'Overdue, not done',
      'Not yet due',
      'Total',
      'On-time rate (%)',
    ],
    unreported: [
      'Document number',
      'Title',
      'Issued on',
      'Issuer',
      'Tasks',
      'Never reported',
      'Never reported and overdue',
      'Earliest deadline',
      'Agencies that owe a report',
    ],
    status: {
      assigned: 'Assigned',
      in_progress: 'In progress',
      completion_reported: 'Completion reported',
      completed: 'Completed',
    },
    due: {
      on_track: 'On track',
      due_soon: 'Due soon',
      overdue: 'Overdue',
      awaiting_review: 'Awaiting review',
      done_on_time: 'Done on time',
      done_late: 'Done late',
    },
    priority: { normal: 'Normal', high: 'High', urgent: 'Urgent' },
    yes: 'Yes',
    no: '',
    truncated: `Only the first ${EXPORT_MAX_ROWS} rows`,
  },
} as const;

/** Percentage with one decimal, from counts at read time; empty when nothing was done yet. */
export function onTimeRate(onTime: number, late: number): string {
  return onTime + late === 0 ? '' : ((100 * onTime) / (onTime + late)).toFixed(1);
}

const PAGE = 500;

/** Every task of a view (up to EXPORT_MAX_ROWS), in the list's order: open work first, nearest deadline first. */
export async function collectTasks(
  ctx: Ctx,
  input: { view: ListTasksInput['view']; issuerUnitCode?: string | undefined },
): Promise<Result<{ items: TaskSummary[]; total: number; truncated: boolean }>> {
  const items: TaskSummary[] = [];
  let total = 0;
  for (let page = 1; (page - 1) * PAGE < EXPORT_MAX_ROWS; page++) {
    const list = await listTasks(ctx, {
      view: input.view,
      issuerUnitCode: input.issuerUnitCode,
      page,
      pageSize: PAGE,
    });
    if (!list.ok) return list;
    items.push(...list.value.items);
    total = list.value.total;
    if (page * PAGE >= total) break;
  }
  return ok({ items, total, truncated: total > items.length });
}

/** Every conclusion with tasks never reported on (up to EXPORT_MAX_ROWS). */
export async function collectUnreported(
  ctx: Ctx,
  issuerUnitCode: string | undefined,
): Promise<Result<UnreportedConclusion[]>> {
  const items: UnreportedConclusion[] = [];
  for (let page = 1; (page - 1) * PAGE < EXPORT_MAX_ROWS; page++) {
    const list = await listUnreported(ctx, { issuerUnitCode, page, pageSize: PAGE });
    if (!list.ok) return list;
    items.push(...list.value.items);
    if (page * PAGE >= list.value.total) break;
  }
  return ok(items);
}

const named = (a: { name: string; nameEn: string | null }, lang: ExportLanguage) =>
  lang === 'en' ? (a.nameEn ?? a.name) : a.name;

export function taskRow(t: TaskSummary, lang: ExportLanguage): Cell[] {
  const w = EXPORT_WORDS[lang];
  return [
    t.code,
    t.title,
    t.conclusion.number,
    t.conclusion.issuedOn,
    named(t.leadAgency, lang),
    w.priority[t.priority],
    t.originalDeadline,
    t.deadline,
    w.status[t.status],
    w.due[t.dueState],
    t.progressPercent,
    t.workingDaysLate,
    t.lastReportedAt?.toISOString() ?? null,
    t.neverReported ? w.yes : w.no,
  ];
}

/** An agency's counts, its total and (last) its on-time rate as the CSV writes it. */
export function agencyRow(r: HeatMap['rows'][number], lang: ExportLanguage): Cell[] {
  const s = r.total;
  return [
    named(r.agency, lang),
    s.onTime,
    s.late,
    s.overdueOpen,
    s.open,
    s.onTime + s.late + s.overdueOpen + s.open,
    onTimeRate(s.onTime, s.late),
  ];
}

export function unreportedRow(c: UnreportedConclusion, lang: ExportLanguage): Cell[] {
  return [
    c.number,
    c.title,
    c.issuedOn,
    c.issuerName,
    c.tasks,
    c.neverReported,
    c.neverReportedOverdue,
    c.earliestDeadline,
    c.agencies.map((a) => named(a, lang)).join('; '),
  ];
}
