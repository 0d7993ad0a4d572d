/**
 * The province's own view of its catalogue (issue 5 §3): which procedures it applies, with each workflow's state,
 * and one procedure's publication and workflow for editing, with the live check and the agencies to choose from.
 */
import { and, asc, eq, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, forbidden, notFound, ok, type Result } from '../../platform/result.js';
import { containsPattern, foldForSearch } from '../../platform/search-text.js';
import { type AgencySummary, listAgencies } from '../units/index.js';
import { type PublishedFee, publishedFees } from './catalogue-entry.js';
import type { WorkflowCheck } from './check-workflow.js';
import { checkWorkflow } from './check-workflow.js';
import { mayManageProvince, PROVINCE_DENIED } from './policy.js';
import { currentVersion, findProcedure, type ProcedureVersion } from './procedure-view.js';
import { loadWorkflow, type WorkflowView, workflowContext } from './save-workflow.js';
import { procedures, publicationReceivers, publications, versions, workflows } from './schema.js';

export interface AdminListQuery {
  provinceCode: string;
  q?: string | undefined;
  /** published | withdrawn | none (not published by the province) */
  publication?: 'published' | 'withdrawn' | 'none' | undefined;
  workflow?: 'published' | 'draft' | 'none' | undefined;
  /** missing: procedures that state no processing time in a unit and so cannot be published (issue 15 §2). */
  processingTime?: 'missing' | 'set' | undefined;
  page: number;
  pageSize: number;
}

export interface AdminListItem {
  code: string;
  name: string;
  field: string;
  levels: string[];
  publication: 'published' | 'withdrawn' | null;
  workflow: 'published' | 'draft' | null;
  /** False: "needs a processing time" — it cannot be published until the province sets one. */
  hasProcessingTime: boolean;
}

/** Province- and commune-level procedures of the catalogue, with the province's publication and workflow state. */
export async function listPublicationsAdmin(
  ctx: Ctx,
  query: AdminListQuery,
): Promise<Result<{ items: AdminListItem[]; total: number; page: number; pageSize: number }, DomainError>> {
  if (!mayManageProvince(ctx.actor, query.provinceCode)) return forbidden(PROVINCE_DENIED);
  const where: SQL[] = [
    eq(procedures.status, 'published'),
    sql`${versions.levels} && array['province', 'commune']::text[]`,
  ];
  for (const word of foldForSearch(query.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 12))
    where.push(ilike(versions.searchText, containsPattern(word)));
  if (query.publication === 'none') where.push(isNull(publications.id));
  else if (query.publication) where.push(eq(publications.status, query.publication));
  const hasTime = sql<boolean>`jsonb_array_length(${versions.durations}) > 0`;
  if (query.processingTime === 'missing') where.push(sql`not ${hasTime}`);
  if (query.processingTime === 'set') where.push(hasTime);
  if (query.workflow === 'none') where.push(isNull(workflows.id));
  else if (query.workflow) where.push(eq(workflows.status, query.workflow));
  const joined = <Q extends PgSelect>(select: Q) =>
    select
      .innerJoin(versions, eq(versions.id, procedures.currentVersionId))
      .leftJoin(
        publications,
        and(eq(publications.procedureId, procedures.id), eq(publications.provinceCode, query.provinceCode)),
      )
      .leftJoin(workflows, eq(workflows.publicationId, publications.id))
      .where(and(...where));
  // One query after another: `db` may be a transaction, whose connection takes one query at a time.
  const items = await joined(
    ctx.db
      .select({
        code: procedures.code,
        name: versions.name,
        field: versions.field,
        levels: versions.levels,
        publication: publications.status,
        workflow: workflows.status,
        hasProcessingTime: hasTime,
      })
      .from(procedures)
      .$dynamic(),
  )
    .orderBy(asc(procedures.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [counted] = await joined(
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(procedures).$dynamic(),
  );
  return ok({ items, total: counted?.n ?? 0, page: query.page, pageSize: query.pageSize });
}

export interface PublicationAdminView {
  provinceCode: string;
  procedure: ProcedureVersion;
  publication: {
    version: number;
    status: 'published' | 'withdrawn';
    publishedOn: string;
    withdrawnOn: string | null;
    decision: { number: string; date: string | null } | null;
    decidingAgencyId: string | null;
    decidingAgencyKind: string;
    receiving: { mode: 'all_pas_centres'; agencyIds: string[] } | { mode: 'selected'; agencyIds: string[] };
    fees: PublishedFee[];
  } | null;
  workflow: WorkflowView | null;
  check: WorkflowCheck | null;
  /** The province's agencies, to choose a deciding agency, receiving centres and step agencies from. */
  agencies: AgencySummary[];
}

export async function getPublicationAdmin(
  ctx: Ctx,
  provinceCode: string,
  code: string,
): Promise<Result<PublicationAdminView, DomainError>> {
  if (!mayManageProvince(ctx.actor, provinceCode)) return forbidden(PROVINCE_DENIED);
  const procedure = await findProcedure(ctx.db, code);
  const version = procedure ? await currentVersion(ctx.db, code) : undefined;
  if (!procedure || !version) return notFound('procedure', code);
  const [publication] = await ctx.db
    .select()
    .from(publications)
    .where(and(eq(publications.provinceCode, provinceCode), eq(publications.procedureId, procedure.id)));
  const agencies = await listAgencies(ctx.db, provinceCode);
  if (!publication)
    return ok({ provinceCode, procedure: version, publication: null, workflow: null, check: null, agencies });
  // One query after another: `db` may be a transaction, whose connection takes one query at a time.
  const fees = await publishedFees(ctx.db, publication.id);
  const workflow = await loadWorkflow(ctx.db, publication.id);
  const receivers = await ctx.db
    .select({ agencyId: publicationReceivers.agencyId })
    .from(publicationReceivers)
    .where(eq(publicationReceivers.publicationId, publication.id));
  const found = workflow ? await workflowContext(ctx.db, provinceCode, code, workflow.steps) : undefined;
  return ok({
    provinceCode,
    procedure: version,
    publication: {
      version: publication.version,
      status: publication.status,
      publishedOn: publication.publishedOn,
      withdrawnOn: publication.withdrawnOn,
      decision: publication.decisionNumber
        ? { number: publication.decisionNumber, date: publication.decisionDate }
        : null,
      decidingAgencyId: publication.decidingAgencyId,
      decidingAgencyKind: publication.decidingAgencyKind,
      receiving: { mode: publication.receiving, agencyIds: receivers.map((r) => r.agencyId) },
      fees,
    },
    workflow: workflow ?? null,
    check: workflow && found ? checkWorkflow(found.context, workflow.steps) : null,
    agencies,
  });
}
