/**
 * Công khai kết quả xử lý phản ánh, kiến nghị — the published PAKN answers anyone may read (Decree 20/2008
 * art. 14), with personal data removed: only the case's public wording, field, agency and dates, and the
 * likes and dislikes (Decision 766 sub-indicator 5.3). Never a submitter, never a complaint or denunciation.
 */
import { and, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound, ok, type Result } from '../../platform/result.js';
import { containsPattern } from '../../platform/search-text.js';
import { findAgencies, findUnits } from '../units/index.js';
import type { Vote } from './model.js';
import { cases, ratings } from './schema.js';

export interface PublishedAnswer {
  code: string;
  field: string;
  title: string;
  content: string;
  answer: string;
  agencyName: string;
  unitName: string;
  communeName: string | null;
  receivedAt: Date;
  answeredAt: Date;
  publishedAt: Date;
  likes: number;
  dislikes: number;
  /** The reader's own vote, when signed in. */
  myVote: Vote | null;
}

export interface PublishedQuery {
  provinceCode?: string | undefined;
  field?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const published = sql`${cases.kind} = 'pakn' and ${cases.status} = 'published'`;

async function shape(ctx: Ctx, rows: Array<typeof cases.$inferSelect>): Promise<PublishedAnswer[]> {
  const ids = rows.map((r) => r.id);
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const [unitNames, agencies, votes] = await Promise.all([
    findUnits(
      ctx.db,
      rows.flatMap((r) => [r.unitCode, ...(r.communeCode ? [r.communeCode] : [])]),
    ),
    findAgencies(
      ctx.db,
      rows.map((r) => r.agencyId),
    ),
    ids.length
      ? ctx.db
          .select({
            caseId: ratings.caseId,
            likes: sql<number>`count(*) filter (where ${ratings.vote} = 'like')::int`,
            dislikes: sql<number>`count(*) filter (where ${ratings.vote} = 'dislike')::int`,
            mine: me
              ? sql<Vote | null>`max(${ratings.vote}) filter (where ${ratings.userId} = ${me})`
              : sql<null>`null`,
          })
          .from(ratings)
          .where(inArray(ratings.caseId, ids))
          .groupBy(ratings.caseId)
      : Promise.resolve([]),
  ]);
  const byCase = new Map(votes.map((v) => [v.caseId, v]));
  return rows.map((r) => ({
    code: r.code,
    field: r.field,
    title: r.publicTitle,
    content: r.publicContent,
    answer: r.publicAnswer ?? '',
    agencyName: agencies.get(r.agencyId)?.name ?? '',
    unitName: unitNames.get(r.unitCode)?.name ?? r.unitCode,
    communeName: r.communeCode ? (unitNames.get(r.communeCode)?.name ?? null) : null,
    receivedAt: r.receivedAt,
    answeredAt: r.answeredAt!,
    publishedAt: r.publishedAt!,
    likes: byCase.get(r.id)?.likes ?? 0,
    dislikes: byCase.get(r.id)?.dislikes ?? 0,
    myVote: (byCase.get(r.id)?.mine as Vote | null | undefined) ?? null,
  }));
}

export async function listPublishedAnswers(
  ctx: Ctx,
  input: PublishedQuery,
): Promise<Result<{ items: PublishedAnswer[]; total: number; page: number; pageSize: number }>> {
  const filters: SQL[] = [published, isNotNull(cases.publishedAt)];
  if (input.provinceCode) filters.push(eq(cases.provinceCode, input.provinceCode));
  if (input.field) filters.push(eq(cases.field, input.field));
  if (input.q?.trim()) filters.push(sql`${cases.searchText} ilike ${containsPattern(input.q)}`);
  const where = and(...filters);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select()
      .from(cases)
      .where(where)
      .orderBy(desc(cases.publishedAt), cases.id)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  return ok({
    items: await shape(ctx, rows),
    total: totals[0]?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  });
}

export async function getPublishedAnswer(ctx: Ctx, code: string): Promise<Result<PublishedAnswer>> {
  const rows = await ctx.db
    .select()
    .from(cases)
    .where(and(published, eq(cases.code, code)));
  if (rows.length === 0) return notFound('published answer', code);
  return ok((await shape(ctx, rows))[0]!);
}
