/** Response shapes of the staffing API (zod 4), the one source the web's types are generated from. */
import { z } from 'zod';
import { CONDITIONS, QUALIFICATIONS, TRAININGS } from './schema.js';
import { SHORTFALLS } from './staffing-views.js';

const totals = z.object({
  quota: z.number(),
  inPost: z.number(),
  vacancies: z.number(),
  belowQualification: z.number(),
  untrained: z.number(),
  facilitiesShort: z.number(),
});
const shortfalls = z.array(z.enum(SHORTFALLS));
const named = { vi: z.string(), en: z.string() };

export const catalogue = z.object({
  jobPositions: z.array(
    z.object({
      code: z.string(),
      group: z.enum(['leadership', 'professional']),
      division: z.string(),
      ...named,
    }),
  ),
  facilityItems: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['building', 'room', 'equipment']),
      unit: z.object(named),
      ...named,
    }),
  ),
});

export const province = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  at: z.string(),
  communes: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      type: z.string(),
      totals,
      shortfalls,
    }),
  ),
  totals: totals.extend({ communes: z.number(), below: z.number() }),
});

export const commune = z.object({
  unitCode: z.string(),
  provinceCode: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  at: z.string(),
  totals,
  shortfalls,
  positions: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      agencyNameEn: z.string().nullable(),
      jobPosition: z.string(),
      quota: z.number(),
      inPost: z.number(),
      vacancies: z.number(),
      surplus: z.number(),
      belowQualification: z.number(),
      untrained: z.number(),
      decisionRef: z.string().nullable(),
    }),
  ),
  staff: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      agencyId: z.string(),
      jobPosition: z.string(),
      qualification: z.enum(QUALIFICATIONS),
      fieldOfStudy: z.string().nullable(),
      trainings: z.array(z.enum(TRAININGS)),
      positionId: z.string().nullable(),
      validFrom: z.string(),
    }),
  ),
  accountsNotOnRoster: z.array(
    z.object({ positionId: z.string(), userId: z.string(), agencyName: z.string(), title: z.string() }),
  ),
  facilities: z.array(
    z.object({
      item: z.string(),
      required: z.number(),
      quantity: z.number(),
      condition: z.enum(CONDITIONS).nullable(),
      shortfall: z.number(),
      note: z.string().nullable(),
      validFrom: z.string().nullable(),
    }),
  ),
  agencies: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() })),
  may: z.object({ approve: z.boolean(), keep: z.boolean() }),
});

export const staffSaved = z.object({ id: z.string(), personId: z.string(), validFrom: z.string() });
