/**
 * Tra cứu thủ tục — the citizen catalogue of a province (issue 5 §4): published procedures found by keyword
 * without diacritics ("dang ky khai sinh" → Thủ tục đăng ký khai sinh), by field, level, deciding agency and
 * online level, a page at a time. Public: no sign-in.
 */
import { and, asc, desc, eq, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { containsPattern, foldForSearch } from '../../platform/search-text.js';
import type { ChannelDuration } from './duration-text.js';
import { procedures, publications, versions } from './schema.js';

export const ONLINE_FILTERS = ['full', 'partial', 'none', 'unknown'] as const;
/** `commune` stands for "the competent commune's People's Committee" (no single agency). */
export const COMMUNE_AGENCY = 'commune';

export interface CatalogueQuery {
  provinceCode: string;
  q?: string | undefined;
  field?: string | undefined;
  level?: 'province' | 'commune' | undefined;
  agency?: string | undefined;
  online?: (typeof ONLINE_FILTERS)[number] | undefined;
  page: number;
  pageSize: number;
}

export interface CatalogueItem {
  code: string;
  name: string;
  field: string;
  levels: string[];
  onlineLevel: 'full' | 'partial' | 'none' | null;
  decidingAgencyId: string | null;
  decidingAgencyKind: string;
  durations: ChannelDuration[];
}

function conditions(query: CatalogueQuery): SQL[] {
  const where: SQL[] = [
    eq(publications.provinceCode, query.provinceCode),
    eq(publications.status, 'published'),
    eq(procedures.status, 'published'),
  ];
  // Every word must appear, in any order: "khai sinh dang ky" finds it as well.
  for (const word of foldForSearch(query.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 12))
    where.push(ilike(versions.searchText, containsPattern(word)));
  if (query.field) where.push(eq(versions.field, query.field));
  if (query.level) where.push(sql`${versions.levels} @> array[${query.level}]::text[]`);
  if (query.agency === COMMUNE_AGENCY)
    where.push(
      and(isNull(publications.decidingAgencyId), eq(publications.decidingAgencyKind, 'people_committee'))!,
    );
  else if (query.agency) where.push(eq(publications.decidingAgencyId, query.agency));
  if (query.online === 'unknown') where.push(isNull(versions.onlineLevel));
  else if (query.online) where.push(eq(versions.onlineLevel, query.online));
  return where;
}

export async function searchCatalogue(
  db: Executor,
  query: CatalogueQuery,
): Promise<{ items: CatalogueItem[]; total: number; page: number; pageSize: number }> {
  const where = and(...conditions(query));
  const folded = foldForSearch(query.q ?? '');
  const from = () =>
    db
      .select({
        code: procedures.code,
        name: versions.name,
        field: versions.field,
        levels: versions.levels,
        onlineLevel: versions.onlineLevel,
        decidingAgencyId: publications.decidingAgencyId,
        decidingAgencyKind: publications.decidingAgencyKind,
        durations: versions.durations,
      })
      .from(publications)
      .innerJoin(procedures, eq(procedures.id, publications.procedureId))
      .innerJoin(versions, eq(versions.id, procedures.currentVersionId))
      .where(where);
  const [items, [count]] = await Promise.all([
    from()
      .orderBy(
        ...(folded ? [desc(sql`similarity(${versions.searchText}, ${folded})`)] : []),
        asc(versions.name),
        asc(procedures.code),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(publications)
      .innerJoin(procedures, eq(procedures.id, publications.procedureId))
      .innerJoin(versions, eq(versions.id, procedures.currentVersionId))
      .where(where),
  ]);
  return { items, total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export interface CatalogueFacets {
  fields: Array<{ value: string; count: number }>;
  agencies: Array<{ value: string; kind: string; count: number }>;
  levels: Array<{ value: string; count: number }>;
  online: Array<{ value: string; count: number }>;
}

/** What the filters can offer for a province, with how many procedures each would show. */
export async function catalogueFacets(db: Executor, provinceCode: string): Promise<CatalogueFacets> {
  const rows = await db.execute<{ facet: string; value: string | null; kind: string | null; n: number }>(sql`
    with p as (
      select v.field, v.levels, v.online_level, pub.deciding_agency_id, pub.deciding_agency_kind
      from procedures.publications pub
      join procedures.procedures pr on pr.id = pub.procedure_id and pr.status = 'published'
      join procedures.versions v on v.id = pr.current_version_id
      where pub.province_code = ${provinceCode} and pub.status = 'published'
    )
    select 'field' as facet, field as value, null as kind, count(*)::int as n from p group by field
    union all
    select 'agency', coalesce(deciding_agency_id::text, 'commune'), min(deciding_agency_kind), count(*)::int
      from p where deciding_agency_id is not null or deciding_agency_kind = 'people_committee'
      group by 2
    union all
    select 'level', l, null, count(*)::int from p, unnest(levels) l where l in ('province', 'commune') group by l
    union all
    select 'online', coalesce(online_level, 'unknown'), null, count(*)::int from p group by coalesce(online_level, 'unknown')
  `);
  const of = (facet: string) =>
    rows.rows
      .filter((r) => r.facet === facet && r.value !== null)
      .map((r) => ({ value: r.value as string, count: r.n, kind: r.kind ?? '' }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'vi'));
  return {
    fields: of('field').map(({ value, count }) => ({ value, count })),
    agencies: of('agency'),
    levels: of('level').map(({ value, count }) => ({ value, count })),
    online: of('online').map(({ value, count }) => ({ value, count })),
  };
}

/** Provinces that publish at least one procedure, with how many. */
export async function catalogueProvinces(
  db: Executor,
): Promise<Array<{ provinceCode: string; count: number }>> {
  const rows = await db
    .select({ provinceCode: publications.provinceCode, count: sql<number>`count(*)::int` })
    .from(publications)
    .where(eq(publications.status, 'published'))
    .groupBy(publications.provinceCode)
    .orderBy(asc(publications.provinceCode));
  return rows;
}
