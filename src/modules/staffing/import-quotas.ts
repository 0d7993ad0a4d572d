/**
 * Giao biên chế theo quyết định — the province's quota decision for many communes at once, imported by an
 * operator from a CSV (issue 21 §1), each row through `setQuota` (the same checks, dating and audit), every row
 * or none. Columns, in order: unit_code, agency (the agency's kind in the commune — people_committee,
 * pas_centre — or its id), job_position, posts, decision_ref, valid_from (YYYY-MM-DD; empty: today).
 */
import type { Ctx } from '../../platform/context.js';
import { badFileBecause, type ImportRow, importRows } from '../../platform/import-rows.js';
import type { Result } from '../../platform/result.js';
import { findUnit, listAgencies, parseCsv } from '../units/index.js';
import { msg } from './messages.js';
import { type QuotaInput, setQuota } from './set-quota.js';

export const QUOTA_COLUMNS = ['unit_code', 'agency', 'job_position', 'posts', 'decision_ref', 'valid_from'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function agencyIdOf(ctx: Ctx, unitCode: string, agency: string): Promise<string> {
  if (UUID.test(agency)) return agency;
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit) return agency;
  const found = (await listAgencies(ctx.db, unit.provinceCode)).find(
    (a) => a.unitCode === unitCode && a.kind === agency,
  );
  // An unknown kind is left as written: setQuota refuses it as an agency not of the commune.
  return found?.id ?? agency;
}

export async function importQuotas(ctx: Ctx, csv: string): Promise<Result<{ rows: number }>> {
  const parsed = parseCsv(csv.normalize('NFC'));
  if (!parsed.ok) return badFileBecause(msg('staffing.csvBroken', { why: parsed.why }), parsed.row);
  const [header, ...data] = parsed.records;
  if (header?.join(',') !== QUOTA_COLUMNS.join(','))
    return badFileBecause(msg('staffing.csvHeader', { columns: QUOTA_COLUMNS.join(',') }), 1);
  const rows: ImportRow<QuotaInput & { agency: string }>[] = [];
  for (const [i, fields] of data.entries()) {
    const row = i + 2;
    if (fields.length !== QUOTA_COLUMNS.length)
      return badFileBecause(
        msg('staffing.csvFieldCount', { found: fields.length, expected: QUOTA_COLUMNS.length }),
        row,
      );
    const [unitCode = '', agency = '', jobPosition = '', posts = '', decisionRef = '', validFrom = ''] =
      fields;
    if (!/^\d{5}$/.test(unitCode)) return badFileBecause(msg('staffing.csvUnitCode'), row);
    if (!/^\d{1,4}$/.test(posts.trim()) || Number(posts) > 1000)
      return badFileBecause(msg('staffing.csvPosts'), row);
    if (validFrom && !/^\d{4}-\d{2}-\d{2}$/.test(validFrom))
      return badFileBecause(msg('staffing.csvValidFrom'), row);
    rows.push({
      row,
      value: {
        unitCode,
        agency: agency.trim(),
        agencyId: '',
        jobPosition: jobPosition.trim(),
        posts: Number(posts),
        decisionRef: decisionRef.trim() || null,
        validFrom: validFrom || undefined,
      },
    });
  }
  return importRows(ctx, rows, async (txCtx, value) =>
    setQuota(txCtx, { ...value, agencyId: await agencyIdOf(txCtx, value.unitCode, value.agency) }),
  );
}
