/**
 * Routing a new case to a competent agency of the province (units module agencies). A leader re-routes it when
 * classifying (Decree 20/2008 art. 9; Law on Denunciations art. 24). Defaults:
 * - a matter located in a commune, in a field communes handle, goes to that commune's People's Committee
 *   (two-level model, Law 72/2025 on local government);
 * - otherwise to the department of the field; a denunciation at province level to the Provincial Inspectorate.
 */
import type { Executor } from '../../platform/database/connection.js';
import { type AgencySummary, listAgencies } from '../units/index.js';
import type { CaseKind, Field } from './model.js';

/** The department (by name, as the units module seeds them) competent for each field. */
const DEPARTMENT_OF_FIELD: Record<Field, string> = {
  administrative_procedure: 'Văn phòng Ủy ban nhân dân tỉnh',
  land: 'Sở Nông nghiệp và Môi trường',
  environment: 'Sở Nông nghiệp và Môi trường',
  construction: 'Sở Xây dựng',
  transport: 'Sở Xây dựng',
  health: 'Sở Y tế',
  education: 'Sở Giáo dục và Đào tạo',
  justice: 'Sở Tư pháp',
  finance: 'Sở Tài chính',
  labour_social: 'Sở Nội vụ',
  industry_trade: 'Sở Công Thương',
  culture_tourism: 'Sở Văn hóa, Thể thao và Du lịch',
  ethnic_religion: 'Sở Dân tộc và Tôn giáo',
  staff_conduct: 'Sở Nội vụ',
  other: 'Văn phòng Ủy ban nhân dân tỉnh',
};

/** Fields the commune People's Committee handles first under the two-level model. */
const COMMUNE_FIELDS: ReadonlySet<Field> = new Set([
  'administrative_procedure',
  'land',
  'environment',
  'construction',
  'transport',
  'labour_social',
  'culture_tourism',
  'justice',
  'staff_conduct',
  'other',
]);

/** Pick the default agency among the province's agencies (pure). */
export function defaultAgency(
  agencies: readonly AgencySummary[],
  provinceCode: string,
  kind: CaseKind,
  field: Field,
  communeCode: string | null,
): AgencySummary | undefined {
  const ofUnit = (unit: string, kindOf: string) =>
    agencies.find((a) => a.unitCode === unit && a.kind === kindOf);
  const byName = (name: string) => agencies.find((a) => a.unitCode === provinceCode && a.name === name);
  if (communeCode && COMMUNE_FIELDS.has(field)) {
    const commune = ofUnit(communeCode, 'people_committee');
    if (commune) return commune;
  }
  if (kind === 'denunciation') {
    const inspectorate = byName('Thanh tra tỉnh');
    if (inspectorate) return inspectorate;
  }
  return byName(DEPARTMENT_OF_FIELD[field]) ?? ofUnit(provinceCode, 'people_committee') ?? agencies[0];
}

/** The default agency of a new case, read from the units module. */
export async function routeCase(
  db: Executor,
  provinceCode: string,
  kind: CaseKind,
  field: Field,
  communeCode: string | null,
): Promise<AgencySummary | undefined> {
  return defaultAgency(await listAgencies(db, provinceCode), provinceCode, kind, field, communeCode);
}
