/** Request and response shapes of the disasters API (zod 4), the one source the web's types are generated from. */
import { z } from 'zod';
import { calendarDate } from '../../platform/http/input-schemas.js';
import { DUE_STATES } from '../oversight/index.js';
import { GROUPS, INDICATOR_CODES } from './catalogue.js';
import { HAZARDS } from './schema.js';

const text = (max: number) => z.string().trim().max(max);
export const commune = z.string().regex(/^\d{5}$/, 'a 5-digit commune code');

export const eventBody = z.strictObject({
  code: text(40).min(1),
  name: text(300).min(1),
  hazards: z.array(z.enum(HAZARDS)).min(1).max(HAZARDS.length),
  startedOn: calendarDate,
  endedOn: calendarDate.nullable().optional(),
  description: text(4000).nullable().optional(),
  communes: z.array(commune).max(500),
});

const figure = z.number().min(0).max(10_000_000);
export const damageBody = z.strictObject({
  unitCode: commune,
  revises: z.number().int().min(0).max(100_000),
  reportedOn: calendarDate.optional(),
  figures: z.partialRecord(z.enum(INDICATOR_CODES as [string, ...string[]]), figure),
  estimatedValue: z.union([
    z.string().regex(/^\d{1,15}$/, 'whole đồng, digits only'),
    z.number().int().min(0).max(1e15),
  ]),
  initial: z.boolean(),
  note: text(2000).nullable().optional(),
});

export const recoveryBody = z.strictObject({
  issuerName: text(300).min(1),
  number: text(60).min(1),
  issuedOn: calendarDate,
  title: text(500).optional(),
  signerName: text(200).optional(),
  tasks: z
    .array(
      z.strictObject({
        title: text(300).min(1),
        content: text(5000).min(1),
        leadAgencyId: z.uuid(),
        deadline: calendarDate,
      }),
    )
    .min(1)
    .max(50),
});

export const scenarioBody = z.strictObject({
  unitCode: commune,
  hazard: z.enum(HAZARDS),
  title: text(300).min(1),
  householdsAtRisk: z.number().int().min(0).max(1_000_000),
  peopleAtRisk: z.number().int().min(0).max(10_000_000),
  evacuationSites: text(4000).min(1),
  forces: text(4000).min(1),
  supplies: text(4000).min(1),
  approvedOn: calendarDate.nullable().optional(),
});

const figures = { values: z.record(z.string(), z.number()), estimatedValue: z.string() };

export const report = z.object({
  id: z.string(),
  unitCode: z.string(),
  revision: z.number(),
  reportedOn: z.string(),
  initial: z.boolean(),
  note: z.string().nullable(),
  reportedBy: z.string(),
  createdAt: z.date(),
  ...figures,
});

export const eventSummary = z.object({
  id: z.string(),
  provinceCode: z.string(),
  code: z.string(),
  name: z.string(),
  hazards: z.array(z.enum(HAZARDS)),
  form: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  summaryDueOn: z.string().nullable(),
  communes: z.number(),
  version: z.number(),
});

export const eventDetail = eventSummary.extend({
  description: z.string().nullable(),
  steering: z.boolean(),
  reportable: z.array(z.string()),
  lines: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      latest: report.nullable(),
    }),
  ),
  total: z.object({ ...figures, communesReported: z.number(), initialCommunes: z.number() }),
  byDay: z.array(
    z.object({ day: z.string(), communesReported: z.number(), reportsThatDay: z.number(), ...figures }),
  ),
});

export const catalogue = z.object({
  groups: z.array(z.object({ code: z.enum(GROUPS), letter: z.string() })),
  indicators: z.array(
    z.object({
      code: z.string(),
      group: z.enum(GROUPS),
      decimals: z.number(),
      unit: z.object({ vi: z.string(), en: z.string() }),
      vi: z.string(),
      en: z.string(),
    }),
  ),
  hazards: z.array(z.enum(HAZARDS)),
});

export const recovery = z.array(
  z.object({
    id: z.string(),
    number: z.string(),
    issuedOn: z.string(),
    title: z.string(),
    stats: z.object({
      tasks: z.number(),
      open: z.number(),
      overdue: z.number(),
      awaitingReview: z.number(),
      completed: z.number(),
    }),
    tasks: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        title: z.string(),
        status: z.string(),
        progressPercent: z.number(),
        deadline: z.string(),
        dueState: z.enum(DUE_STATES),
        leadAgency: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() }),
      }),
    ),
  }),
);

export const scenario = z.object({
  id: z.string(),
  provinceCode: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  hazard: z.enum(HAZARDS),
  title: z.string(),
  householdsAtRisk: z.number(),
  peopleAtRisk: z.number(),
  evacuationSites: z.string(),
  forces: z.string(),
  supplies: z.string(),
  approvedOn: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.date(),
  version: z.number(),
});

export const abilities = z.object({
  steer: z.boolean(),
  communes: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable() })),
});
