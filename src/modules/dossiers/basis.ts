/**
 * What a new dossier is built on: the procedure version in force and the province's publication of it (who
 * decides, who receives, fees, internal workflow) from the procedures module, and the province's agencies from
 * the units module. Routing follows Decree 118/2025: any PAS centre of the province receives any procedure's
 * dossier, and the dossier goes to the competent agency (RULES.md §1.2, §7.4).
 */
import { cacheHubOf } from '../../platform/cache.js';
import type { Executor } from '../../platform/database/connection.js';
import { type DomainError, fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { type Duration, type DurationUnit, parseDuration } from '../calendar/index.js';
import { type CatalogueEntry, catalogueEntry } from '../procedures/index.js';
import { type AgencySummary, listAgencies } from '../units/index.js';
import { msg } from './messages.js';
import type { Channel, FeeLine, StepSnapshot } from './model.js';

export interface ProcedureBasis {
  entry: CatalogueEntry;
  code: string;
  /** Documents the applicant provides (thành phần hồ sơ), required first. */
  documents: Array<{ name: string; required: boolean }>;
  /** The fees charged by default: the publication's fixed amounts, none when an exemption is published. */
  defaultFees: FeeLine[];
}

/**
 * Province-wide look-ups kept for one batch: agencies, and procedures by code. With a `scope` (the pool's
 * handle) they are also kept across requests, bounded, and dropped on every instance when a procedure, its
 * publication or a unit changes (docs/adr/0024).
 */
export class BasisCache {
  private agencies?: AgencySummary[];
  private readonly procedures = new Map<string, ProcedureBasis | null>();
  constructor(
    private readonly db: Executor,
    readonly provinceCode: string,
    private readonly scope?: Executor,
  ) {}

  async agencyList(): Promise<AgencySummary[]> {
    this.agencies ??= this.scope
      ? await agencyCache(this.scope).through(this.provinceCode, () =>
          listAgencies(this.db, this.provinceCode),
        )
      : await listAgencies(this.db, this.provinceCode);
    return this.agencies;
  }

  async agency(id: string): Promise<AgencySummary | undefined> {
    return (await this.agencyList()).find((a) => a.id === id);
  }

  async agencyOfUnit(unitCode: string, kind: string): Promise<AgencySummary | undefined> {
    return (await this.agencyList()).find((a) => a.unitCode === unitCode && a.kind === kind);
  }

  async procedure(code: string): Promise<ProcedureBasis | undefined> {
    if (!this.procedures.has(code)) {
      const load = async () => {
        const entry = await catalogueEntry(this.db, this.provinceCode, code);
        return entry ? basisOf(code, entry) : null;
      };
      const basis = this.scope
        ? await basisCache(this.scope).through(`${this.provinceCode}|${code}`, load)
        : await load();
      this.procedures.set(code, basis);
    }
    return this.procedures.get(code) ?? undefined;
  }
}

const agencyCache = (scope: Executor) =>
  cacheHubOf(scope).cache<AgencySummary[]>('procedures', 'dossiers.agencies', {
    max: 100,
    ttlMs: 10 * 60_000,
  });
const basisCache = (scope: Executor) =>
  cacheHubOf(scope).cache<ProcedureBasis | null>('procedures', 'dossiers.bases', {
    max: 5000,
    ttlMs: 10 * 60_000,
  });

function basisOf(code: string, entry: CatalogueEntry): ProcedureBasis {
  const fees = entry.publication.fees;
  const exempt = fees.some((f) => f.kind === 'exemption');
  return {
    entry,
    code,
    documents: entry.procedure.documents.map((d) => ({ name: d.name, required: d.required })),
    defaultFees: exempt
      ? []
      : fees.flatMap((f) =>
          f.kind === 'fixed' && f.amountDong !== null ? [{ name: f.name, amountDong: f.amountDong }] : [],
        ),
  };
}

/** The statutory duration for a channel (in person when the channel has none of its own). */
export function durationFor(basis: ProcedureBasis, channel: Channel): Result<Duration, DomainError> {
  const all = basis.entry.procedure.durations;
  const found =
    all.find((d) => d.channel === channel) ?? all.find((d) => d.channel === 'in_person') ?? all[0];
  // Publication requires one (publish-procedure.ts); a version from before that rule may still lack it.
  if (!found)
    return invalidBecause(msg('dossiers.noProcessingTime', { code: basis.code }), [
      fieldError('procedureCode', msg('dossiers.noProcessingTime', { code: basis.code })),
    ]);
  const parsed = parseDuration(found.amount, found.unit);
  return parsed.ok
    ? ok(parsed.value)
    : invalidBecause(msg('dossiers.badProcessingTime', { code: basis.code, reason: parsed.error.reason }));
}

/** May this agency receive the procedure's dossiers (all PAS centres by default, Decree 118/2025)? */
export function receives(basis: ProcedureBasis, agency: AgencySummary): boolean {
  const receiving = basis.entry.publication.receiving;
  if (receiving.mode === 'all_pas_centres') return agency.kind === 'pas_centre';
  return receiving.agencies.some((a) => a.id === agency.id);
}

export interface Routing {
  competent: AgencySummary;
  steps: StepSnapshot[];
}

/**
 * The competent agency and the workflow's steps with their agencies resolved: the publication's deciding agency
 * (a department), or the People's Committee of the commune the matter concerns, or the province's.
 */
export async function route(
  cache: BasisCache,
  basis: ProcedureBasis,
  receiving: AgencySummary,
  subjectUnitCode: string | null,
): Promise<Result<Routing, DomainError>> {
  const publication = basis.entry.publication;
  const province = cache.provinceCode;
  let competent: AgencySummary | undefined;
  if (publication.decidingAgency) competent = await cache.agency(publication.decidingAgency.id);
  else if (publication.decidingAgencyKind === 'pas_centre') competent = receiving;
  else {
    const commune = basis.entry.procedure.levels.includes('commune');
    const unit = commune
      ? (subjectUnitCode ?? (receiving.unitCode !== province ? receiving.unitCode : null))
      : province;
    if (!unit)
      return invalidBecause(msg('dossiers.communeNeeded'), [
        fieldError('subjectUnitCode', msg('dossiers.communeNeededField')),
      ]);
    competent = await cache.agencyOfUnit(unit, 'people_committee');
    if (!competent)
      return invalidBecause(msg('dossiers.noCommuneCommittee', { unit, province }), [
        fieldError('subjectUnitCode', msg('dossiers.notACommune')),
      ]);
  }
  if (!competent)
    return invalidBecause(msg('dossiers.decidingAgencyElsewhere', { code: basis.code, province }));
  const workflow = basis.entry.workflow?.steps ?? defaultSteps();
  const steps: StepSnapshot[] = [];
  for (const [index, s] of workflow.entries()) {
    const agency =
      s.agencyRef === 'receiving_centre'
        ? receiving
        : s.agencyRef === 'deciding_agency'
          ? competent
          : await cache.agency(s.agency?.id ?? '');
    steps.push({
      position: index + 1,
      name: s.name,
      role: s.role,
      agencyId: agency?.id ?? null,
      unitCode: agency?.unitCode ?? null,
      amount: s.amount,
      unit: s.unit,
    });
  }
  return ok({ competent, steps });
}

/**
 * A province that has not published the procedure's workflow yet still processes it: receive, appraise,
 * decide, return — with no allotted time per step (the statutory clock still runs).
 */
function defaultSteps(): Array<{
  name: string;
  role: string;
  agencyRef: string;
  agency: null;
  amount: number;
  unit: DurationUnit;
}> {
  const step = (name: string, role: string, agencyRef: string) => ({
    name,
    role,
    agencyRef,
    agency: null,
    amount: -1,
    unit: 'working_days' as DurationUnit,
  });
  return [
    step('Tiếp nhận hồ sơ', 'counter_clerk', 'receiving_centre'),
    step('Thẩm định hồ sơ, đề xuất kết quả', 'specialist', 'deciding_agency'),
    step('Xem xét, ký duyệt kết quả', 'unit_leader', 'deciding_agency'),
    step('Trả kết quả', 'counter_clerk', 'receiving_centre'),
  ];
}
