/**
 * For tests only: small in-memory factories of what a dossier transition works on — a province with a PAS centre
 * and two communes, a published commune procedure, the people who act on it, and a dossier driven into any state
 * through the real transitions. Nothing here touches the database, so the transition tests run in the unit tier.
 */
import type { Actor, Role } from '../../platform/context.js';
import type { DomainError, Result } from '../../platform/result.js';
import { createWorkingCalendar } from '../calendar/index.js';
import type { CatalogueEntry } from '../procedures/index.js';
import type { AgencySummary } from '../units/index.js';
import type { BasisCache, ProcedureBasis, Routing } from './basis.js';
import { type Draft, type Env, envFor } from './draft.js';
import type { Channel, StepSnapshot } from './model.js';
import { applyOp, type DossierOp } from './operations.js';
import { createDossier } from './reception.js';

export const PROVINCE = '04';
const agency = (id: string, unitCode: string, kind: string, name: string): AgencySummary => ({
  id,
  unitCode,
  provinceCode: PROVINCE,
  kind,
  code: kind === 'pas_centre' ? `H04.${unitCode}` : null,
  name,
  nameEn: null,
});
export const AGENCIES = {
  centre: agency('a-centre', '01273', 'pas_centre', 'Trung tâm Phục vụ hành chính công xã Hòa An'),
  commune: agency('a-commune', '01273', 'people_committee', 'UBND xã Hòa An'),
  neighbour: agency('a-neighbour', '01279', 'people_committee', 'UBND xã Nam Tuấn'),
};

const place = (a: AgencySummary) => ({ unitCode: a.unitCode, provinceCode: PROVINCE, agencyId: a.id });
const official = (name: string, role: Role, at: AgencySummary): Actor => ({
  kind: 'user',
  userId: `u-${name}`,
  username: name,
  displayName: name,
  userKind: 'official',
  roles: [{ role, ...place(at) }],
});

/** Everyone who may try an operation: the right people at the commune, and people who are not. */
export const PEOPLE = {
  applicant: {
    kind: 'user',
    userId: 'u-applicant',
    username: 'applicant',
    displayName: 'Nguyễn Văn An',
    userKind: 'citizen',
    roles: [{ role: 'citizen', unitCode: PROVINCE, provinceCode: PROVINCE }],
  },
  otherCitizen: {
    kind: 'user',
    userId: 'u-other',
    username: 'other',
    displayName: 'Trần Thị Bình',
    userKind: 'citizen',
    roles: [{ role: 'citizen', unitCode: PROVINCE, provinceCode: PROVINCE }],
  },
  clerk: official('clerk', 'counter_clerk', AGENCIES.centre),
  specialist: official('specialist', 'specialist', AGENCIES.commune),
  leader: official('leader', 'unit_leader', AGENCIES.commune),
  neighbourSpecialist: official('neighbour', 'specialist', AGENCIES.neighbour),
  anonymous: { kind: 'anonymous' },
} satisfies Record<string, Actor>;
export type Person = keyof typeof PEOPLE;

const STEPS: StepSnapshot[] = [
  {
    position: 1,
    name: 'Tiếp nhận',
    role: 'counter_clerk',
    agencyId: AGENCIES.centre.id,
    unitCode: '01273',
    amount: 4,
    unit: 'working_hours',
  },
  {
    position: 2,
    name: 'Thẩm định',
    role: 'specialist',
    agencyId: AGENCIES.commune.id,
    unitCode: '01273',
    amount: 3,
    unit: 'working_days',
  },
  {
    position: 3,
    name: 'Phê duyệt',
    role: 'unit_leader',
    agencyId: AGENCIES.commune.id,
    unitCode: '01273',
    amount: 1,
    unit: 'working_days',
  },
];

/** A commune procedure published in the province: five working days, three steps. */
export function communeProcedure(): ProcedureBasis {
  const entry = {
    provinceCode: PROVINCE,
    provinceName: 'Cao Bằng',
    procedure: {
      id: 'v-1',
      procedureId: 'p-1',
      versionNo: 1,
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      levels: ['commune'],
      levelsText: 'Cấp Xã',
      field: 'Hộ tịch',
      procedureType: null,
      legalBasis: { number: null, date: null, text: null },
      ministry: null,
      implementingAgencies: null,
      competentAuthority: null,
      decidingAgencyKind: null,
      applicants: [],
      channels: ['in_person', 'online'],
      durations: [{ channel: 'in_person', amount: 5, unit: 'working_days', text: '5 Ngày làm việc' }],
      durationText: '5 Ngày làm việc',
      onlineLevel: 'full',
      documents: [],
      fees: [],
      howToText: null,
      url: null,
      source: 'import',
      validFrom: '2025-07-01',
      validTo: null,
      createdAt: new Date('2025-07-01T00:00:00Z'),
    },
    publication: {
      version: 1,
      publishedOn: '2025-07-01',
      decision: null,
      decidingAgency: null,
      decidingAgencyKind: 'people_committee',
      receiving: { mode: 'all_pas_centres', agencies: [], count: 1 },
      fees: [],
    },
    workflow: null,
  } as unknown as CatalogueEntry;
  return { entry, code: '1.000894', documents: [{ name: 'Tờ khai', required: true }], defaultFees: [] };
}

/** The look-ups `applyOp` makes, answered from the factories (the database-backed cache in production). */
export function inMemoryCache(basis = communeProcedure()): BasisCache {
  const all = Object.values(AGENCIES);
  return {
    provinceCode: PROVINCE,
    procedure: async (code: string) => (code === basis.code ? basis : undefined),
    agency: async (id: string) => all.find((a) => a.id === id),
    agencyList: async () => all,
    agencyOfUnit: async (unit: string, kind: string) =>
      all.find((a) => a.unitCode === unit && a.kind === kind),
  } as unknown as BasisCache;
}

const calendar = createWorkingCalendar();
export const envOf = (who: Person, at: Date): Env => envFor(calendar, PEOPLE[who], at);

/** A dossier filed online by the applicant (status `submitted`) at `at`. */
export function submittedDossier(at: Date, channel: Channel = 'online'): Draft {
  const routing: Routing = { competent: AGENCIES.commune, steps: STEPS };
  return createDossier(
    envOf('applicant', at),
    {
      procedureCode: '1.000894',
      channel,
      receivingAgencyId: AGENCIES.centre.id,
      applicant: { name: 'Nguyễn Văn An', idNumber: '004095001234' },
      resultMethod: 'counter',
    },
    communeProcedure(),
    AGENCIES.centre,
    routing,
    PEOPLE.applicant.userId,
  );
}

/** One step of a dossier's path: who does what, one working hour after the step before. */
export type Step = [Person, DossierOp];

/** Apply `steps` in order, each an hour after the last; throws on the first refusal (a broken path). */
export async function drive(d: Draft, start: Date, steps: Step[]): Promise<Date> {
  let at = start;
  for (const [who, op] of steps) {
    at = new Date(at.getTime() + 60 * 60 * 1000);
    const done: Result<void, DomainError> = await applyOp(d, envOf(who, at), op, inMemoryCache());
    if (!done.ok) throw new Error(`${who} ${op.type} at ${d.row.status}: ${JSON.stringify(done.error)}`);
  }
  return at;
}
