/** Conclusions as readers see them: with their tasks counted by where they stand, and their tasks. */
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { notFound, ok, type Result } from '../../platform/result.js';
import { containsPattern } from '../../platform/search-text.js';
import { localDate } from '../calendar/index.js';
import { type ActorScope, isIssuerFor, requireOfficial } from './policy.js';
import type { ConclusionKind, SourceKind } from './schema.js';
import {
  adminCondition,
  issuerCondition,
  readableTaskCondition,
  resolveScope,
  staffTaskCondition,
} from './scope.js';
import { selectSummaries, type TaskSummary } from './task-view.js';

export interface ConclusionStats {
  tasks: number;
  open: number;
  overdue: number;
  awaitingReview: number;
  completed: number;
  neverReported: number;
}

export interface ConclusionSummary {
  id: string;
  provinceCode: string;
  issuerUnitCode: string;
  issuerName: string;
  kind: ConclusionKind;
  source: SourceKind;
  number: string;
  issuedOn: string;
  title: string;
  meetingId: string | null;
  version: number;
  /** Counted over the tasks the reader may see. */
  stats: ConclusionStats;
}

export interface ConclusionDetail extends ConclusionSummary {
  summary: string | null;
  signerName: string | null;
  documentReference: string | null;
  meeting: { id: string; title: string; startsAt: Date } | null;
  createdAt: Date;
  tasks: TaskSummary[];
  /** Whether the reader issues for this conclusion's unit (adds tasks, decides, reviews). */
  isIssuer: boolean;
}

/** Conclusions (alias `c`) the scope may read: its own issues, its province's as an administrator, its tasks'. */
export function readableConclusionCondition(scope: ActorScope): SQL {
  return sql`(${issuerCondition(scope)} or ${adminCondition(scope)} or exists (select 1 from oversight.tasks t
    where t.conclusion_id = c.id and ${staffTaskCondition(scope)}))`;
}

function statsColumns(scope: ActorScope, today: string): SQL {
  return sql`(select json_build_object(
      'tasks', count(*),
      'open', count(*) filter (where t.status in ('assigned', 'in_progress')),
      'overdue', count(*) filter (where t.status in ('assigned', 'in_progress') and t.deadline < ${today}::date),
      'awaitingReview', count(*) filter (where t.status = 'completion_reported'),
      'completed', count(*) filter (where t.status = 'completed'),
      'neverReported', count(*) filter (where t.status in ('assigned', 'in_progress')
        and not exists (select 1 from oversight.task_reports r where r.task_id = t.id)))
    from oversight.tasks t where t.conclusion_id = c.id and ${readableTaskCondition(scope)}) as stats`;
}

interface ConclusionRow extends Record<string, unknown> {
  id: string;
  province_code: string;
  issuer_unit_code: string;
  issuer_name: string;
  kind: ConclusionKind;
  source: SourceKind;
  number: string;
  issued_on: string;
  title: string;
  meeting_id: string | null;
  version: number;
  stats: ConclusionStats;
}

function toSummary(r: ConclusionRow): ConclusionSummary {
  return {
    id: r.id,
    provinceCode: r.province_code,
    issuerUnitCode: r.issuer_unit_code,
    issuerName: r.issuer_name,
    kind: r.kind,
    source: r.source,
    number: r.number,
    issuedOn: r.issued_on,
    title: r.title,
    meetingId: r.meeting_id,
    version: Number(r.version),
    stats: r.stats,
  };
}

export interface ListConclusionsInput {
  issuerUnitCode?: string | undefined;
  kind?: ConclusionKind | undefined;
  source?: SourceKind | 'outside' | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listConclusions(
  ctx: Ctx,
  input: ListConclusionsInput,
): Promise<Result<Page<ConclusionSummary>>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const filters: SQL[] = [readableConclusionCondition(scope)];
  if (input.issuerUnitCode) filters.push(sql`c.issuer_unit_code = ${input.issuerUnitCode}`);
  if (input.kind) filters.push(sql`c.kind = ${input.kind}`);
  if (input.source === 'outside') filters.push(sql`c.source <> 'own'`);
  else if (input.source) filters.push(sql`c.source = ${input.source}`);
  if (input.q) filters.push(sql`c.search_text like ${containsPattern(input.q)}`);
  const where = sql.join(filters, sql` and `);
  const today = localDate(ctx.now);
  const [rows, total] = await Promise.all([
    ctx.db.execute<ConclusionRow>(sql`select c.id, c.province_code, c.issuer_unit_code, c.issuer_name, c.kind, c.source,
        c.number, c.issued_on, c.title, c.meeting_id, c.version, ${statsColumns(scope, today)}
      from oversight.conclusions c where ${where}
      order by c.issued_on desc, c.number limit ${input.pageSize} offset ${(input.page - 1) * input.pageSize}`),
    ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from oversight.conclusions c where ${where}`),
  ]);
  return ok({
    items: rows.rows.map(toSummary),
    total: Number(total.rows[0]?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  });
}

/** One conclusion with the tasks the reader may see, or undefined when it is not theirs to read. */
export async function loadConclusionDetail(
  db: Executor,
  scope: ActorScope,
  id: string,
  now: Date,
): Promise<ConclusionDetail | undefined> {
  const today = localDate(now);
  const result = await db.execute<
    ConclusionRow & {
      summary: string | null;
      signer_name: string | null;
      document_reference: string | null;
      created_at: Date;
      meeting: { id: string; title: string; startsAt: string } | null;
    }
  >(sql`select c.id, c.province_code, c.issuer_unit_code, c.issuer_name, c.kind, c.source, c.number, c.issued_on, c.title,
      c.meeting_id, c.version, c.summary, c.signer_name, c.document_reference, c.created_at,
      (select json_build_object('id', m.id, 'title', m.title, 'startsAt', m.starts_at)
         from oversight.meetings m where m.id = c.meeting_id) as meeting,
      ${statsColumns(scope, today)}
    from oversight.conclusions c where c.id = ${id}::uuid and ${readableConclusionCondition(scope)}`);
  const row = result.rows[0];
  if (!row) return undefined;
  const tasks = await selectSummaries(
    db,
    sql`t.conclusion_id = ${id}::uuid and ${readableTaskCondition(scope)}`,
    sql`t.seq`,
    { limit: 500, offset: 0 },
    now,
  );
  return {
    ...toSummary(row),
    summary: row.summary,
    signerName: row.signer_name,
    documentReference: row.document_reference,
    meeting: row.meeting ? { ...row.meeting, startsAt: new Date(row.meeting.startsAt) } : null,
    createdAt: new Date(row.created_at),
    tasks,
    isIssuer: isIssuerFor(scope, { unitCode: row.issuer_unit_code, provinceCode: row.province_code }),
  };
}

export async function getConclusion(ctx: Ctx, id: string): Promise<Result<ConclusionDetail>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const detail = await loadConclusionDetail(ctx.db, scope, id, ctx.now);
  return detail ? ok(detail) : notFound('conclusion', id);
}
