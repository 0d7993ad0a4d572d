/** Zod schemas shared by the procedures routes: strict objects, bounded strings and lists. */
import { z } from 'zod';
import { ROLES } from '../../platform/context.js';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { DURATION_UNITS, type DurationUnit } from '../calendar/index.js';
import { PREFILL_SOURCES } from './declaration-form.js';
import { CHANNELS } from './duration-text.js';
import { PROCEDURE_CODE } from './parse-portal-export.js';
import { DECIDING_KINDS, MAX_DONG } from './publish-procedure.js';

export const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
export const procedureCode = z
  .string()
  .max(20)
  .regex(PROCEDURE_CODE, 'a national procedure code such as 1.001193');
export const isoDate = calendarDate;
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const dong = z.number().int().min(0).max(MAX_DONG);
const unit = z.enum(DURATION_UNITS as unknown as [DurationUnit, ...DurationUnit[]]);

export const stepSchema = z.strictObject({
  name: z.string().max(300),
  role: z.enum(ROLES).nullable(),
  agencyRef: z.enum(['receiving_centre', 'deciding_agency', 'agency']),
  agencyId: z.uuid().nullable(),
  amount: z.number().min(0).max(10_000),
  unit,
});
export const stepsSchema = z.array(stepSchema).max(30);

export const feeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fixed'),
    name: text(300),
    amountDong: dong,
    per: optionalText(100),
    note: optionalText(1000),
    basis: optionalText(500),
  }),
  z.strictObject({
    kind: z.literal('table'),
    name: text(300),
    rows: z
      .array(z.strictObject({ label: text(300), amountDong: dong }))
      .min(1)
      .max(100),
    per: optionalText(100),
    note: optionalText(1000),
    basis: optionalText(500),
  }),
  z.strictObject({
    kind: z.literal('exemption'),
    name: text(300),
    note: optionalText(1000),
    basis: optionalText(500),
  }),
]);

export const publishBody = z.strictObject({
  version: bodyInt(1).optional(),
  decidingAgencyId: z.uuid().nullable(),
  decidingAgencyKind: z.enum(DECIDING_KINDS),
  receiving: z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('all_pas_centres') }),
    z.strictObject({ mode: z.literal('selected'), agencyIds: z.array(z.uuid()).min(1).max(500) }),
  ]),
  fees: z.array(feeSchema).max(30),
  decision: z
    .strictObject({ number: text(100), date: isoDate })
    .nullable()
    .optional(),
});

export const workflowBody = z.strictObject({
  version: bodyInt(1).nullable(),
  template: z.enum(['commune_decides', 'department_decides', 'inter_agency', 'custom']),
  steps: stepsSchema,
  publish: z.boolean(),
});

const documentSchema = z.strictObject({
  name: text(1000),
  copies: optionalText(200).transform((v) => v ?? null),
  required: z.boolean(),
  templateUrl: z
    .url()
    .max(2000)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  templateName: optionalText(300).transform((v) => v ?? null),
});

/** A result template (issue 16 §3): fields filled from the declaration by JSON pointer. */
export const resultTemplateSchema = z.strictObject({
  kind: z.string().regex(/^[a-z_]{1,40}$/),
  title: z.string().trim().max(300),
  legalSource: z.string().trim().max(1000),
  symbol: z.string().trim().min(1).max(40),
  book: z.boolean(),
  fields: z
    .array(
      z.strictObject({
        label: z.string().trim().min(1).max(300),
        from: z.string().max(300).nullable(),
        editable: z.boolean(),
      }),
    )
    .max(60),
  statement: z.string().max(2000).optional(),
});

/** A declaration e-form as stored on a version (issue 16 §1); its schema is checked by Ajv in the use case. */
export const declarationFormSchema = z
  .strictObject({
    legalSource: z.string().trim().max(1000),
    schema: z.record(z.string(), z.unknown()),
    uiSchema: z.record(z.string(), z.unknown()),
    prefill: z.record(z.string().max(300), z.enum(PREFILL_SOURCES)),
    resultTemplate: resultTemplateSchema.nullable().optional(),
  })
  .refine((f) => JSON.stringify(f).length <= 200_000, 'at most 200,000 characters');

export const editBody = z.strictObject({
  baseVersionNo: bodyInt(1),
  legalBasis: z.strictObject({ number: text(100), date: isoDate, text: optionalText(2000) }),
  validFrom: isoDate.optional(),
  changes: z.strictObject({
    name: text(1000).optional(),
    field: text(300).optional(),
    applicants: z.array(text(300)).max(30).optional(),
    onlineLevel: z.enum(['full', 'partial', 'none']).nullable().optional(),
    documents: z.array(documentSchema).max(50).optional(),
    decidingAgencyKind: z.enum(DECIDING_KINDS).nullable().optional(),
    competentAuthority: optionalText(1000),
    implementingAgencies: optionalText(1000),
    url: z.url().max(2000).nullable().optional(),
    durationText: z.string().trim().max(2000).optional(),
    howToText: optionalText(20_000),
    declarationForm: declarationFormSchema.nullable().optional(),
    durations: z
      .array(
        z.strictObject({
          channel: z.enum(CHANNELS),
          amount: z.number().min(0).max(10_000),
          unit,
          text: optionalText(500).transform((v) => v ?? undefined),
        }),
      )
      .max(3)
      .optional(),
  }),
});

/** A processing time set by the province for a procedure that has none, with the document that sets it. */
export const processingTimeBody = z.strictObject({
  baseVersionNo: z.number().int().min(1),
  durations: z
    .array(
      z.strictObject({
        channel: z.enum(CHANNELS),
        amount: z.number().min(0).max(10_000),
        unit,
        text: optionalText(500).transform((v) => v ?? undefined),
      }),
    )
    .min(1)
    .max(3),
  legalBasis: z.strictObject({
    number: text(200),
    date: isoDate.nullable().optional(),
    text: optionalText(2000),
  }),
});
