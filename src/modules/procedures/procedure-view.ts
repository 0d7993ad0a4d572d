/** Reading procedures and their versions: what other modules (dossiers) and the catalogue pages use. */
import { and, asc, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import type { DeclarationForm } from './declaration-form.js';
import type { Channel, ChannelDuration } from './duration-text.js';
import { type DossierDocument, procedures, versionFees, versions } from './schema.js';

export interface VersionFee {
  channel: Channel | null;
  kind: 'free' | 'amount';
  amountDong: number | null;
  note: string | null;
}

/** One immutable version of a procedure, as a dossier refers to it. */
export interface ProcedureVersion {
  id: string;
  procedureId: string;
  versionNo: number;
  code: string;
  name: string;
  levels: string[];
  levelsText: string;
  field: string;
  procedureType: string | null;
  legalBasis: { number: string | null; date: string | null; text: string | null };
  ministry: string | null;
  implementingAgencies: string | null;
  competentAuthority: string | null;
  decidingAgencyKind: string | null;
  applicants: string[];
  channels: Channel[];
  durations: ChannelDuration[];
  durationText: string;
  onlineLevel: 'full' | 'partial' | 'none' | null;
  documents: DossierDocument[];
  /** The declaration e-form of this version, if it has one (issue 16 §1). */
  declarationForm: DeclarationForm | null;
  fees: VersionFee[];
  howToText: string | null;
  url: string | null;
  source: 'import' | 'edit';
  validFrom: string;
  validTo: string | null;
  createdAt: Date;
}

type VersionRow = typeof versions.$inferSelect;

export function toVersionView(row: VersionRow, fees: VersionFee[]): ProcedureVersion {
  return {
    id: row.id,
    procedureId: row.procedureId,
    versionNo: row.versionNo,
    code: row.code,
    name: row.name,
    levels: row.levels,
    levelsText: row.levelsText,
    field: row.field,
    procedureType: row.procedureType,
    legalBasis: { number: row.legalBasisNumber, date: row.legalBasisDate, text: row.legalBasisText },
    ministry: row.ministry,
    implementingAgencies: row.implementingAgencies,
    competentAuthority: row.competentAuthority,
    decidingAgencyKind: row.decidingAgencyKind,
    applicants: row.applicants,
    channels: row.channels,
    durations: row.durations,
    durationText: row.durationText,
    onlineLevel: row.onlineLevel,
    documents: row.documents,
    declarationForm: row.declarationForm ?? null,
    fees,
    howToText: row.howToText,
    url: row.url,
    source: row.source,
    validFrom: row.validFrom,
    validTo: row.validTo,
    createdAt: row.createdAt,
  };
}

async function withFees(db: Executor, row: VersionRow | undefined): Promise<ProcedureVersion | undefined> {
  if (!row) return undefined;
  const fees = await db
    .select({
      channel: versionFees.channel,
      kind: versionFees.kind,
      amountDong: versionFees.amountDong,
      note: versionFees.note,
    })
    .from(versionFees)
    .where(eq(versionFees.versionId, row.id))
    .orderBy(asc(versionFees.position));
  return toVersionView(row, fees as VersionFee[]);
}

/** A version by id — the one a dossier was received under, whatever came after it. */
export async function getProcedureVersion(
  db: Executor,
  versionId: string,
): Promise<ProcedureVersion | undefined> {
  const [row] = await db.select().from(versions).where(eq(versions.id, versionId));
  return withFees(db, row);
}

export interface ProcedureState {
  id: string;
  code: string;
  status: 'published' | 'withdrawn';
  publishedOn: string;
  withdrawnOn: string | null;
  currentVersionId: string;
}

export async function findProcedure(db: Executor, code: string): Promise<ProcedureState | undefined> {
  const [row] = await db
    .select({
      id: procedures.id,
      code: procedures.code,
      status: procedures.status,
      publishedOn: procedures.publishedOn,
      withdrawnOn: procedures.withdrawnOn,
      currentVersionId: procedures.currentVersionId,
    })
    .from(procedures)
    .where(eq(procedures.code, code));
  return row;
}

/** The current version of a procedure by its national code. */
export async function currentVersion(db: Executor, code: string): Promise<ProcedureVersion | undefined> {
  const procedure = await findProcedure(db, code);
  return procedure ? getProcedureVersion(db, procedure.currentVersionId) : undefined;
}

/** The version in force on a date (YYYY-MM-DD): what a dossier received that day is processed under. */
export async function versionInForce(
  db: Executor,
  code: string,
  onDate: string,
): Promise<ProcedureVersion | undefined> {
  const [row] = await db
    .select()
    .from(versions)
    .where(
      and(
        eq(versions.code, code),
        lte(versions.validFrom, onDate),
        or(isNull(versions.validTo), gt(versions.validTo, onDate)),
      ),
    )
    .orderBy(desc(versions.versionNo))
    .limit(1);
  return withFees(db, row);
}

export interface VersionSummary {
  id: string;
  versionNo: number;
  source: 'import' | 'edit';
  legalBasis: { number: string | null; date: string | null; text: string | null };
  validFrom: string;
  validTo: string | null;
  createdAt: Date;
}

/** Every version of a procedure, newest first. */
export async function listVersions(db: Executor, code: string): Promise<VersionSummary[]> {
  const rows = await db
    .select()
    .from(versions)
    .where(eq(versions.code, code))
    .orderBy(desc(versions.versionNo));
  return rows.map((r) => ({
    id: r.id,
    versionNo: r.versionNo,
    source: r.source,
    legalBasis: { number: r.legalBasisNumber, date: r.legalBasisDate, text: r.legalBasisText },
    validFrom: r.validFrom,
    validTo: r.validTo,
    createdAt: r.createdAt,
  }));
}
