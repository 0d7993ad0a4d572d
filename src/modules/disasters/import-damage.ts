/**
 * Báo cáo thiệt hại từ tệp — the command's operator keys in the communes' damage forms (01/TKTH as received by
 * phone or on paper, Joint Circular 43/2015 art. 7) from a CSV, one row a commune: each row through
 * `reportDamage` (the same checks and audit) as a revision of that commune's latest report, every row or none.
 * Columns: unit_code, reported_on (YYYY-MM-DD; empty: today), initial (yes/no), estimated_value (whole đồng),
 * note, then any indicator codes of the catalogue (an empty cell is zero).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { badFileBecause, type ImportRow, importRows } from '../../platform/import-rows.js';
import type { Result } from '../../platform/result.js';
import { parseCsv } from '../units/index.js';
import { indicator } from './catalogue.js';
import { msg } from './messages.js';
import { type DamageInput, reportDamage } from './report-damage.js';
import { damageReports } from './schema.js';

export const DAMAGE_LEAD_COLUMNS = ['unit_code', 'reported_on', 'initial', 'estimated_value', 'note'];

const YES = new Set(['yes', 'true', '1', 'có']);
const NO = new Set(['no', 'false', '0', 'không']);

async function latestRevision(ctx: Ctx, eventId: string, unitCode: string): Promise<number> {
  const [latest] = await ctx.db
    .select({ revision: damageReports.revision })
    .from(damageReports)
    .where(and(eq(damageReports.eventId, eventId), eq(damageReports.unitCode, unitCode)))
    .orderBy(desc(damageReports.revision))
    .limit(1);
  return latest?.revision ?? 0;
}

function rowOf(row: number, fields: string[], codes: string[]): Result<Omit<DamageInput, 'revises'>> {
  const [unitCode = '', reportedOn = '', initial = '', value = '', note = '', ...rest] = fields;
  const bad = (why: Parameters<typeof msg>[0], params?: Record<string, string>) =>
    badFileBecause(msg(why, params), row);
  if (!/^\d{5}$/.test(unitCode)) return bad('disasters.csvUnitCode');
  if (reportedOn && !/^\d{4}-\d{2}-\d{2}$/.test(reportedOn)) return bad('disasters.csvReportedOn');
  const flag = initial.trim().toLowerCase();
  if (!YES.has(flag) && !NO.has(flag)) return bad('disasters.csvInitial');
  if (!/^\d{1,15}$/.test(value.trim())) return bad('disasters.csvValue');
  const figures: Record<string, number> = {};
  for (const [i, code] of codes.entries()) {
    const cell = (rest[i] ?? '').trim();
    if (cell === '') continue;
    const n = Number(cell);
    if (!/^\d+(\.\d+)?$/.test(cell) || !Number.isFinite(n)) return bad('disasters.csvFigure', { code });
    figures[code] = n;
  }
  return {
    ok: true,
    value: {
      unitCode,
      reportedOn: reportedOn || undefined,
      initial: YES.has(flag),
      estimatedValue: value.trim(),
      note: note.trim() || null,
      figures,
    },
  };
}

export async function importDamage(
  ctx: Ctx,
  eventId: string,
  csv: string,
): Promise<Result<{ rows: number }>> {
  const parsed = parseCsv(csv.normalize('NFC'));
  if (!parsed.ok) return badFileBecause(msg('disasters.csvBroken', { why: parsed.why }), parsed.row);
  const [header = [], ...data] = parsed.records;
  const lead = header.slice(0, DAMAGE_LEAD_COLUMNS.length);
  const codes = header.slice(DAMAGE_LEAD_COLUMNS.length).map((c) => c.trim());
  if (lead.join(',') !== DAMAGE_LEAD_COLUMNS.join(','))
    return badFileBecause(msg('disasters.csvHeader', { columns: DAMAGE_LEAD_COLUMNS.join(',') }), 1);
  const unknown = codes.find((c) => !indicator(c));
  if (unknown !== undefined)
    return badFileBecause(msg('disasters.csvUnknownIndicator', { code: unknown }), 1);
  const rows: ImportRow<Omit<DamageInput, 'revises'>>[] = [];
  for (const [i, fields] of data.entries()) {
    if (fields.length !== header.length)
      return badFileBecause(
        msg('disasters.csvFieldCount', { count: fields.length, expected: header.length }),
        i + 2,
      );
    const one = rowOf(i + 2, fields, codes);
    if (!one.ok) return one;
    rows.push({ row: i + 2, value: one.value });
  }
  // Each row revises the commune's latest report as it stands when the row is applied.
  return importRows(ctx, rows, async (txCtx, value) =>
    reportDamage(txCtx, eventId, {
      ...value,
      revises: await latestRevision(txCtx, eventId, value.unitCode),
    }),
  );
}
