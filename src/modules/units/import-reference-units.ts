import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { readSetting, writeSetting } from '../../platform/database/settings.js';
import { foldForSearch } from '../../platform/search-text.js';
import { recordAudit } from '../audit/index.js';
import {
  BASELINE_DATE,
  type LoadIssue,
  loadReferenceData,
  REFERENCE_FILES,
  type ReferenceData,
} from './reference-data.js';
import { legacyUnits, lineage, units, unitVersions } from './schema.js';

export interface ImportSummary {
  skipped: boolean;
  provinces: number;
  communes: number;
  versions: number;
  legacy: number;
  lineage: number;
}

export class ReferenceImportError extends Error {
  constructor(readonly issues: LoadIssue[]) {
    super(
      `the administrative-unit reference data is invalid; nothing was imported:\n${issues
        .slice(0, 50)
        .map((i) => `  ${i.file}${i.row === null ? '' : ` row ${i.row}`}: ${i.reason}`)
        .join('\n')}`,
    );
  }
}

const SETTING = 'units.reference';
const SOURCE_2025 = 'Decision 19/2025/QĐ-TTg; letter 1027/CTK-CSCL (25/06/2025)';

async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of REFERENCE_FILES) hash.update(file).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}

/**
 * Load the shipped administrative units into the database (issue 3 §1). All or nothing: a file
 * with a broken row is rejected whole with its row number. Importing the same files twice changes
 * nothing (the files' fingerprint is remembered, and every write is an upsert of the same values).
 */
export async function importReferenceUnits(ctx: Ctx, dir: string): Promise<ImportSummary> {
  const print = await fingerprint(dir);
  const loaded = await readSetting<{ fingerprint: string } & Omit<ImportSummary, 'skipped'>>(ctx.db, SETTING);
  // The same files as last time: nothing to parse or write (a restart stays fast).
  if (loaded?.fingerprint === print) {
    const { fingerprint: _, ...counts } = loaded;
    return { skipped: true, ...counts };
  }
  const loadedResult = await loadReferenceData(dir);
  if (!loadedResult.ok) throw new ReferenceImportError(loadedResult.errors);
  const data = loadedResult.data;
  const counts = {
    provinces: data.provinces.length,
    communes: data.communes.length,
    versions: data.provinceVersions.length + data.communeVersions.length,
    legacy: data.pre2025.provinces.length + data.pre2025.districts.length + data.pre2025.communes.length,
    lineage: data.conversions.length,
  };
  await ctx.db.transaction(async (tx) => {
    await writeUnits(tx, data);
    await writeSetting(tx, SETTING, { fingerprint: print, ...counts });
    await recordAudit(
      tx,
      { ...ctx, db: tx },
      {
        action: 'units.reference_imported',
        entityType: 'reference_data',
        entityId: 'admin-units',
        before: loaded ?? null,
        after: { fingerprint: print, ...counts },
      },
    );
  });
  return { skipped: false, ...counts };
}

async function chunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function writeUnits(tx: Executor, data: ReferenceData): Promise<void> {
  const unitRows = [
    ...data.provinces.map((p) => ({ code: p.code, level: 'province' as const, provinceCode: p.code })),
    ...data.communes.map((c) => ({ code: c.code, level: 'commune' as const, provinceCode: c.provinceCode })),
  ];
  await chunks(unitRows, 2000, (rows) => tx.insert(units).values(rows).onConflictDoNothing());

  const nameEn = new Map([...data.provinces, ...data.communes].map((u) => [u.code, u.nameEn]));
  const parent = new Map(data.communes.map((c) => [c.code, c.provinceCode]));
  const versions = [
    ...data.provinces.map((p) => ({
      code: p.code,
      effectiveFrom: BASELINE_DATE,
      name: p.name,
      type: p.type as string,
      source: SOURCE_2025,
    })),
    ...data.communes.map((c) => ({
      code: c.code,
      effectiveFrom: BASELINE_DATE,
      name: c.name,
      type: c.type as string,
      source: SOURCE_2025,
    })),
    ...data.provinceVersions,
    ...data.communeVersions,
  ];
  // Each version is in force until the next version of the same unit (effective_to is exclusive).
  const byCode = new Map<string, typeof versions>();
  for (const v of versions) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  const rows = [...byCode.values()].flatMap((list) =>
    list
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((v, i) => ({
        code: v.code,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: list[i + 1]?.effectiveFrom ?? null,
        name: v.name,
        nameEn: nameEn.get(v.code) ?? null,
        type: v.type,
        parentCode: parent.get(v.code) ?? null,
        searchText: foldForSearch(`${v.name} ${v.code}`),
        source: v.source,
      })),
  );
  await chunks(rows, 1000, (chunk) =>
    tx
      .insert(unitVersions)
      .values(chunk)
      .onConflictDoUpdate({
        target: [unitVersions.code, unitVersions.effectiveFrom],
        set: {
          effectiveTo: sql`excluded.effective_to`,
          name: sql`excluded.name`,
          nameEn: sql`excluded.name_en`,
          type: sql`excluded.type`,
          parentCode: sql`excluded.parent_code`,
          searchText: sql`excluded.search_text`,
          source: sql`excluded.source`,
        },
      }),
  );

  const legacy = [
    ...data.pre2025.provinces.map((p) => ({
      code: p.code,
      level: 'province' as const,
      name: p.name,
      nameEn: p.nameEn,
      type: p.type as string,
      parentCode: null,
    })),
    ...data.pre2025.districts.map((d) => ({
      code: d.code,
      level: 'district' as const,
      name: d.name,
      nameEn: d.nameEn,
      type: d.type as string,
      parentCode: d.provinceCode,
    })),
    ...data.pre2025.communes.map((c) => ({
      code: c.code,
      level: 'commune' as const,
      name: c.name,
      nameEn: c.nameEn,
      type: c.type as string,
      parentCode: c.districtCode,
    })),
  ].map((u) => ({ ...u, searchText: foldForSearch(`${u.name} ${u.code}`) }));
  await chunks(legacy, 2000, (chunk) => tx.insert(legacyUnits).values(chunk).onConflictDoNothing());

  const lineageRows = data.conversions.map((c) => ({
    oldKey: `${c.source}:${c.oldCode ?? c.oldDistrictCode}:${c.oldName}`,
    oldLevel: c.source,
    oldCode: c.oldCode,
    oldName: c.oldName,
    oldDistrictCode: c.oldDistrictCode,
    oldProvinceCode: c.oldProvinceCode,
    newCode: c.newCode,
    relation: c.relation,
    relationText: c.relationText,
    note: c.fixApplied,
  }));
  // The same old unit can appear twice for one new unit in the table; keep one row per pair.
  const unique = [...new Map(lineageRows.map((r) => [`${r.oldKey}|${r.newCode}`, r])).values()];
  await chunks(unique, 1000, (chunk) => tx.insert(lineage).values(chunk).onConflictDoNothing());
}
