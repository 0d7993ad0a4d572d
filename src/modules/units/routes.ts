import { z } from 'zod';
import { calendarDate } from '../../platform/http/input-schemas.js';
import { PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { notFound, ok } from '../../platform/result.js';
import { getUnitDetail, listCommunes, listProvinces } from './browse-units.js';
import { countProvinceUnits, countUnits } from './count-units.js';
import { vietnamToday } from './in-force.js';
import { findAgency, listPositions, POSITION_TITLES } from './positions.js';
import { searchUnits } from './search-units.js';
import { traceLineage } from './trace-lineage.js';

const isoDate = calendarDate;
const asOfQuery = z.strictObject({ asOf: isoDate.optional() });
const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const unitCode = z.string().regex(/^\d{2}$|^\d{5}$/, 'a 2-digit province or 5-digit commune code');

/** Administrative units are public reference data: reading them needs no sign-in. */
export async function unitsRoutes(app: App): Promise<void> {
  const db = app.database.db;

  app.get(
    '/units/provinces',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary: 'The 34 provincial units with their communes counted by type',
        querystring: asOfQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                nameEn: z.string().nullable(),
                type: z.string(),
                communes: z.number(),
                xa: z.number(),
                phuong: z.number(),
                dac_khu: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? vietnamToday();
      return { asOf, items: await listProvinces(db, asOf) };
    },
  );

  app.get(
    '/units/provinces/:code/communes',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary: 'The communes of a province',
        params: z.strictObject({ code: provinceCode }),
        querystring: asOfQuery,
        response: {
          200: z.object({
            province: z.string(),
            asOf: z.string(),
            stats: z.object({ total: z.number(), xa: z.number(), phuong: z.number(), dac_khu: z.number() }),
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                nameEn: z.string().nullable(),
                type: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? vietnamToday();
      const stats = await countProvinceUnits(db, request.params.code, asOf);
      if (!stats) return unwrap(notFound('province', request.params.code));
      return {
        province: request.params.code,
        asOf,
        stats,
        items: await listCommunes(db, request.params.code, asOf),
      };
    },
  );

  app.get(
    '/units/stats',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary: 'Units in force on a date, by level and type',
        querystring: asOfQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            provinces: z.number(),
            cities: z.number(),
            provincesProper: z.number(),
            communes: z.number(),
            xa: z.number(),
            phuong: z.number(),
            dac_khu: z.number(),
          }),
        },
      },
    },
    async (request) => countUnits(db, request.query.asOf ?? vietnamToday()),
  );

  app.get(
    '/units/search',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary: 'Search units by code or name, ignoring diacritics and case',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(100),
          asOf: isoDate.optional(),
          province: provinceCode.optional(),
          legacy: z.enum(['true', 'false']).default('false'),
          limit: z.coerce.number().int().min(1).max(100).default(20),
          offset: z.coerce.number().int().min(0).max(10000).default(0),
        }),
        response: {
          200: z.object({
            total: z.number(),
            items: z.array(
              z.object({
                code: z.string(),
                level: z.string(),
                name: z.string(),
                nameEn: z.string().nullable(),
                type: z.string(),
                provinceCode: z.string().nullable(),
                legacy: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      return searchUnits(db, {
        q: q.q,
        asOf: q.asOf ?? vietnamToday(),
        includeLegacy: q.legacy === 'true',
        ...(q.province ? { provinceCode: q.province } : {}),
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  const link = z.object({
    oldLevel: z.string(),
    oldCode: z.string().nullable(),
    oldName: z.string(),
    oldDistrictCode: z.string(),
    oldProvinceCode: z.string(),
    newCode: z.string(),
    newName: z.string(),
    relation: z.enum(['whole', 'part']),
    relationText: z.string(),
    note: z.string().nullable(),
    resolution: z.string().nullable(),
  });
  app.get(
    '/units/lineage/:code',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary:
          'Lineage both ways: an old commune or province code → its 2025 unit(s); a 2025 unit → the old units merged in, with the resolution',
        params: z.strictObject({ code: z.string().regex(/^\d{2,5}$/, '2 to 5 digits') }),
        response: {
          200: z.object({
            code: z.string(),
            successors: z.array(link),
            predecessors: z.array(link),
            legacyUnit: z.object({ code: z.string(), level: z.string(), name: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const result = await traceLineage(db, request.params.code);
      const known = result.successors.length || result.predecessors.length || result.legacyUnit;
      return unwrap(known ? ok(result) : notFound('unit', request.params.code));
    },
  );

  app.get(
    '/units/:code',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary: 'A unit with its version history and agencies',
        params: z.strictObject({ code: unitCode }),
        response: {
          200: z.object({
            code: z.string(),
            level: z.string(),
            provinceCode: z.string(),
            versions: z.array(
              z.object({
                effectiveFrom: z.string(),
                effectiveTo: z.string().nullable(),
                name: z.string(),
                nameEn: z.string().nullable(),
                type: z.string(),
                parentCode: z.string().nullable(),
                source: z.string(),
              }),
            ),
            agencies: z.array(
              z.object({ id: z.string(), kind: z.string(), name: z.string(), code: z.string().nullable() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const detail = await getUnitDetail(db, request.params.code);
      return unwrap(detail ? ok(detail) : notFound('unit', request.params.code));
    },
  );

  app.get(
    '/units/agencies/:id',
    {
      schema: {
        tags: ['units'],
        security: PUBLIC,
        summary: 'An agency and the positions held in it today',
        params: z.strictObject({ id: z.uuid() }),
        response: {
          200: z.object({
            id: z.string(),
            unitCode: z.string(),
            provinceCode: z.string(),
            kind: z.string(),
            code: z.string().nullable(),
            name: z.string(),
            nameEn: z.string().nullable(),
            positions: z.array(
              z.object({
                id: z.string(),
                userId: z.string(),
                title: z.enum(POSITION_TITLES),
                validFrom: z.string(),
                validTo: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const agency = await findAgency(db, request.params.id);
      if (!agency) return unwrap(notFound('agency', request.params.id));
      const positions = await listPositions(db, { agencyId: agency.id });
      return {
        ...agency,
        positions: positions.map((p) => ({
          id: p.id,
          userId: p.userId,
          title: p.title,
          validFrom: p.validFrom,
          validTo: p.validTo,
        })),
      };
    },
  );
}
