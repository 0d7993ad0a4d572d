/** What a procedure version says, as one value: built from an export row or from an edit of a version. */
import { newId } from '../../platform/ids.js';
import { foldForSearch } from '../../platform/search-text.js';
import type { PortalProcedure } from './parse-portal-export.js';
import type { ProcedureVersion, VersionFee } from './procedure-view.js';
import type { versionFees, versions } from './schema.js';

export type VersionContent = Omit<
  ProcedureVersion,
  'id' | 'procedureId' | 'versionNo' | 'code' | 'source' | 'validFrom' | 'validTo' | 'createdAt'
>;

export function contentFromPortal(p: PortalProcedure): VersionContent {
  return {
    name: p.name,
    levels: p.levels,
    levelsText: p.levelsText,
    field: p.field,
    procedureType: p.procedureType,
    legalBasis: { number: p.decisionNumber, date: null, text: null },
    ministry: p.ministry,
    implementingAgencies: p.implementingAgencies,
    competentAuthority: p.competentAuthority,
    decidingAgencyKind: p.decidingAgencyKind,
    applicants: p.applicants,
    channels: p.channels,
    durations: p.durations,
    durationText: p.durationText,
    onlineLevel: p.onlineLevel,
    documents: [],
    declarationForm: null,
    fees: p.fees.map((f) => ({ channel: f.channel, kind: f.kind, amountDong: f.amountDong, note: f.note })),
    howToText: p.howToText,
    url: p.url,
  };
}

export function contentOfVersion(v: ProcedureVersion): VersionContent {
  const { id, procedureId, versionNo, code, source, validFrom, validTo, createdAt, ...content } = v;
  return content;
}

export interface VersionMeta {
  procedureId: string;
  code: string;
  versionNo: number;
  source: 'import' | 'edit';
  sourceRef: string | null;
  validFrom: string;
  createdBy: string;
  createdAt: Date;
}

/** The rows that store one version: the version itself and its fees. */
export function versionRows(
  content: VersionContent,
  meta: VersionMeta,
): { version: typeof versions.$inferInsert; fees: Array<typeof versionFees.$inferInsert> } {
  const id = newId();
  return {
    version: {
      id,
      procedureId: meta.procedureId,
      versionNo: meta.versionNo,
      code: meta.code,
      name: content.name,
      levels: content.levels,
      levelsText: content.levelsText,
      field: content.field,
      procedureType: content.procedureType,
      legalBasisNumber: content.legalBasis.number,
      legalBasisDate: content.legalBasis.date,
      legalBasisText: content.legalBasis.text,
      ministry: content.ministry,
      implementingAgencies: content.implementingAgencies,
      competentAuthority: content.competentAuthority,
      decidingAgencyKind: content.decidingAgencyKind,
      applicants: content.applicants,
      channels: content.channels,
      durations: content.durations,
      durationText: content.durationText,
      onlineLevel: content.onlineLevel,
      documents: content.documents,
      declarationForm: content.declarationForm,
      howToText: content.howToText,
      url: content.url,
      source: meta.source,
      sourceRef: meta.sourceRef,
      validFrom: meta.validFrom,
      validTo: null,
      searchText: foldForSearch(`${meta.code} ${content.name} ${content.field}`),
      createdBy: meta.createdBy,
      createdAt: meta.createdAt,
    },
    fees: content.fees.map((f: VersionFee, i) => ({
      versionId: id,
      position: i + 1,
      channel: f.channel,
      kind: f.kind,
      amountDong: f.amountDong,
      note: f.note,
    })),
  };
}
