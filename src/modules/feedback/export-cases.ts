/**
 * Xuất dữ liệu — the cases of a province received in a period as CSV (RFC 4180, UTF-8 with BOM for
 * spreadsheets): the public wording only, never a submitter or denouncer (the query reads `cases` and
 * `deadlines`; the wording is masked again with the person's own data, denouncer-privacy.ts), with each case's
 * status, agency and timeliness.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type CsvValue, toCsv } from '../../platform/csv.js';
import { fail, forbiddenBecause, invalidBecause, ok, type Result } from '../../platform/result.js';
import { findAgencies, findUnits } from '../units/index.js';
import { personMasks } from './denouncer-privacy.js';
import { msg } from './messages.js';
import { mayExport } from './policy.js';
import { parsePeriod } from './report-period.js';

export const EXPORT_COLUMNS = [
  'code',
  'kind',
  'channel',
  'field',
  'status',
  'title',
  'content',
  'answer',
  'unit_code',
  'unit_name',
  'agency',
  'commune_code',
  'received_at',
  'answered_at',
  'published_at',
  'late_steps',
] as const;

export async function exportCases(
  ctx: Ctx,
  input: { provinceCode: string; period: string },
): Promise<Result<{ filename: string; csv: string; rows: number }>> {
  if (!mayExport(ctx.actor, input.provinceCode)) {
    return ctx.actor.kind === 'anonymous'
      ? fail({ kind: 'unauthenticated' })
      : forbiddenBecause(msg('feedback.exportsForLeaders'));
  }
  const period = parsePeriod(input.period);
  if (!period) return invalidBecause(msg('feedback.periodFormat'), [{ field: 'period', message: 'invalid' }]);
  const now = ctx.now;
  const result = await ctx.db.execute<{
    id: string;
    code: string;
    kind: string;
    channel: string;
    field: string;
    status: string;
    public_title: string;
    public_content: string;
    public_answer: string | null;
    unit_code: string;
    agency_id: string;
    commune_code: string | null;
    received_at: Date;
    answered_at: Date | null;
    published_at: Date | null;
    late_steps: string | null;
  }>(sql`
    select c.id, c.code, c.kind, c.channel, c.field, c.status, c.public_title, c.public_content,
           case when c.kind = 'pakn' then c.public_answer end as public_answer,
           c.unit_code, c.agency_id, c.commune_code, c.received_at, c.answered_at, c.published_at,
           (select string_agg(d.step, ' ' order by d.step) from feedback.deadlines d
             where d.case_id = c.id and not d.cancelled
               and (d.done_at > d.due_at or (d.done_at is null and d.due_at < ${now}))) as late_steps
      from feedback.cases c
     where c.province_code = ${input.provinceCode}
       and c.received_at >= ${period.fromInstant} and c.received_at < ${period.toInstant}
     order by c.received_at, c.code`);
  const rows = result.rows;
  // The public wording was masked at intake; masked again with today's rules and the person's own data.
  const [units, agencies, masks] = await Promise.all([
    findUnits(
      ctx.db,
      rows.map((r) => r.unit_code),
    ),
    findAgencies(
      ctx.db,
      rows.map((r) => r.agency_id),
    ),
    personMasks(
      ctx.db,
      rows.map((r) => r.id),
    ),
  ]);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  const lines: CsvValue[][] = [[...EXPORT_COLUMNS]];
  for (const r of rows) {
    const mask = masks(r.id);
    lines.push([
      r.code,
      r.kind,
      r.channel,
      r.field,
      r.status,
      mask(r.public_title),
      mask(r.public_content),
      r.public_answer === null ? null : mask(r.public_answer),
      r.unit_code,
      units.get(r.unit_code)?.name ?? r.unit_code,
      agencies.get(r.agency_id)?.name ?? '',
      r.commune_code,
      iso(r.received_at),
      iso(r.answered_at),
      iso(r.published_at),
      r.late_steps ?? '',
    ]);
  }
  return ok({
    filename: `phan-anh-${input.provinceCode}-${period.label}.csv`,
    csv: toCsv(lines),
    rows: rows.length,
  });
}
