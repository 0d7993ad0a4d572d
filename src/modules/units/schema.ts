import { sql } from 'drizzle-orm';
import { date, index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const unitsSchema = pgSchema('units');

/**
 * An administrative unit of the two-level model (from 1/7/2025): a province-level unit (2-digit
 * code) or a commune-level unit (5-digit code), Decision 19/2025/QĐ-TTg. What can change over
 * time (name, type, parent) lives in `unit_versions`.
 */
export const units = unitsSchema.table('units', {
  code: text('code').primaryKey(),
  level: text('level', { enum: ['province', 'commune'] }).notNull(),
  /** Equal to `code` for a province. Units do not move between provinces; a merger makes new codes. */
  provinceCode: text('province_code').notNull(),
});

/** Effective-dated attributes: a later change (e.g. 10 Đồng Nai xã → phường on 30/04/2026) is a new row. */
export const unitVersions = unitsSchema.table(
  'unit_versions',
  {
    code: text('code')
      .notNull()
      .references(() => units.code),
    effectiveFrom: date('effective_from').notNull(),
    /** Exclusive; null while in force. */
    effectiveTo: date('effective_to'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    /** city | province (province level); xa | phuong | dac_khu (commune level). */
    type: text('type').notNull(),
    parentCode: text('parent_code'),
    /** Folded name and code for diacritic- and case-insensitive search ("co to" → Cô Tô). */
    searchText: text('search_text').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.effectiveFrom] }),
    index('unit_versions_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('unit_versions_parent_idx').on(t.parentCode),
  ],
);

/** Units before 1/7/2025: 63 provinces, 696 districts, 10,035 communes. */
export const legacyUnits = unitsSchema.table(
  'legacy_units',
  {
    code: text('code').notNull(),
    level: text('level', { enum: ['province', 'district', 'commune'] }).notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    type: text('type').notNull(),
    parentCode: text('parent_code'),
    searchText: text('search_text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.code] })],
);

/** The official old → new conversion table: each pre-2025 unit into its 2025 unit(s). */
export const lineage = unitsSchema.table(
  'lineage',
  {
    /** `level:code:name` of the old side: communes by code; whole districts or other land by district. */
    oldKey: text('old_key').notNull(),
    oldLevel: text('old_level', { enum: ['commune', 'district', 'other'] }).notNull(),
    oldCode: text('old_code'),
    oldName: text('old_name').notNull(),
    oldDistrictCode: text('old_district_code').notNull(),
    oldProvinceCode: text('old_province_code').notNull(),
    newCode: text('new_code')
      .notNull()
      .references(() => units.code),
    /** whole: Nhập toàn bộ; part: Nhập một phần. */
    relation: text('relation', { enum: ['whole', 'part'] }).notNull(),
    relationText: text('relation_text').notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.oldKey, t.newCode] }),
    index('lineage_new_idx').on(t.newCode),
    index('lineage_old_code_idx').on(t.oldCode),
  ],
);

/**
 * An agency attached to a unit: the People's Committee, a department, a Public Administration
 * Service (PAS) centre.
 */
export const agencies = unitsSchema.table(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    provinceCode: text('province_code').notNull(),
    /** people_committee | department | pas_centre | other */
    kind: text('kind').notNull(),
    /** Agency code under QCVN 102:2016/BTTTT, used in dossier codes. */
    code: text('code').unique(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    parentAgencyId: uuid('parent_agency_id'),
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('agencies_unit_idx').on(t.unitCode)],
);

/** A position (chair, vice-chair, director, officer, clerk) an official holds in an agency, with dates. */
export const positions = unitsSchema.table(
  'positions',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    userId: uuid('user_id').notNull(),
    title: text('title').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [index('positions_agency_idx').on(t.agencyId), index('positions_user_idx').on(t.userId)],
);
