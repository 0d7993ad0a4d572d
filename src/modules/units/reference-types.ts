/**
 * Types of the administrative-unit reference data (reference/admin-units, see its README.md).
 * Codes are the statistics office's codes (Decision 19/2025/QĐ-TTg for the 2025 units): strings of digits.
 */

/** A problem found while loading: the file, its 1-based row (header = 1) or null for the whole file, why. */
export interface LoadIssue {
  file: string;
  row: number | null;
  reason: string;
}

/** Loading is all-or-nothing: either every file is valid, or every problem found is listed. */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; errors: LoadIssue[] };

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The day the 2025 units (34 provinces, 3,321 communes) took effect. */
export const BASELINE_DATE: IsoDate = '2025-07-01';

/** `city` = thành phố trực thuộc trung ương (centrally run city); `province` = tỉnh. */
export type ProvinceType = 'city' | 'province';

/** A provincial unit from 1 July 2025 (its baseline state). */
export interface Province2025 {
  /** 2 digits. */
  code: string;
  /** Full official name, e.g. "Tỉnh Cao Bằng". */
  name: string;
  /** e.g. "Cao Bang Province" (thanglequoc v3.0.2). */
  nameEn: string;
  type: ProvinceType;
  /** Codes of the pre-2025 provinces merged into it (itself included when it kept its code). */
  mergedFrom: string[];
  note: string | null;
}

/** `xa` = xã, `phuong` = phường, `dac_khu` = đặc khu (special zone). */
export type CommuneType = 'xa' | 'phuong' | 'dac_khu';

/** A commune-level unit from 1 July 2025 (its baseline state). */
export interface Commune2025 {
  /** 5 digits. */
  code: string;
  /** Full official name, e.g. "Xã Ia Mơ". */
  name: string;
  /** e.g. "Ia Mo Commune" (thanglequoc v3.0.2, joined by code). */
  nameEn: string;
  type: CommuneType;
  provinceCode: string;
  /** Row number (STT) in letter 1027/CTK-CSCL. */
  cv1027Order: number;
  /** The code as printed in letter 1027/CTK-CSCL (differs from `code` only for Ia Mơ: 23737). */
  codeInCv1027: string;
  note: string | null;
}

/** A later, effective-dated state of a 2025 unit: in force from `effectiveFrom` until a later version. */
export interface UnitVersion<T extends string> {
  code: string;
  effectiveFrom: IsoDate;
  type: T;
  name: string;
  /** The legal act behind the change. */
  source: string;
}

export type ProvinceVersion = UnitVersion<ProvinceType>;
export type CommuneVersion = UnitVersion<CommuneType>;

/** A pre-2025 province (63). */
export interface Pre2025Province {
  code: string;
  name: string;
  nameEn: string;
  type: ProvinceType;
}

/** quan = quận, huyen = huyện, thi_xa = thị xã, thanh_pho = thành phố (under a province or city). */
export type Pre2025DistrictType = 'quan' | 'huyen' | 'thi_xa' | 'thanh_pho';

/** A pre-2025 district-level unit (696); ceased on 1 July 2025. */
export interface Pre2025District {
  /** 3 digits. */
  code: string;
  name: string;
  nameEn: string;
  type: Pre2025DistrictType;
  provinceCode: string;
}

/** xa = xã, phuong = phường, thi_tran = thị trấn. */
export type Pre2025CommuneType = 'xa' | 'phuong' | 'thi_tran';

/** A pre-2025 commune-level unit (10,035). */
export interface Pre2025Commune {
  /** 5 digits. */
  code: string;
  name: string;
  nameEn: string;
  type: Pre2025CommuneType;
  districtCode: string;
  provinceCode: string;
}

export interface Pre2025Units {
  provinces: Pre2025Province[];
  districts: Pre2025District[];
  communes: Pre2025Commune[];
}

/** `whole`: the whole old unit went into the new one; `part`: only part of it (area and/or population). */
export type ConversionRelation = 'whole' | 'part';

/** What the old side of a conversion row is: a commune, a whole district without communes, or other land. */
export type ConversionSource = 'commune' | 'district' | 'other';

/** One row of the official old → new conversion table. */
export interface UnitConversion {
  source: ConversionSource;
  /** Old commune code; null for `district` / `other` rows. */
  oldCode: string | null;
  oldName: string;
  oldDistrictCode: string;
  /** From the pre-2025 hierarchy (corrected where the table's column is wrong, see README). */
  oldProvinceCode: string;
  newCode: string;
  newProvinceCode: string;
  relation: ConversionRelation;
  /** The table's own wording, e.g. "Nhập một phần diện tích, toàn bộ dân số". */
  relationText: string;
  /** The table's `fix_applied` column, e.g. "old_code sửa từ 00553". */
  fixApplied: string | null;
}

export interface ReferenceData {
  provinces: Province2025[];
  communes: Commune2025[];
  /** Changes after the baseline, oldest first. */
  provinceVersions: ProvinceVersion[];
  communeVersions: CommuneVersion[];
  pre2025: Pre2025Units;
  conversions: UnitConversion[];
}
