import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { foldForSearch } from '../../platform/search-text.js';
import { recordAudit } from '../audit/index.js';
import { listCommunes } from './browse-units.js';
import { findUnit } from './find-unit.js';
import { vietnamToday } from './in-force.js';
import { agencies } from './schema.js';

/**
 * The departments of a provincial People's Committee after the 2025 reorganisation (14 specialised
 * agencies is the common shape; names as used by Cao Bằng). Demo data, editable by administrators.
 */
const DEPARTMENTS: Array<[string, string]> = [
  ['Văn phòng Ủy ban nhân dân tỉnh', 'Office of the Provincial People’s Committee'],
  ['Sở Nội vụ', 'Department of Home Affairs'],
  ['Sở Tư pháp', 'Department of Justice'],
  ['Sở Tài chính', 'Department of Finance'],
  ['Sở Công Thương', 'Department of Industry and Trade'],
  ['Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'],
  ['Sở Xây dựng', 'Department of Construction'],
  ['Sở Khoa học và Công nghệ', 'Department of Science and Technology'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'],
  ['Sở Giáo dục và Đào tạo', 'Department of Education and Training'],
  ['Sở Y tế', 'Department of Health'],
  ['Sở Dân tộc và Tôn giáo', 'Department of Ethnic and Religious Affairs'],
  ['Thanh tra tỉnh', 'Provincial Inspectorate'],
];

/** The demo province's agencies (issue 3 §3): People's Committee, departments, PAS centres at both levels. */
export async function seedDemoAgencies(ctx: Ctx, provinceCode: string): Promise<number> {
  const province = await findUnit(ctx.db, provinceCode);
  if (!province) throw new Error(`demo province ${provinceCode} is not loaded`);
  const shortName = province.name.replace(/^(Tỉnh|Thành phố) /, '');
  const rows: Array<typeof agencies.$inferInsert> = [];
  const add = (unitCode: string, kind: string, name: string, nameEn: string) =>
    rows.push({
      id: newId(),
      unitCode,
      provinceCode,
      kind,
      name,
      nameEn,
      searchText: foldForSearch(name),
      createdAt: ctx.now,
    });
  add(
    provinceCode,
    'people_committee',
    `Ủy ban nhân dân ${province.name.toLowerCase().startsWith('tỉnh') ? 'tỉnh' : 'thành phố'} ${shortName}`,
    `${province.nameEn ?? shortName} People’s Committee`,
  );
  add(
    provinceCode,
    'pas_centre',
    `Trung tâm Phục vụ hành chính công tỉnh ${shortName}`,
    `${shortName} Provincial Public Administration Service Centre`,
  );
  for (const [name, nameEn] of DEPARTMENTS) add(provinceCode, 'department', name, nameEn);
  for (const commune of await listCommunes(ctx.db, provinceCode, vietnamToday(ctx.now))) {
    add(
      commune.code,
      'people_committee',
      `Ủy ban nhân dân ${commune.name}`,
      `People’s Committee of ${commune.nameEn ?? commune.name}`,
    );
    add(
      commune.code,
      'pas_centre',
      `Trung tâm Phục vụ hành chính công ${commune.name}`,
      `Public Administration Service Centre of ${commune.nameEn ?? commune.name}`,
    );
  }
  await ctx.db.insert(agencies).values(rows);
  await recordAudit(ctx.db, ctx, {
    action: 'units.agencies_created',
    entityType: 'agency',
    provinceCode,
    after: { count: rows.length },
  });
  return rows.length;
}
