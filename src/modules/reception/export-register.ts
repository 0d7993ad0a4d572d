/**
 * Exports: the register as Form 03/TCD's 13 columns (CSV, Decree 154/2026 appendix) and the period report as an
 * Excel workbook, in the reader's language. A denouncer stays "confidential" in every export (art. 47).
 */
import type { Ctx } from '../../platform/context.js';
import { toCsv } from '../../platform/csv.js';
import { formatCount, formatDay, formatPeriod } from '../../platform/formats.js';
import type { Language } from '../../platform/http/messages.js';
import { ok, type Result } from '../../platform/result.js';
import { renderXlsx } from '../../platform/xlsx.js';
import { localDate } from '../calendar/index.js';
import { CLASSIFICATIONS, OUTCOMES } from './model.js';
import { receptionReport } from './reception-report.js';
import { listRegister, type RegisterQuery } from './register-view.js';

const LABELS = {
  vi: {
    columns: [
      'STT',
      'Ngày tiếp',
      'Họ tên, địa chỉ',
      'CCCD/Hộ chiếu',
      'Nội dung vụ việc',
      'Loại đơn',
      'Số người',
      'Cơ quan đã giải quyết',
      'Thuộc thẩm quyền',
      'Hướng dẫn đến cơ quan',
      'Cơ quan thụ lý / số vụ việc',
      'Theo dõi kết quả',
      'Ghi chú',
    ],
    confidential: 'Người tố cáo (giữ bí mật)',
    classification: {
      complaint: 'Khiếu nại',
      denunciation: 'Tố cáo',
      petition: 'Kiến nghị',
      feedback: 'Phản ánh',
    },
    outcome: {
      case_opened: 'Thụ lý thành vụ việc',
      referred: 'Hướng dẫn đến cơ quan có thẩm quyền',
      explained: 'Giải thích, hướng dẫn chấp hành',
      answered: 'Trả lời trực tiếp',
      refused: 'Từ chối tiếp',
      pending: 'Chưa có kết quả',
    },
    report: 'Báo cáo công tác tiếp công dân',
    unit: 'Đơn vị',
    sessions: 'Số buổi tiếp',
    receptions: 'Lượt tiếp',
    people: 'Số người',
    total: 'Tổng cộng',
    yes: 'x',
  },
  en: {
    columns: [
      'No.',
      'Date',
      'Name, address',
      'ID / passport',
      'Content',
      'Classification',
      'People',
      'Bodies that handled it',
      'Within competence',
      'Guided to',
      'Accepted by / case code',
      'Follow-up',
      'Note',
    ],
    confidential: 'Denouncer (confidential)',
    classification: {
      complaint: 'Complaint',
      denunciation: 'Denunciation',
      petition: 'Petition',
      feedback: 'Feedback',
    },
    outcome: {
      case_opened: 'Became a case',
      referred: 'Guided to the competent body',
      explained: 'Explained',
      answered: 'Answered on the spot',
      refused: 'Reception refused',
      pending: 'Pending',
    },
    report: 'Citizen reception report',
    unit: 'Unit',
    sessions: 'Sessions',
    receptions: 'Receptions',
    people: 'People',
    total: 'Total',
    yes: 'x',
  },
} as const;

export async function exportRegisterCsv(
  ctx: Ctx,
  query: Omit<RegisterQuery, 'page' | 'pageSize'>,
  language: Language,
): Promise<Result<string>> {
  const L = LABELS[language];
  const rows: Array<Array<string | number | null>> = [[...L.columns]];
  for (let page = 1; ; page += 1) {
    const found = await listRegister(ctx, { ...query, page, pageSize: 200 });
    if (!found.ok) return found;
    for (const e of found.value.items) {
      rows.push([
        `${e.seq}/${e.year}`,
        formatDay(localDate(e.receivedAt)),
        e.person ? [e.person.fullName, e.person.address].filter(Boolean).join(', ') : L.confidential,
        e.person?.idNumber ?? null,
        e.content,
        L.classification[e.classification],
        e.peopleCount,
        e.previouslyHandledBy,
        e.withinCompetence ? L.yes : null,
        [e.referredTo, e.referralNumber].filter(Boolean).join(' — ') || null,
        e.caseCode,
        [L.outcome[e.outcome], e.followUp].filter(Boolean).join('. '),
        e.note,
      ]);
    }
    if (page * 200 >= found.value.total) break;
  }
  return ok(toCsv(rows));
}

export async function exportReportXlsx(
  ctx: Ctx,
  input: { provinceCode: string; unitCode?: string | undefined; period: string },
  language: Language,
): Promise<Result<Buffer>> {
  const L = LABELS[language];
  const found = await receptionReport(ctx, input);
  if (!found.ok) return found;
  const r = found.value;
  const cells = (l: typeof r.total) => [
    l.sessions,
    l.receptions,
    l.people,
    ...CLASSIFICATIONS.map((c) => l.byClassification[c]),
    ...OUTCOMES.map((o) => l.byOutcome[o]),
  ];
  const file = await renderXlsx({
    title: `${L.report} — ${formatPeriod(r.period, language)}`,
    sheetName: L.report.slice(0, 31),
    lines: [
      `${formatDay(r.from)} – ${formatDay(r.to)}`,
      `${L.receptions}: ${formatCount(r.total.receptions, language)}`,
    ],
    columns: [
      { header: L.unit, width: 32 },
      { header: L.sessions, width: 12, format: 'integer' },
      { header: L.receptions, width: 12, format: 'integer' },
      { header: L.people, width: 12, format: 'integer' },
      ...CLASSIFICATIONS.map((c) => ({ header: L.classification[c], width: 12, format: 'integer' as const })),
      ...OUTCOMES.map((o) => ({ header: L.outcome[o], width: 18, format: 'integer' as const })),
    ],
    rows: [
      ...r.lines.map((l) => ({ cells: [l.unitName, ...cells(l)] })),
      { cells: [L.total, ...cells(r.total)], bold: true },
    ],
    landscape: true,
  });
  return ok(file);
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
