/**
 * Mã định danh cơ quan — an agency's identifier under QCVN 102:2016/BTTTT (Circular 10/2016/TT-BTTTT), shaped
 * V1V2V3.Z1Z2.Y1Y2.MX1X2 (e.g. 000.00.12.H12): it heads every dossier code the agency receives (Decree 61/2018
 * art. 26; RULES.md §1.4). The official codes are not in the shipped data, so a system administrator of the
 * province sets them (audited); the demo gives its agencies plausible codes, clearly labelled demo values.
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  codedFieldError,
  conflictBecause,
  type DomainError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit, recordAuditMany } from '../audit/index.js';
import { msg } from './messages.js';
import { agencies } from './schema.js';

export const QCVN102_AGENCY_CODE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$/;

/**
 * Level-1 codes (MX1X2) of the demo provinces. H## is the provincial shape (RULES.md §4: "level-1 H## for
 * provinces"); the numbers here are DEMO VALUES, not taken from the QCVN 102 list — set the real codes with
 * `setAgencyCode` (or PUT /units/agencies/:id/code) before going live.
 */
export const DEMO_LEVEL1_CODES: Record<string, string> = { '04': 'H11' };

export interface AgencyCodeView {
  id: string;
  code: string | null;
  version: number;
}

/** Set (or clear) an agency's QCVN 102 code: a system administrator of its province; codes are unique. */
export async function setAgencyCode(
  ctx: Ctx,
  agencyId: string,
  /** `version`: the one the editor saw (409 if it changed); left out, the current one (CLI). */
  input: { code: string | null; version?: number | undefined },
): Promise<Result<AgencyCodeView, DomainError>> {
  const code = input.code === null ? null : input.code.trim().toUpperCase();
  if (code !== null && !QCVN102_AGENCY_CODE.test(code))
    return invalidBecause(msg('units.agencyCodeShape'), [
      codedFieldError('code', msg('units.agencyCodeShapeField')),
    ]);
  const [agency] = await ctx.db.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) return notFound('agency', agencyId);
  const admin =
    ctx.actor.kind === 'system' ||
    (ctx.actor.kind === 'user' &&
      ctx.actor.roles.some(
        // The grant's scope covers the agency: national, its own unit, or its province (identity's grantCovers).
        (g) =>
          g.role === 'system_admin' &&
          (g.unitCode === 'VN' || g.unitCode === agency.unitCode || g.unitCode === agency.provinceCode),
      ));
  if (!admin) return forbiddenBecause(msg('units.agencyCodeAdmin'));
  if (code !== null) {
    const [taken] = await ctx.db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.code, code));
    if (taken && taken.id !== agencyId)
      return conflictBecause(msg('units.agencyCodeTaken', { code, agency: taken.name }));
  }
  const version = input.version ?? agency.version;
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(agencies)
      .set({ code, version: version + 1 })
      .where(and(eq(agencies.id, agencyId), eq(agencies.version, version)))
      .returning({ id: agencies.id, code: agencies.code, version: agencies.version });
    if (updated.length === 0)
      return conflictBecause(msg('units.agencyChanged'), {
        id: agency.id,
        code: agency.code,
        version: agency.version,
      });
    await recordAudit(tx, ctx, {
      action: 'units.agency_code_set',
      entityType: 'agency',
      entityId: agencyId,
      provinceCode: agency.provinceCode,
      before: { code: agency.code },
      after: { code },
    });
    return ok(updated[0]!);
  });
}

/**
 * Demo codes for a province's agencies (DEMO VALUES, see DEMO_LEVEL1_CODES): the People's Committee
 * 000.00.00.H11; its office and departments 000.00.01…13.H11 in name order; the provincial PAS centre (under
 * the Office, Decree 118/2025) 000.01.01.H11; commune n (code order, from 31) People's Committee
 * 000.00.{30+n}.H11 and PAS centre 000.01.{30+n}.H11. Agencies that already have a code keep it.
 */
export async function assignDemoAgencyCodes(ctx: Ctx, provinceCode: string): Promise<number> {
  const level1 = DEMO_LEVEL1_CODES[provinceCode];
  if (!level1) return 0;
  const rows = await ctx.db.select().from(agencies).where(eq(agencies.provinceCode, provinceCode));
  const communes = [
    ...new Set(rows.filter((a) => a.unitCode !== provinceCode).map((a) => a.unitCode)),
  ].sort();
  const departments = rows
    .filter((a) => a.unitCode === provinceCode && a.kind === 'department')
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const two = (n: number) => String(n).padStart(2, '0');
  const codeOf = (a: (typeof rows)[number]): string | null => {
    if (a.unitCode === provinceCode) {
      if (a.kind === 'people_committee') return `000.00.00.${level1}`;
      if (a.kind === 'pas_centre') return `000.01.01.${level1}`;
      const index = departments.indexOf(a);
      return index >= 0 && index < 29 ? `000.00.${two(index + 1)}.${level1}` : null;
    }
    const n = communes.indexOf(a.unitCode) + 1;
    if (n < 1 || 30 + n > 99) return null;
    if (a.kind === 'people_committee') return `000.00.${two(30 + n)}.${level1}`;
    if (a.kind === 'pas_centre') return `000.01.${two(30 + n)}.${level1}`;
    return null;
  };
  const changes = rows.flatMap((a) => {
    const code = a.code ? null : codeOf(a);
    return code ? [{ id: a.id, code, version: a.version }] : [];
  });
  for (const c of changes)
    await ctx.db
      .update(agencies)
      .set({ code: c.code, version: c.version + 1 })
      .where(eq(agencies.id, c.id));
  await recordAuditMany(
    ctx.db,
    ctx,
    changes.map((c) => ({
      action: 'units.agency_code_set',
      entityType: 'agency',
      entityId: c.id,
      provinceCode,
      before: { code: null },
      after: { code: c.code, demo: true },
    })),
  );
  return changes.length;
}
