/**
 * Trang thủ tục — everything a citizen needs to know about one procedure published in a province (issue 5 §4):
 * documents (with form templates where given), fees, durations per channel, legal basis, who decides, where to
 * file, and the steps of the internal workflow once published. Public: no sign-in.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { findAgencies, findUnit, listAgencies } from '../units/index.js';
import { findProcedure, getProcedureVersion, type ProcedureVersion } from './procedure-view.js';
import { loadWorkflow } from './save-workflow.js';
import { feeTableRows, publicationFees, publicationReceivers, publications } from './schema.js';
import { stepMinutes } from './workflow-check.js';

export interface AgencyLabel {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
}

export interface PublishedFee {
  kind: 'fixed' | 'table' | 'exemption';
  name: string;
  amountDong: number | null;
  per: string | null;
  note: string | null;
  basis: string | null;
  rows: Array<{ label: string; amountDong: number }>;
}

export interface CatalogueEntry {
  provinceCode: string;
  provinceName: string;
  procedure: ProcedureVersion;
  publication: {
    version: number;
    publishedOn: string;
    decision: { number: string; date: string | null } | null;
    decidingAgency: AgencyLabel | null;
    decidingAgencyKind: string;
    receiving: { mode: 'all_pas_centres' | 'selected'; agencies: AgencyLabel[]; count: number };
    fees: PublishedFee[];
  };
  workflow: {
    steps: Array<{
      position: number;
      name: string;
      role: string | null;
      agencyRef: string;
      agency: AgencyLabel | null;
      amount: number;
      unit: string;
    }>;
    totalMinutes: number;
  } | null;
}

const label = (a: { id: string; name: string; nameEn: string | null; kind: string }): AgencyLabel => ({
  id: a.id,
  name: a.name,
  nameEn: a.nameEn,
  kind: a.kind,
});

export async function publishedFees(db: Executor, publicationId: string): Promise<PublishedFee[]> {
  const fees = await db
    .select()
    .from(publicationFees)
    .where(eq(publicationFees.publicationId, publicationId))
    .orderBy(asc(publicationFees.position));
  const rows = fees.length
    ? await db
        .select()
        .from(feeTableRows)
        .where(
          inArray(
            feeTableRows.feeId,
            fees.map((f) => f.id),
          ),
        )
        .orderBy(asc(feeTableRows.position))
    : [];
  return fees.map((f) => ({
    kind: f.kind,
    name: f.name,
    amountDong: f.amountDong,
    per: f.per,
    note: f.note,
    basis: f.basis,
    rows: rows.filter((r) => r.feeId === f.id).map((r) => ({ label: r.label, amountDong: r.amountDong })),
  }));
}

/** The page of procedure `code` as published in `provinceCode`; undefined when it is not published there. */
export async function catalogueEntry(
  db: Executor,
  provinceCode: string,
  code: string,
): Promise<CatalogueEntry | undefined> {
  const procedure = await findProcedure(db, code);
  if (procedure?.status !== 'published') return undefined;
  const [publication] = await db
    .select()
    .from(publications)
    .where(
      and(
        eq(publications.provinceCode, provinceCode),
        eq(publications.procedureId, procedure.id),
        eq(publications.status, 'published'),
      ),
    );
  if (!publication) return undefined;
  // One query after another: `db` may be a transaction, whose connection takes one query at a time.
  const version = await getProcedureVersion(db, procedure.currentVersionId);
  const province = await findUnit(db, provinceCode);
  const fees = await publishedFees(db, publication.id);
  const workflow = await loadWorkflow(db, publication.id);
  const receivers = await db
    .select({ agencyId: publicationReceivers.agencyId })
    .from(publicationReceivers)
    .where(eq(publicationReceivers.publicationId, publication.id));
  if (!version) return undefined;
  const published = workflow?.status === 'published' ? workflow : undefined;
  const named = await findAgencies(db, [
    ...(publication.decidingAgencyId ? [publication.decidingAgencyId] : []),
    ...receivers.map((r) => r.agencyId),
    ...(published?.steps.flatMap((s) => (s.agencyId ? [s.agencyId] : [])) ?? []),
  ]);
  const pasCentres =
    publication.receiving === 'all_pas_centres'
      ? (await listAgencies(db, provinceCode))
          .filter((a) => a.kind === 'pas_centre')
          // The provincial centre first, then the communes' (Decree 118/2025: any of them receives).
          .sort((a, b) => Number(b.unitCode === provinceCode) - Number(a.unitCode === provinceCode))
      : [];
  const deciding = publication.decidingAgencyId ? named.get(publication.decidingAgencyId) : undefined;
  const selected = receivers.flatMap((r) => {
    const a = named.get(r.agencyId);
    return a ? [label(a)] : [];
  });
  return {
    provinceCode,
    provinceName: province?.name ?? provinceCode,
    procedure: version,
    publication: {
      version: publication.version,
      publishedOn: publication.publishedOn,
      decision: publication.decisionNumber
        ? { number: publication.decisionNumber, date: publication.decisionDate }
        : null,
      decidingAgency: deciding ? label(deciding) : null,
      decidingAgencyKind: publication.decidingAgencyKind,
      receiving: {
        mode: publication.receiving,
        agencies: publication.receiving === 'selected' ? selected : pasCentres.map(label),
        count: publication.receiving === 'selected' ? selected.length : pasCentres.length,
      },
      fees,
    },
    workflow: published
      ? {
          steps: published.steps.map((s, i) => {
            const a = s.agencyId ? named.get(s.agencyId) : undefined;
            return {
              position: i + 1,
              name: s.name,
              role: s.role,
              agencyRef: s.agencyRef,
              agency: a ? label(a) : null,
              amount: s.amount,
              unit: s.unit,
            };
          }),
          totalMinutes: published.steps.reduce((sum, s) => sum + stepMinutes(s), 0),
        }
      : null,
  };
}
