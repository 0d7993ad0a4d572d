/**
 * Báo cáo thiệt hại từ tệp — the command's operator keys in the communes' damage forms (01/TKTH as received by
 * phone or on paper, Joint Circular 43/2015 art. 7) from a CSV, one row a commune: each row through
 * `reportDamage` (the same checks and audit) as a revision of that commune's latest report, every row or none.
 * Columns: unit_code, reported_on (YYYY-MM-DD; empty: today), initial (yes/no), estimated_value (whole đồng),
 * note, then any indicator codes of the catalogue (an empty cell is zero).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { badFile, type ImportRow, importRows } from '../../platform/import-rows.js';
import type { Result } from '../../platform/result.js';
import { parseCsv } from '../units/index.js';
import { indicator } from './catalogue.js';
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
  const bad = (why: string) => badFile(`row ${row}: ${why}`);
  if (!/^\d{5}$/.test(unitCode)) return bad('unit_code must be a 5-digit commune code');
  if (reportedOn && !/^\d{4}-\d{2}-\d{2}$/.test(reportedOn)) return bad('reported_on must be YYYY-MM-DD');
  const flag = initial.trim().toLowerCase();
  if (!YES.has(flag) && !NO.has(flag)) return bad('initial must be yes or no');
  if (!/^\d{1,15}$/.test(value.trim())) return bad('estimated_value must be whole đồng, digits only');
  const figures: Record<string, number> = {};
  for (const [i, code] of codes.entries()) {
    const cell = (rest[i] ?? '').trim();
    if (cell === '') continue;
    const n = Number(cell);
    if (!/^\d+(\.\d+)?$/.test(cell) || !Number.isFinite(n))
      return bad(`${code} must be a number, not negative (a decimal point for hectares)`);
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
  if (!parsed.ok) return badFile(`row ${parsed.row}: ${parsed.reason}`);
  const [header = [], ...data] = parsed.records;
  const lead = header.slice(0, DAMAGE_LEAD_COLUMNS.length);
  const codes = header.slice(DAMAGE_LEAD_COLUMNS.length).map((c) => c.trim());
  if (lead.join(',') !== DAMAGE_LEAD_COLUMNS.join(','))
    return badFile(`the header must start "${DAMAGE_LEAD_COLUMNS.join(',')}", then indicator codes`);
  const unknown = codes.find((c) => !indicator(c));
  if (unknown !== undefined) return badFile(`"${unknown}" is not an indicator code`);
  const rows: ImportRow<Omit<DamageInput, 'revises'>>[] = [];
  for (const [i, fields] of data.entries()) {
    if (fields.length !== header.length)
      return badFile(`row ${i + 2}: ${fields.length} fields, expected ${header.length}`);
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
