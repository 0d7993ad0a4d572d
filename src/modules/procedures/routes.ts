/**
 * The citizen catalogue under /api/v1/procedures (issue 5 §4): public, no sign-in. Handlers only parse, call,
 * and map the result (STYLE.md, A module).
 */
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { notFound } from '../../platform/result.js';
import { findAgencies, findUnits } from '../units/index.js';
import { catalogueEntry } from './catalogue-entry.js';
import { getProcedureVersion, listVersions } from './procedure-view.js';
import { procedureCode, provinceCode } from './route-schemas.js';
import {
  COMMUNE_AGENCY,
  catalogueFacets,
  catalogueProvinces,
  ONLINE_FILTERS,
  searchCatalogue,
} from './search-catalogue.js';

const durationSchema = z.object({
  channel: z.string(),
  amount: z.number(),
  unit: z.string(),
  text: z.string(),
  basis: z.string().optional(),
});
const legalBasis = z.object({
  number: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string().nullable(),
});
const agencyLabel = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.string(),
});
export const versionSchema = z.object({
  id: z.string(),
  procedureId: z.string(),
  versionNo: z.number(),
  code: z.string(),
  name: z.string(),
  levels: z.array(z.string()),
  levelsText: z.string(),
  field: z.string(),
  procedureType: z.string().nullable(),
  legalBasis,
  ministry: z.string().nullable(),
  implementingAgencies: z.string().nullable(),
  competentAuthority: z.string().nullable(),
  decidingAgencyKind: z.string().nullable(),
  applicants: z.array(z.string()),
  channels: z.array(z.string()),
  durations: z.array(durationSchema),
  durationText: z.string(),
  onlineLevel: z.enum(['full', 'partial', 'none']).nullable(),
  documents: z.array(
    z.object({
      name: z.string(),
      copies: z.string().nullable(),
      required: z.boolean(),
      templateUrl: z.string().nullable(),
      templateName: z.string().nullable(),
    }),
  ),
  fees: z.array(
    z.object({
      channel: z.string().nullable(),
      kind: z.string(),
      amountDong: z.number().nullable(),
      note: z.string().nullable(),
    }),
  ),
  howToText: z.string().nullable(),
  declarationForm: z
    .object({
      legalSource: z.string(),
      schema: z.record(z.string(), z.unknown()),
      uiSchema: z.record(z.string(), z.unknown()),
      prefill: z.record(z.string(), z.string()),
      resultTemplate: z
        .object({
          kind: z.string(),
          title: z.string(),
          legalSource: z.string(),
          symbol: z.string(),
          book: z.boolean(),
          fields: z.array(
            z.object({ label: z.string(), from: z.string().nullable(), editable: z.boolean() }),
          ),
          statement: z.string().optional(),
        })
        .nullable()
        .optional(),
    })
    .nullable(),
  url: z.string().nullable(),
  source: z.enum(['import', 'edit']),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdAt: z.date(),
});
export const publishedFeeSchema = z.object({
  kind: z.enum(['fixed', 'table', 'exemption']),
  name: z.string(),
  amountDong: z.number().nullable(),
  per: z.string().nullable(),
  note: z.string().nullable(),
  basis: z.string().nullable(),
  rows: z.array(z.object({ label: z.string(), amountDong: z.number() })),
});

const catalogueQuery = z.strictObject({
  province: provinceCode,
  q: z.string().max(200).optional(),
  field: z.string().max(300).optional(),
  level: z.enum(['province', 'commune']).optional(),
  agency: z.union([z.uuid(), z.literal(COMMUNE_AGENCY)]).optional(),
  online: z.enum(ONLINE_FILTERS).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export async function proceduresRoutes(app: App): Promise<void> {
  const db = app.database.db;
  const tags = ['procedures'];

  app.get(
    '/procedures/catalogue/provinces',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Provinces that publish procedures, with how many',
        response: {
          200: z.object({
            items: z.array(
              z.object({ provinceCode: z.string(), provinceName: z.string(), count: z.number() }),
            ),
          }),
        },
      },
    },
    async () => {
      const rows = await catalogueProvinces(db);
      const names = await findUnits(
        db,
        rows.map((r) => r.provinceCode),
      );
      return {
        items: rows.map((r) => ({ ...r, provinceName: names.get(r.provinceCode)?.name ?? r.provinceCode })),
      };
    },
  );

  app.get(
    '/procedures/catalogue',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary:
          'Search a province’s published procedures (keyword without diacritics, field, level, agency, online level)',
        querystring: catalogueQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                field: z.string(),
                levels: z.array(z.string()),
                onlineLevel: z.enum(['full', 'partial', 'none']).nullable(),
                decidingAgencyId: z.string().nullable(),
                decidingAgencyKind: z.string(),
                durations: z.array(durationSchema),
              }),
            ),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { province, ...rest } = request.query;
      return searchCatalogue(db, { provinceCode: province, ...rest });
    },
  );

  app.get(
    '/procedures/catalogue/facets',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'The values the catalogue filters offer for a province, with counts',
        querystring: z.strictObject({ province: provinceCode }),
        response: {
          200: z.object({
            fields: z.array(z.object({ value: z.string(), count: z.number() })),
            agencies: z.array(
              z.object({
                value: z.string(),
                kind: z.string(),
                count: z.number(),
                name: z.string(),
                nameEn: z.string().nullable(),
              }),
            ),
            levels: z.array(z.object({ value: z.string(), count: z.number() })),
            online: z.array(z.object({ value: z.string(), count: z.number() })),
          }),
        },
      },
    },
    async (request) => {
      const facets = await catalogueFacets(db, request.query.province);
      const named = await findAgencies(
        db,
        facets.agencies.map((a) => a.value).filter((v) => v !== COMMUNE_AGENCY),
      );
      return {
        ...facets,
        agencies: facets.agencies.map((a) => ({
          ...a,
          name: named.get(a.value)?.name ?? (a.value === COMMUNE_AGENCY ? 'Ủy ban nhân dân cấp xã' : a.value),
          nameEn:
            named.get(a.value)?.nameEn ?? (a.value === COMMUNE_AGENCY ? 'Commune People’s Committee' : null),
        })),
      };
    },
  );

  app.get(
    '/procedures/catalogue/:code',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary:
          'A procedure as published in a province: documents, fees, durations per channel, legal basis, steps',
        params: z.strictObject({ code: procedureCode }),
        querystring: z.strictObject({ province: provinceCode }),
        response: {
          200: z.object({
            provinceCode: z.string(),
            provinceName: z.string(),
            procedure: versionSchema,
            publication: z.object({
              version: z.number(),
              publishedOn: z.string(),
              decision: z.object({ number: z.string(), date: z.string().nullable() }).nullable(),
              decidingAgency: agencyLabel.nullable(),
              decidingAgencyKind: z.string(),
              receiving: z.object({ mode: z.string(), agencies: z.array(agencyLabel), count: z.number() }),
              fees: z.array(publishedFeeSchema),
            }),
            workflow: z
              .object({
                steps: z.array(
                  z.object({
                    position: z.number(),
                    name: z.string(),
                    role: z.string().nullable(),
                    agencyRef: z.string(),
                    agency: agencyLabel.nullable(),
                    amount: z.number(),
                    unit: z.string(),
                  }),
                ),
                totalMinutes: z.number(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      const entry = await catalogueEntry(db, request.query.province, request.params.code);
      return entry ?? unwrap(notFound('published procedure', request.params.code));
    },
  );

  app.get(
    '/procedures/versions/:id',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'One version of a procedure (the one a dossier was received under, whatever came after)',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: versionSchema },
      },
    },
    async (request) =>
      (await getProcedureVersion(db, request.params.id)) ??
      unwrap(notFound('procedure version', request.params.id)),
  );

  app.get(
    '/procedures/:code/versions',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'The versions of a procedure, newest first, each with its legal basis and dates',
        params: z.strictObject({ code: procedureCode }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                versionNo: z.number(),
                source: z.enum(['import', 'edit']),
                legalBasis,
                validFrom: z.string(),
                validTo: z.string().nullable(),
                createdAt: z.date(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const items = await listVersions(db, request.params.code);
      return items.length ? { items } : unwrap(notFound('procedure', request.params.code));
    },
  );
}
